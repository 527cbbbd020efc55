import Foundation

/// The knowledge figures (`servicecenter stats --by knowledge`) as text, CSV or JSON.
///
/// Text: FCR with and without an article per category, the categories to write for next,
/// the articles nobody opened and the searches that matched nothing. CSV is one table (one
/// row per category, the gap it shows in `gap`), as a spreadsheet wants; JSON holds all four.
/// Internal: the searches' words come from guides' keyboards, masked, and are written inert;
/// they never go into the open package.
public struct KnowledgeReport: Sendable {
    /// The formats the report is written in.
    public enum Format: String, Sendable, CaseIterable {
        case text, csv, json
    }

    public var gaps: KnowledgeGaps
    public var first: LocalDay
    public var last: LocalDay
    /// Category and sector names by id, so the text reads "Växel", not `vaxel`; CSV and JSON
    /// keep the ids, which a spreadsheet joins on.
    public var categoryNames: [String: String]
    public var sectorNames: [String: String]

    public init(
        gaps: KnowledgeGaps, from first: LocalDay, through last: LocalDay, categoryNames: [String: String] = [:],
        sectorNames: [String: String] = [:]
    ) {
        self.gaps = gaps
        self.first = first
        self.last = last
        self.categoryNames = categoryNames
        self.sectorNames = sectorNames
    }

    /// A category's name for the text, or its id when the configuration no longer has it.
    func category(_ id: String) -> String { InertText.shown(categoryNames[id] ?? id) }

    /// The report in `format`, ending in a line break (CRLF for CSV, as RFC 4180 has it).
    public func render(_ format: Format, _ strings: any KnowledgeReportStrings, language: Language) -> String {
        switch format {
        case .text: text(strings, language: language)
        case .csv: csv
        case .json: json
        }
    }

    func text(_ strings: any KnowledgeReportStrings, language: Language) -> String {
        var lines = [strings.title(from: first, through: last), ""]
        let contacts = gaps.categories.reduce(0) { $0 + $1.contacts }
        if contacts == 0 {
            lines.append(strings.noContacts)
        } else {
            lines.append(strings.overall(fcr: Formatting.percent(gaps.overallFCR, language), contacts: contacts))
            lines.append("")
            lines += TextTable(header: strings.categoryColumns, rows: gaps.categories.map { use in
                [category(use.category), String(use.contacts), String(use.withArticle), Formatting.percent(use.fcrWithArticle, language),
                 String(use.withoutArticle), Formatting.percent(use.fcrWithoutArticle, language), String(use.couldNotAnswer),
                 String(use.articlesOpened)]
            }).render()
        }
        lines += Self.section(strings.gapsHeading, empty: strings.noGaps, TextTable(
            header: strings.gapColumns,
            rows: gaps.gaps.map { gap in
                [category(gap.use.category), String(gap.use.contacts), Formatting.percent(gap.use.fcr, language),
                 String(gap.use.couldNotAnswer), strings.lack(gap.lack),
                 strings.reason(lowFCR: gap.lowFCR, manyCouldNotAnswer: gap.manyCouldNotAnswer)]
            },
            alignments: [.left, .right, .right, .right, .left, .left]))
        lines += Self.section(strings.unopenedHeading, empty: strings.noUnopened, TextTable(
            header: strings.unopenedColumns,
            rows: gaps.unopened.map {
                [InertText.shown($0.id), InertText.shown($0.title), InertText.shown(sectorNames[$0.sector] ?? $0.sector), $0.reviewed.description]
            },
            alignments: [.left, .left, .left, .left]))
        lines += Self.section(strings.searchesHeading, empty: strings.noSearches, TextTable(
            header: strings.searchColumns,
            rows: gaps.searches.map { [InertText.shown($0.words), String($0.count), $0.lastDay.description] },
            alignments: [.left, .right, .left]))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A blank line, the heading, then the table, or the sentence that says it has no rows.
    static func section(_ heading: String, empty: String, _ table: TextTable) -> [String] {
        ["", heading] + (table.rows.isEmpty ? [empty] : table.render())
    }

    /// The gap each category shows, by id, for the CSV's `gap` column.
    var lacks: [String: KnowledgeGaps.Lack] {
        Dictionary(gaps.gaps.map { ($0.use.category, $0.lack) }, uniquingKeysWith: { first, _ in first })
    }

    var csv: String {
        var out = ""
        CSV.append(
            ["category", "contacts", "with_article", "resolved_with_article", "without_article", "resolved_without_article",
             "could_not_answer", "articles_opened", "gap"], to: &out)
        let lacks = lacks
        for use in gaps.categories {
            CSV.append(
                [use.category, String(use.contacts), String(use.withArticle), String(use.resolvedWithArticle), String(use.withoutArticle),
                 String(use.resolvedWithoutArticle), String(use.couldNotAnswer), String(use.articlesOpened), lacks[use.category]?.rawValue ?? ""],
                to: &out)
        }
        return out
    }

    var json: String {
        func count(_ value: Int) -> JSONText { .number(String(value)) }
        func share(_ value: Double?) -> JSONText { value.map { .number(String(format: "%.4f", $0)) } ?? .null }
        func use(_ use: KnowledgeGaps.CategoryUse) -> [(String, JSONText)] {
            [("category", .string(use.category)), ("contacts", count(use.contacts)), ("with_article", count(use.withArticle)),
             ("resolved_with_article", count(use.resolvedWithArticle)), ("fcr_with_article", share(use.fcrWithArticle)),
             ("without_article", count(use.withoutArticle)), ("resolved_without_article", count(use.resolvedWithoutArticle)),
             ("fcr_without_article", share(use.fcrWithoutArticle)), ("could_not_answer", count(use.couldNotAnswer)),
             ("articles_opened", count(use.articlesOpened))]
        }
        return JSONText.object([
            ("from", .string(first.description)), ("through", .string(last.description)), ("fcr", share(gaps.overallFCR)),
            ("categories", .array(gaps.categories.map { .object(use($0)) })),
            ("gaps", .array(gaps.gaps.map { gap in
                .object(use(gap.use) + [("fcr", share(gap.use.fcr)), ("lack", .string(gap.lack.rawValue)),
                                        ("low_fcr", .bool(gap.lowFCR)), ("many_could_not_answer", .bool(gap.manyCouldNotAnswer))])
            })),
            ("unopened_articles", .array(gaps.unopened.map { article in
                .object([("id", .string(article.id)), ("title", .string(article.title)), ("sector", .string(article.sector)),
                         ("reviewed", .string(article.reviewed.description))])
            })),
            ("unmatched_searches", .array(gaps.searches.map { search in
                .object([("words", .string(search.words)), ("count", count(search.count)), ("last_day", .string(search.lastDay.description))])
            })),
        ]).pretty
    }
}
