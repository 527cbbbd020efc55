/// Prose broken into lines that fit a width in display cells: what a guide reads aloud is
/// never cut off with an ellipsis, it wraps, and when it is longer than its area it scrolls.
///
/// Lines break at spaces; a word wider than the whole width is broken where it must be; an
/// explicit line break in the text is kept. Widths are measured as `Buffer.write` will draw
/// the text (wide characters take two cells, combining marks none, and in ASCII mode a
/// character takes the width of its transliteration), so a wrapped line always fits.
public struct WrappedText: Hashable, Sendable {
    public let lines: [String]

    public init(_ text: String, width: Int, ascii: Bool = false) {
        lines = Self.wrap(text, width: width, ascii: ascii)
    }

    /// The characters that separate words: a plain space or a tab. A no-break space is not one.
    public static func isBreak(_ character: Character) -> Bool { character == " " || character == "\t" }

    /// The words of `text` in order, as wrapping sees them (for tests that join lines back).
    public static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { isBreak($0) || $0.isNewline })
    }

    static func wrap(_ text: String, width: Int, ascii: Bool) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(whereSeparator: isBreak) {
                let wordWidth = Buffer.displayWidth(word, ascii: ascii)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if wordWidth <= width {
                    line = String(word)
                    lineWidth = wordWidth
                    continue
                }
                // Longer than a whole line: break it between characters, never inside one.
                for character in word {
                    let characterWidth = Buffer.displayWidth(String(character), ascii: ascii)
                    if lineWidth > 0, lineWidth + characterWidth > width {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += characterWidth
                }
            }
            lines.append(line)
        }
        return lines
    }
}

/// Which lines of a longer text are on screen: the first one shown and how many, out of all.
public struct TextWindow: Hashable, Sendable {
    public var total: Int
    public var first: Int
    public var shown: Int

    public init(total: Int, first: Int, shown: Int) {
        self.total = total
        self.first = first
        self.shown = shown
    }

    /// Lines scrolled off above the area.
    public var hiddenAbove: Int { first }
    /// Lines still below the area.
    public var hiddenBelow: Int { max(0, total - first - shown) }
    /// Whether the text is longer than its area, so it scrolls.
    public var scrolls: Bool { total > shown }
    /// The largest useful offset: the last line then stands on the last row.
    public var lastOffset: Int { max(0, total - shown) }

    /// The first line after a scroll key (↑↓ PgUp PgDn Home End), kept in range; nil for any
    /// other key. A page keeps one line of the previous page in view.
    public func offset(after key: Key) -> Int? {
        let page = max(1, shown - 1)
        let offset: Int
        switch key {
        case .up: offset = first - 1
        case .down: offset = first + 1
        case .pageUp: offset = first - page
        case .pageDown: offset = first + page
        case .home: offset = 0
        case .end: offset = lastOffset
        default: return nil
        }
        return min(max(0, offset), lastOffset)
    }

    /// The window for `total` lines in `height` rows, starting at `offset` brought into range.
    public static func clamped(total: Int, height: Int, offset: Int) -> TextWindow {
        let shown = min(total, max(0, height))
        return TextWindow(total: total, first: min(max(0, offset), max(0, total - shown)), shown: shown)
    }
}

/// A text laid out for an area: wrapped to the width left once the scroll sign has its column.
public struct ScrollingText: Hashable, Sendable {
    public let lines: [String]
    public let window: TextWindow
    /// The columns the text takes: the area's width, less a gutter for the sign when it scrolls.
    public let textWidth: Int

    /// Columns kept free at the right for the ▲/▼ sign (a space, then the sign).
    public static let gutter = 2

    public init(_ text: String, width: Int, height: Int, offset: Int = 0, ascii: Bool = false) {
        var lines = WrappedText(text, width: width, ascii: ascii).lines
        var textWidth = width
        if lines.count > height, width > Self.gutter {
            textWidth = width - Self.gutter
            lines = WrappedText(text, width: textWidth, ascii: ascii).lines
        }
        self.lines = lines
        self.textWidth = textWidth
        window = .clamped(total: lines.count, height: height, offset: offset)
    }

    /// The lines on screen.
    public var visibleLines: ArraySlice<String> { lines[window.first..<window.first + window.shown] }
}

/// Prose wrapped to its area (`WrappedText`) and scrolled from `offset`: never cut with an
/// ellipsis. When it is longer than the area, the right-hand column shows ▲ on the first row
/// if lines are hidden above and ▼ on the last row if lines are hidden below (ASCII: ^ and v).
public struct Prose: Widget {
    public var text: String
    public var style: Style
    public var offset: Int
    public var signStyle: Style?

    public init(_ text: String, style: Style = .plain, offset: Int = 0, signStyle: Style? = nil) {
        self.text = text
        self.style = style
        self.offset = offset
        self.signStyle = signStyle
    }

    public func render(into buffer: inout Buffer, area: Rect) { renderWindow(into: &buffer, area: area) }

    /// Draws the text and returns the window shown, so a caller can say how to scroll or how
    /// much more there is.
    @discardableResult
    public func renderWindow(into buffer: inout Buffer, area rect: Rect) -> TextWindow {
        guard rect.width > 0, rect.height > 0 else { return TextWindow(total: 0, first: 0, shown: 0) }
        let layout = ScrollingText(text, width: rect.width, height: rect.height, offset: offset, ascii: buffer.glyphs.isASCII)
        for (row, line) in layout.visibleLines.enumerated() {
            buffer.write(line, x: rect.x, y: rect.y + row, style: style, limit: layout.textWidth, ellipsis: false)
        }
        buffer.moreSigns(layout.window, in: rect, style: signStyle ?? style)
        return layout.window
    }
}

extension Buffer {
    /// Writes `text` word-wrapped inside `rect`, from wrapped line `offset` on (see `Prose`).
    /// Returns the window shown.
    @discardableResult
    public mutating func wrappedText(
        _ text: String, in rect: Rect, style: Style = .plain, offset: Int = 0, signStyle: Style? = nil
    ) -> TextWindow {
        Prose(text, style: style, offset: offset, signStyle: signStyle).renderWindow(into: &self, area: rect)
    }

    /// Draws the scroll signs for `window` in the right-hand column of `rect`.
    public mutating func moreSigns(_ window: TextWindow, in rect: Rect, style: Style) {
        guard window.scrolls, rect.width > 0, rect.height > 0 else { return }
        let x = rect.maxX - 1
        if window.hiddenAbove > 0 { self[x, rect.y] = Cell(text: String(glyphs.moreAbove), style: style) }
        // On a one-row area the sign that there is more to come matters most.
        if window.hiddenBelow > 0 { self[x, rect.y + window.shown - 1] = Cell(text: String(glyphs.moreBelow), style: style) }
    }

    /// Columns `text` takes when written here (ASCII transliterations and placeholders included).
    public static func displayWidth(_ text: some StringProtocol, ascii: Bool) -> Int {
        DisplayWidth.of(text, ascii: ascii)
    }
}
