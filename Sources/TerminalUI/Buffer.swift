/// The screen as cells. Screens draw here; only the terminal backend turns it into output.
///
/// Everything written is clipped to the buffer and to the area given; control characters
/// and escape sequences become visible placeholders, so no text from a user or a file can
/// ever reach the terminal raw.
public struct Buffer: Sendable, Equatable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]
    public var glyphs: Glyphs
    /// Where the terminal cursor should stand (a focused text field), or nil to hide it.
    public var cursor: (x: Int, y: Int)?

    public init(size: Size, glyphs: Glyphs = .unicode) {
        self.size = size
        self.glyphs = glyphs
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    public static func == (lhs: Buffer, rhs: Buffer) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursor?.x == rhs.cursor?.x && lhs.cursor?.y == rhs.cursor?.y
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x, y) ? cells[y * size.width + x] : .blank }
        set { if contains(x, y) { cells[y * size.width + x] = newValue } }
    }

    func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    /// Fills `rect` with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in rect.y..<rect.maxY { for x in rect.x..<rect.maxX { self[x, y] = Cell(text: " ", style: style) } }
    }

    /// Writes `text` from (x, y), never past `limit` columns or the buffer's edge; a text
    /// that does not fit ends in an ellipsis (unless `ellipsis` is false: a caller that wrapped
    /// the text to fit wants no mark). Returns the columns written.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil, placeholderStyle: Style? = nil,
        ellipsis: Bool = true
    ) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let available = min(limit ?? Int.max, size.width - x)
        guard available > 0 else { return 0 }
        let pieces = Self.visible(text, ascii: glyphs.isASCII)
        let total = pieces.reduce(0) { $0 + $1.width }
        let needsEllipsis = ellipsis && total > available
        let room = needsEllipsis ? available - 1 : available
        var column = 0
        for piece in pieces {
            guard column + piece.width <= room else { break }
            let style = piece.isPlaceholder ? (placeholderStyle ?? Style(reverse: true)) : style
            if piece.width == 0 {
                // A lone zero-width character: attach it to the previous cell.
                if column > 0 { self[x + column - 1, y].text += piece.text }
                continue
            }
            self[x + column, y] = Cell(text: piece.text, style: style)
            if piece.width == 2 { self[x + column + 1, y] = Cell(text: "", style: style) }
            column += piece.width
        }
        if needsEllipsis, room >= 0 {
            self[x + column, y] = Cell(text: String(glyphs.ellipsis), style: style)
            column += 1
        }
        return column
    }

    /// A piece of text as it will be shown: a character, or a placeholder for one that must not reach the terminal.
    struct Piece {
        var text: String
        var width: Int
        var isPlaceholder: Bool
    }

    /// Splits text into displayable pieces. Control characters become their Unicode control
    /// pictures (ESC → ␛), or `^[`-style text in ASCII mode; in ASCII mode everything outside
    /// ASCII is transliterated (å → a, – → -, → → ->; see `ASCIIFolding`) rather than dropped.
    static func visible(_ text: String, ascii: Bool) -> [Piece] {
        var pieces: [Piece] = []
        for character in text {
            let scalars = character.unicodeScalars
            let first = scalars.first!.value
            if first < 0x20 || first == 0x7F || (0x80..<0xA0).contains(first) {
                if ascii {
                    // One cell per character: a cell holds what one terminal column shows.
                    let caret = first < 0x20 ? "^" + String(UnicodeScalar(UInt8(first + 0x40))) : "^?"
                    pieces += caret.map { Piece(text: String($0), width: 1, isPlaceholder: true) }
                } else {
                    let picture = first < 0x20 ? UnicodeScalar(0x2400 + first)! : first == 0x7F ? "␡" : "�"
                    pieces.append(Piece(text: String(picture), width: 1, isPlaceholder: true))
                }
                continue
            }
            if scalars.contains(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
                // Bidirectional overrides can make text read differently from what is stored.
                pieces.append(Piece(text: ascii ? "?" : "�", width: 1, isPlaceholder: true))
                continue
            }
            if ascii, !character.isASCII {
                pieces += ASCIIFolding.fold(character).map { Piece(text: String($0), width: 1, isPlaceholder: false) }
                continue
            }
            pieces.append(Piece(text: String(character), width: CharacterWidth.of(character), isPlaceholder: false))
        }
        return pieces
    }

    /// The text of each row, for snapshots and tests (continuation cells add nothing).
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width { line += self[x, y].text }
            return line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }

    /// The styles of row `y`, for tests that check a colour or an attribute.
    public func styles(row y: Int) -> [Style] { (0..<size.width).map { self[$0, y].style } }
}

import Foundation
