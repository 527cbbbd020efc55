import TerminalUI

/// Incident banners stacked in an area, on the desk and the dashboard alike. Every incident in
/// progress is something a guide may have to read out, so none may vanish: while all fit, each
/// is shown whole; when they do not, each of the first three gets at least one row (its title,
/// then as much of its message as fits, in whole words, ending in "▼ F1" when cut short), the
/// rows left over are shared out one at a time; with four or more, the first two get rows and
/// the last row says how many more there are. F1 shows them all in full.
///
/// As a widget it fills its area in the banner style and writes the lines a margin in from
/// each side (`drawn(style:notShown:)` gives it the style and the words that count the rest).
struct BannerStack: Widget {
    /// Up to this many incidents each get a row of their own before the rest are only counted.
    static let incidentsWithARow = 3

    /// Each incident's banner, wrapped to the text width.
    let wrapped: [[String]]
    let width: Int
    let ascii: Bool
    /// What ends a banner cut short (▼ F1).
    let cutSign: String
    /// The banners' colour, across the whole area.
    var style = Style.plain
    /// The words for "this many more incidents" (the sign is added here).
    var notShown: (Int) -> String = { String($0) }

    /// - Parameters:
    ///   - banners: each incident's banner text, whole.
    ///   - width: the columns the text has (the area less a margin each side).
    ///   - cutSign: what ends a banner cut short, e.g. "▼ F1".
    init(_ banners: [String], width: Int, ascii: Bool, cutSign: String) {
        self.width = max(1, width)
        self.ascii = ascii
        self.cutSign = cutSign
        wrapped = banners.map { WrappedText($0, width: max(1, width), ascii: ascii).lines }
    }

    /// Rows every incident shown whole would take.
    var wholeRows: Int { wrapped.reduce(0) { $0 + $1.count } }

    /// The fewest rows the banners may have: one for each of the first three incidents (with four
    /// or more: two incidents and the row that counts the rest).
    var minimumRows: Int { min(wrapped.count, Self.incidentsWithARow) }

    /// Rows the banners take when they may have `limit`: no more than they need, and never
    /// fewer than `minimumRows`.
    func rows(limit: Int) -> Int { min(wholeRows, max(limit, minimumRows)) }

    /// The lines shown in `room` rows.
    /// - Parameter notShown: the words for "this many more incidents" (the sign is added here).
    func lines(room: Int, moreSign: Character, notShown: (Int) -> String) -> [String] {
        guard room > 0, !wrapped.isEmpty else { return [] }
        if wholeRows <= room { return wrapped.flatMap { $0 } }
        let counted = wrapped.count > room
        let countRow = counted && room >= 2
        let shown = counted ? max(1, room - 1) : wrapped.count
        // One row each, then the rest shared out a row at a time, so no incident starves.
        var allotted = Array(repeating: 1, count: shown)
        var spare = room - shown - (countRow ? 1 : 0)
        while spare > 0 {
            var gave = false
            for index in 0..<shown where spare > 0 && allotted[index] < wrapped[index].count {
                allotted[index] += 1
                spare -= 1
                gave = true
            }
            if !gave { break }
        }
        var lines: [String] = []
        for index in 0..<shown {
            // With no row left to count the rest, the one shown says F1 has more.
            lines += banner(index, rows: allotted[index], signed: counted && !countRow)
        }
        if countRow { lines.append("\(moreSign) " + notShown(wrapped.count - shown)) }
        return lines
    }

    /// Incident `index`'s banner in `rows` rows: whole when it fits, else its first rows and a last
    /// row rewrapped to leave room for the sign, so no word is cut.
    func banner(_ index: Int, rows: Int, signed: Bool) -> [String] {
        let group = wrapped[index]
        guard rows < group.count || signed else { return group }
        let head = Array(group.prefix(rows - 1))
        let rest = group.dropFirst(rows - 1).joined(separator: " ")
        let room = max(1, width - Buffer.displayWidth(cutSign, ascii: ascii) - 1)
        let last = WrappedText(rest, width: room, ascii: ascii).lines.first ?? ""
        return head + [last + " " + cutSign]
    }

    /// The stack as drawn: in `style`, with `notShown` counting the incidents left out.
    func drawn(style: Style, notShown: @escaping (Int) -> String) -> BannerStack {
        var stack = self
        stack.style = style
        stack.notShown = notShown
        return stack
    }

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.render(Fill(style), in: area)
        let shown = lines(room: area.height, moreSign: buffer.glyphs.moreBelow, notShown: notShown)
        let rows = area.inset(horizontal: 1).split(.vertical(shown.map { _ in .length(1) }))
        for (line, row) in zip(shown, rows) {
            buffer.write(line, x: row.x, y: row.y, style: style, limit: row.width, ellipsis: false)
        }
    }

    /// Draws the banners into `area`, a margin of one column each side (the desk's call).
    func draw(into buffer: inout Buffer, _ area: Rect, style: Style, notShown: @escaping (Int) -> String) {
        buffer.render(drawn(style: style, notShown: notShown), in: area)
    }
}
