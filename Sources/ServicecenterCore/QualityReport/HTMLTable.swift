/// A plain HTML table for report.html: every figure a chart shows is also here, for screen
/// readers, for print and for copying. Every text is escaped; a cell's class is one of the
/// page's own (numbers right-aligned, a heat-map standing).
struct HTMLTable {
    /// One cell: its text (escaped when written) and the markup after it, already safe.
    struct Cell {
        var text: String
        /// Already-escaped markup written after the text (a change on its own line).
        var extra: String = ""
        var style: String?

        init(_ text: String, extra: String = "", style: String? = nil) {
            self.text = text
            self.extra = extra
            self.style = style
        }

        static func number(_ text: String, extra: String = "") -> Cell { Cell(text, extra: extra, style: "n") }
    }

    var caption: String?
    var header: [String]
    /// Right-aligned columns (numbers) by index.
    var numeric: Set<Int> = []
    /// Each row's first cell is its header (a measure, a channel).
    var rows: [[Cell]]
    var style: String?

    var html: String {
        var out = "<div class=\"wide\"><table\(style.map { " class=\"\($0)\"" } ?? "")>\n"
        if let caption { out += "<caption>\(SVGChart.escape(caption))</caption>\n" }
        out += "<thead><tr>" + header.enumerated().map { index, name in
            "<th scope=\"col\"\(numeric.contains(index) ? " class=\"n\"" : "")>\(SVGChart.escape(name))</th>"
        }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                // Each data cell names its column, for the stacked layout of a narrow screen.
                let tag = index == 0 ? "th scope=\"row\"" : "td data-label=\"\(SVGChart.escape(index < header.count ? header[index] : ""))\""
                let style = cell.style ?? (numeric.contains(index) ? "n" : nil)
                out += "<\(tag)\(style.map { " class=\"\($0)\"" } ?? "")>\(SVGChart.escape(cell.text))\(cell.extra)</\(index == 0 ? "th" : "td")>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }
}

/// Numbers as a Swedish or English reader writes them, the same on every machine (no locale).
enum ReportNumber {
    /// 12 345 (narrow no-break space) in Swedish, 12,345 in English.
    static func count(_ value: Int, _ language: Language) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += language == .swedish ? "\u{202F}" : "," }
            out.append(digit)
        }
        return (value < 0 ? "−" : "") + out
    }

    /// One decimal, with the language's decimal mark and a true minus sign.
    static func decimal(_ value: Double, _ language: Language) -> String {
        let tenths = Int((value * 10).rounded())
        let text = String(abs(tenths) / 10) + (language == .swedish ? "," : ".") + String(abs(tenths) % 10)
        return (tenths < 0 ? "−" : "") + text
    }
}
