import Foundation
import ServicecenterCore

extension ConfigCommand.CheckCommand {
    /// The knowledge base's warnings: articles past their review date, by the sector that owns
    /// them, and the categories no article serves. Warnings only: the exit code stays 0 for them.
    func reportKnowledge(_ configuration: Configuration, leftOut: Int, language: Language) {
        let articles = configuration.knowledge
        guard !articles.isEmpty || leftOut > 0 else { return }
        let words = knowledgeCheckStrings(for: language)
        say(words.articles(loaded: articles.count, leftOut: leftOut))
        let today = LocalDay(Date(), in: configuration.timeZone)
        let stale = articles.filter { $0.isStale(on: today) }
        if !stale.isEmpty {
            say(words.staleHeading(count: stale.count))
            for (sector, owned) in Dictionary(grouping: stale, by: \.sector).sorted(by: { $0.key < $1.key }) {
                let name = configuration.sector(sector)?.name ?? sector
                let listed = owned.sorted { $0.id < $1.id }.map { (id: $0.id, due: $0.reviewDue.description) }
                say(InertText.shown(words.staleOwner(sector: "\(name) (\(sector))", articles: listed)))
            }
        }
        let served = Set(articles.flatMap(\.categories))
        let uncovered = configuration.categories.filter { !served.contains($0.id) }
        if !uncovered.isEmpty {
            say(InertText.shown(words.uncovered(count: uncovered.count, categories: uncovered.map { "\($0.id) (\($0.name))" })))
        }
    }
}
