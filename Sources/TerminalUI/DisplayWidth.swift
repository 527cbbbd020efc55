/// Text measured, cut and padded in terminal cells (display width), never in characters or
/// scalars: a wide character takes two cells, a combining mark none, and in ASCII mode a
/// character takes the width of its transliteration. There is one measure, the one
/// `Buffer.write` draws by (`Buffer.visible`), so a padded column lines up with what is drawn.
public enum DisplayWidth {
    /// Columns `text` takes when written (placeholders and ASCII transliterations included).
    public static func of(_ text: some StringProtocol, ascii: Bool = false) -> Int {
        Buffer.visible(String(text), ascii: ascii).reduce(0) { $0 + $1.width }
    }

    /// `text` cut to at most `cells` columns in whole characters, ending in `ellipsis` when cut:
    /// the characters `Buffer.write` with `limit: cells` shows. Never cuts inside a character
    /// (so in ASCII mode a two-cell transliteration is left out whole, where `write` may show
    /// its first half).
    public static func truncated(_ text: some StringProtocol, to cells: Int, ascii: Bool = false, ellipsis: Character = "…")
        -> String {
        let available = max(0, cells)
        guard of(text, ascii: ascii) > available else { return String(text) }
        guard available > 0 else { return "" }
        let room = available - 1
        var result = ""
        var column = 0
        for character in text {
            let width = of(String(character), ascii: ascii)
            guard column + width <= room else { break }
            result.append(character)
            column += width
        }
        return result + String(ellipsis)
    }

    /// `text` in exactly `cells` columns: cut as `truncated` does when too wide, else with
    /// spaces on the side(s) `alignment` leaves free (a text starting with a lone combining
    /// mark is kept to the left, so the mark does not join a space).
    public static func padded(
        _ text: some StringProtocol, to cells: Int, alignment: Alignment = .leading, ascii: Bool = false,
        ellipsis: Character = "…"
    ) -> String {
        let cut = truncated(text, to: cells, ascii: ascii, ellipsis: ellipsis)
        let width = of(cut, ascii: ascii)
        var before = alignment.offset(width: width, in: cells)
        // A text that starts with a lone combining mark would join a space put before it (and
        // draw differently): it keeps to the left.
        if before > 0, (" " + cut).count == cut.count { before = 0 }
        return String(repeating: " ", count: before) + cut + String(repeating: " ", count: max(0, cells - width - before))
    }
}

/// Where a text stands in an area wider than itself.
public enum Alignment: Hashable, Sendable {
    case leading, center, trailing

    /// Columns before a text `width` cells wide in `cells`; never negative (a text too wide
    /// starts at the area's edge and is cut at the other).
    public func offset(width: Int, in cells: Int) -> Int {
        let spare = max(0, cells - width)
        switch self {
        case .leading: return 0
        case .center: return spare / 2
        case .trailing: return spare
        }
    }
}

extension Buffer {
    /// Columns `text` takes when written into this buffer (its glyphs decide ASCII mode).
    public func displayWidth(of text: some StringProtocol) -> Int { DisplayWidth.of(text, ascii: glyphs.isASCII) }

    /// `text` cut to `cells` columns with this buffer's ellipsis (see `DisplayWidth.truncated`).
    public func truncated(_ text: some StringProtocol, to cells: Int) -> String {
        DisplayWidth.truncated(text, to: cells, ascii: glyphs.isASCII, ellipsis: glyphs.ellipsis)
    }

    /// `text` in exactly `cells` columns for this buffer (see `DisplayWidth.padded`).
    public func padded(_ text: some StringProtocol, to cells: Int, alignment: Alignment = .leading) -> String {
        DisplayWidth.padded(text, to: cells, alignment: alignment, ascii: glyphs.isASCII, ellipsis: glyphs.ellipsis)
    }
}
