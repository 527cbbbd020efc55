import ArgumentParser
import Foundation
import ServicecenterCore

/// What `stats --by` shows: a breakdown of the contact figures, or the knowledge figures.
enum StatsView: String, CaseIterable, ExpressibleByArgument {
    case channel, sector, category, `operator`, hour, knowledge

    /// The breakdown of the contact figures; nil for the knowledge figures.
    var dimension: ContactBreakdown.Dimension? { ContactBreakdown.Dimension(rawValue: rawValue) }
}

extension KnowledgeReport.Format: ExpressibleByArgument {}

extension StatsShowCommand {
    /// `stats --by knowledge`: the gaps in the knowledge (`KnowledgeGaps`). The searches that
    /// matched nothing are internal, so this is for supervisors and admins.
    func showKnowledge(_ context: CommandContext, from first: LocalDay, through last: LocalDay, format: KnowledgeReport.Format) throws {
        _ = try context.requireSupervisor(for: "stats --by knowledge")
        let store = try context.openStore(access: .readOnly)
        let (contacts, searches) = try context.storing {
            (try store.contacts(from: first, through: last), try store.unmatchedSearches(from: first, through: last))
        }
        let gaps = KnowledgeGaps(contacts: contacts, articles: context.configuration.knowledge, searches: searches, today: context.today)
        let language = context.text.language
        let report = KnowledgeReport(
            gaps: gaps, from: first, through: last, categoryNames: context.configuration.categoryNames,
            sectorNames: context.configuration.sectorNames)
        print(report.render(format, knowledgeReportStrings(for: language), language: language), terminator: "")
    }
}
