import Foundation

/// `report.html`: the period's quality report for a supervisor and a board, one self-contained
/// page with inline SVG charts, every chart's figures in a table beside it: no scripts, no
/// network, opens from a file share or an e-mail, prints on A4.
public struct StatisticsPage: Sendable {
    public var text: any QualityReportStrings
    /// The figures, made before any word is written.
    public var report: QualityReport
    var configuration: Configuration { report.configuration }

    public init(_ statistics: OpenStatistics, language: Language, comparisons: ReportComparisons = .none) {
        self.init(report: QualityReport(statistics, comparisons: comparisons), language: language)
    }

    public init(report: QualityReport, language: Language) {
        text = qualityReportStrings(for: language)
        self.report = report
    }

    /// The page's own styles: WCAG 2.1 AA contrast (text #111 and #333 on white and on the
    /// heat map's pale fills), tables that scroll inside themselves on a narrow screen, and A4
    /// pages when printed.
    static let style = """
        body { font-family: system-ui, "DejaVu Sans", sans-serif; max-width: 960px; margin: 1.5em auto; padding: 0 1em; color: #111; background: #fff; line-height: 1.4; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 2px solid #333; padding-bottom: 0.1em; }
        h3 { font-size: 1em; margin: 1.2em 0 0.3em; }
        .meta { margin: 0.2em 0; color: #333; }
        .wide { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
        th, td { border: 1px solid #767676; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; } tbody th { font-weight: normal; background: #fff; }
        .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; } th.n { white-space: normal; }
        caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
        .def, .chg { display: block; font-size: 0.85em; color: #333; white-space: normal; }
        table.headline tbody th { max-width: 22em; }
        .heat td { text-align: center; white-space: nowrap; }
        .met { background: #d6efe0; } .risk { background: #fcefc0; } .missed { background: #f8d0c0; }
        .met, .risk, .missed { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .legend span { padding: 0.1em 0.4em; border: 1px solid #767676; margin-right: 0.4em; white-space: nowrap; }
        svg { display: block; width: 100%; max-width: 760px; height: auto; }
        footer { margin-top: 2em; font-size: 0.85em; color: #333; }
        @media screen and (max-width: 640px) {
            table.headline, table.headline tbody, table.headline tr, table.headline th, table.headline td { display: block; width: auto; max-width: none; }
            table.headline thead { display: none; }
            table.headline tr { border: 1px solid #767676; margin-bottom: 0.6em; }
            table.headline th, table.headline td { border: none; text-align: left; padding: 0.15em 0.5em; }
            table.headline td::before { content: attr(data-label) ": "; font-weight: bold; }
        }
        @media print {
            @page { size: A4; margin: 14mm 12mm; }
            body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
            .wide { overflow: visible; }
            h2, h3, caption { break-after: avoid; }
            tr, svg, .legend { break-inside: avoid; }
            table { font-size: 8.5pt; }
        }
        """

    public var html: String {
        let period = report.periods.current.label
        let title = text.pageTitle(site: configuration.site.name, period: period)
        var page = """
            <!DOCTYPE html>
            <html lang="\(text.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(SVGChart.escape(title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <header>
            <h1>\(SVGChart.escape(title))</h1>
            <p class="meta">\(SVGChart.escape(text.periodLine(period)))</p>
            <p class="meta">\(SVGChart.escape(text.comparedWith(previous: report.periods.previous.label, yearEarlier: report.periods.yearEarlier.label)))</p>

            """
        if !configuration.reference.percent.isEmpty {
            page += "<p class=\"meta\">\(SVGChart.escape(text.referenceLine(configuration.reference.label)))</p>\n"
        }
        page += "</header>\n<main>\n"
        page += headlineSection
        page += contactSection
        page += serviceLevelSection
        page += evennessSection
        page += handoverSection
        page += accessSection
        page += referralSection
        page += trendSection ?? ""
        page += "</main>\n<footer>\(SVGChart.escape(text.footer))</footer>\n</body>\n</html>\n"
        // The last guard, over the whole page: a control character, DEL or bidirectional
        // override from a name in the configuration (refused by `config check`, but a
        // configuration can come from elsewhere) becomes its visible picture, as on the
        // screens, instead of a raw ESC in <title> that a terminal `cat`ing the file runs.
        // Line feeds stay: they are the page's own layout.
        return InertText.shownKeepingLines(page)
    }

    /// A section with its id (the browser test looks for each) and heading.
    func section(_ id: String, _ title: String, _ body: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(SVGChart.escape(title))</h2>\n\(body)</section>\n"
    }
}
