import Foundation
import Testing
@testable import ServicecenterCore

/// The gaps in the knowledge, in figures (issue 22): FCR with and without an article per
/// category, the categories to write for next, the articles nobody opened, and what is kept
/// of a search that matched nothing.
@Suite("Knowledge gaps")
struct KnowledgeGapsTests {
    let today = LocalDay("2026-11-23")!

    func article(_ id: String, categories: [String], reviewed: String = "2026-10-01", months: Int = 12) -> KnowledgeArticle {
        KnowledgeArticle(
            id: id, title: "Titel \(id)", categories: categories, sector: "teknik", reviewed: LocalDay(reviewed)!, reviewMonths: months,
            body: "", source: SourceLocation(file: "Config/knowledge/\(id).md", line: 1))
    }

    func contact(_ category: String, _ resolution: Resolution = .resolved, articles: [String] = []) -> Contact {
        let start = Timestamp.parse("2026-11-23T10:00:00+01:00")!
        return Contact(
            startedAt: start, endedAt: start.addingTimeInterval(60), channel: .phone, category: category, sector: "teknik",
            resolvable: true, operatorUser: "anna", resolution: resolution, articles: articles)
    }

    let couldNot = Resolution.forwarded(to: "teknik", reason: .couldNotAnswer)
    let officer = Resolution.forwarded(to: "teknik", reason: .needsCaseOfficer)

    @Test("FCR with and without an article, per category, most contacts first; an article counted once per contact")
    func perCategory() {
        let contacts = [
            contact("avfall", articles: ["sopor"]), contact("avfall", officer, articles: ["sopor", "sopor"]), contact("avfall"),
            contact("avfall", couldNot), contact("bygglov"),
        ]
        let gaps = KnowledgeGaps(contacts: contacts, articles: [], searches: [], today: today)
        #expect(gaps.categories.map(\.category) == ["avfall", "bygglov"])
        let avfall = gaps.categories[0]
        #expect((avfall.withArticle, avfall.resolvedWithArticle, avfall.withoutArticle, avfall.resolvedWithoutArticle) == (2, 1, 2, 1))
        #expect(avfall.fcrWithArticle == 0.5 && avfall.fcrWithoutArticle == 0.5)
        #expect(avfall.couldNotAnswer == 1 && avfall.articlesOpened == 2)
        #expect(gaps.overallFCR == 3.0 / 5.0)
        #expect(gaps.categories[1].fcrWithArticle == nil)
    }

    @Test("A category is a gap with enough contacts, a low FCR or many could-not-answer, and no article or only stale ones")
    func gapsListed() {
        // Overall FCR: 15 resolved of 28, about 0.54.
        var contacts: [Contact] = []
        contacts += (0..<5).map { _ in contact("lagom") }                                     // FCR 1.0, no article: not low
        contacts += (0..<3).map { _ in contact("bygglov") } + (0..<2).map { _ in contact("bygglov", officer) } // 0.6: not low
        contacts += [contact("avfall"), contact("avfall")] + (0..<3).map { _ in contact("avfall", officer) }   // 0.4, stale article
        contacts += [contact("parkering")] + (0..<4).map { _ in contact("parkering", officer) }                // 0.2, fresh article
        contacts += (0..<4).map { _ in contact("hund") } + [contact("hund", couldNot), contact("hund", couldNot)] // 0.67, many could not
        contacts += [contact("liten", officer), contact("liten", officer)]                                    // too few
        let articles = [
            article("sopor", categories: ["avfall"], reviewed: "2025-01-15"),
            article("p-tillstand", categories: ["parkering"]),
        ]
        let gaps = KnowledgeGaps(contacts: contacts, articles: articles, searches: [], today: today)
        #expect(gaps.gaps.map(\.use.category) == ["avfall", "hund"])
        #expect(gaps.gaps.map(\.lack) == [.onlyStale, .noArticle])
        #expect(gaps.gaps.map(\.lowFCR) == [true, false])
        #expect(gaps.gaps.map(\.manyCouldNotAnswer) == [false, true])
        #expect(gaps.unopened.map(\.id) == ["p-tillstand", "sopor"])
    }

    @Test("An article is stale the day after reviewed + review_months; the end of a month is held to the shorter month")
    func staleness() {
        let fresh = article("a", categories: ["x"], reviewed: "2025-11-23", months: 12)
        #expect(!KnowledgeGaps.isStale(fresh, on: LocalDay("2026-11-23")!))
        #expect(KnowledgeGaps.isStale(fresh, on: LocalDay("2026-11-24")!))
        let endOfJanuary = article("b", categories: ["x"], reviewed: "2026-01-31", months: 1)
        #expect(!KnowledgeGaps.isStale(endOfJanuary, on: LocalDay("2026-02-28")!))
        #expect(KnowledgeGaps.isStale(endOfJanuary, on: LocalDay("2026-03-01")!))
    }

