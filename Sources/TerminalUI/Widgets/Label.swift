/// One line of text in the first row of its area, placed by `alignment` and measured in
/// display cells; a text wider than the area is cut with the ellipsis, as `Buffer.write` cuts.
/// A column of figures is labels aligned `.trailing` in equal areas.
public struct Label: Widget {
    public var text: String
    public var style: Style
    public var alignment: Alignment

    public init(_ text: String, style: Style = .plain, alignment: Alignment = .leading) {
        self.text = text
        self.style = style
        self.alignment = alignment
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let offset = alignment.offset(width: buffer.displayWidth(of: text), in: area.width)
        buffer.write(text, x: area.x + offset, y: area.y, style: style, limit: area.width - offset)
    }
}
