/// The characters frames, markers, signs and bars are drawn with: Unicode, or ASCII where
/// the locale cannot show it (a non-UTF-8 terminal would print garbage instead). Chosen once
/// from the terminal (`Glyphs.for(unicode:)`) and handed to every screen; text written in
/// ASCII mode is transliterated by `ASCIIFolding`, so no screen needs a fallback of its own.
public struct Glyphs: Sendable, Hashable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var ellipsis: Character
    public var selected: Character
    public var checked: String
    public var unchecked: String
    /// Signs in a text's right-hand column: lines are hidden above, or below.
    public var moreAbove: Character
    public var moreBelow: Character
    /// A service level on target, missed, or with nothing to measure yet.
    public var onTarget: String
    public var missed: String
    public var noData: String
    /// A bar's eighths of a cell, empty first, full last (nine levels).
    public var barLevels: [String]
    public var isASCII: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ellipsis: "…", selected: "▶", checked: "[x]", unchecked: "[ ]", moreAbove: "▲", moreBelow: "▼",
        onTarget: "✓", missed: "✗", noData: "·", barLevels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], isASCII: false)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "~", selected: ">", checked: "[x]", unchecked: "[ ]", moreAbove: "^", moreBelow: "v",
        onTarget: "+", missed: "x", noData: "-", barLevels: [" ", ".", ":", "-", "=", "+", "*", "#", "@"], isASCII: true)

    /// The set for a terminal: Unicode when its locale is UTF-8, ASCII otherwise.
    public static func `for`(unicode: Bool) -> Glyphs { unicode ? .unicode : .ascii }
}
