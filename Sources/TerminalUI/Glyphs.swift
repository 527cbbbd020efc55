/// The characters frames and markers are drawn with: Unicode box drawing, or ASCII where
/// the locale cannot show it (a non-UTF-8 terminal would print garbage instead).
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
    public var isASCII: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ellipsis: "…", selected: "▶", checked: "[x]", unchecked: "[ ]", isASCII: false)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "~", selected: ">", checked: "[x]", unchecked: "[ ]", isASCII: true)
}