    @Test("What a search that matched nothing keeps: folded words, no digits, no masked chunk, no filler words, at most 60 characters")
    func searchWords() {
        let intake = Intake(zone: TimeZone(identifier: "Europe/Stockholm")!)
        let now = Timestamp.parse("2026-11-23T10:00:00+01:00")!
        #expect(intake.unmatchedSearchWords("Parkeringstillstånd för min mamma", now: now) == "parkeringstillstand mamma")
        #expect(intake.unmatchedSearchWords("19811218-9876 hundskatt", now: now) == "hundskatt")
        #expect(intake.unmatchedSearchWords("070-123 45 67", now: now) == nil)
        #expect(intake.unmatchedSearchWords("anna.svensson@example.se glasögon", now: now) == "glasogon")
        #expect(intake.unmatchedSearchWords("", now: now) == nil)
        let long = intake.unmatchedSearchWords(String(repeating: "bostadsanpassning ", count: 1) + "bidrag trappa hiss ramp dörr badrum kök", now: now)
        #expect(long == "bostadsanpassning bidrag trappa hiss ramp dorr badrum kok")
        let kept = intake.unmatchedSearchWords((1...30).map { "ord\(String(repeating: "a", count: $0 % 5 + 2))x" }.joined(separator: " "), now: now)
        #expect((kept?.count ?? 0) <= UnmatchedSearchWords.maximumLength)
    }

    @Test("An article named on the command line: its form always, its existence when the site has articles")
    func articleReference() {
        let articles = [article("sopor", categories: ["avfall"])]
        #expect(ArticleReference.problem(with: "sopor", among: articles) == nil)
        #expect(ArticleReference.problem(with: "grovsopor", among: articles) == .unknown)
        #expect(ArticleReference.problem(with: "grovsopor", among: []) == nil)
        for bad in ["", "Sopor", "sopor.md", "sopor\u{1B}[2J", "a b", String(repeating: "a", count: 65)] {
            #expect(ArticleReference.problem(with: bad, among: articles) == .malformed, "\(bad)")
        }
    }

    @Test("The text names categories and sectors as the configuration does; CSV keeps the ids a spreadsheet joins on")
    func reportNames() {
        let gaps = KnowledgeGaps(contacts: [contact("avfall")], articles: [article("aldrig", categories: ["avfall"])], searches: [], today: today)
        let report = KnowledgeReport(
            gaps: gaps, from: today, through: today, categoryNames: ["avfall": "Avfall och återvinning"], sectorNames: ["teknik": "Tekniska förvaltningen"])
        let text = report.render(.text, knowledgeReportStrings(for: .swedish), language: .swedish)
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("Avfall och återvinning") }, "\(text)")
        #expect(text.contains("Tekniska förvaltningen") && !text.split(separator: "\n").contains { $0.hasPrefix("avfall ") })
        #expect(report.render(.csv, knowledgeReportStrings(for: .swedish), language: .swedish).contains("\r\navfall,1,"))
    }

    @Test("The report: text names the gap and the unopened article, CSV one row per category, JSON all four parts; search words inert")
    func report() throws {
        let contacts = (0..<5).map { contact("avfall", $0 < 2 ? .resolved : couldNot, articles: $0 == 0 ? ["sopor"] : []) } + [contact("bygglov")]
        let articles = [article("sopor", categories: ["bygglov"]), article("aldrig", categories: ["bygglov"])]
        let searches = [UnmatchedSearch(words: "hund\u{1B}[2Jskatt", count: 3, lastDay: today)]
        let gaps = KnowledgeGaps(contacts: contacts, articles: articles, searches: searches, today: today)
        let report = KnowledgeReport(gaps: gaps, from: today, through: today)
        let text = report.render(.text, knowledgeReportStrings(for: .english), language: .english)
        #expect(text.contains("Knowledge base 2026-11-23 – 2026-11-23"))
        #expect(text.contains("aldrig") && !text.contains("\u{1B}"))
        let gapLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("avfall") && $0.contains("none") })
        #expect(gapLine.contains("low FCR, many could not answer"))
        #expect(report.render(.csv, knowledgeReportStrings(for: .swedish), language: .swedish).split(separator: "\r\n").map(String.init) == [
            "category,contacts,with_article,resolved_with_article,without_article,resolved_without_article,could_not_answer,articles_opened,gap",
            "avfall,5,1,1,4,1,3,1,no_article",
            "bygglov,1,0,0,1,1,0,0,",
        ])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(report.render(.json, knowledgeReportStrings(for: .swedish), language: .swedish).utf8))
                as? [String: Any])
        #expect((json["unopened_articles"] as? [[String: Any]])?.map { $0["id"] as? String } == ["aldrig"])
        #expect((json["unmatched_searches"] as? [[String: Any]])?.first?["count"] as? Int == 3)
        #expect((json["gaps"] as? [[String: Any]])?.first?["lack"] as? String == "no_article")
        let swedish = report.render(.text, knowledgeReportStrings(for: .swedish), language: .swedish)
        #expect(swedish.contains("Skriv härnäst") && swedish.contains("låg lösningsgrad"))
    }
}
