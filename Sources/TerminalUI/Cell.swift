/// One terminal cell: a character and its style. A wide character's second cell is a
/// continuation with empty text, so the buffer's columns always match the terminal's.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public var isContinuation: Bool { text.isEmpty }

    public static let blank = Cell()
}
