/// A bar standing in the first column of its area, filled from the bottom to `fraction` of the
/// area's height in eighths of a cell (▁ to █; the ASCII set's levels otherwise), so even a
/// short bar shows. Every row is drawn, the empty ones as blanks in the bar's style.
public struct VerticalBar: Widget {
    public var fraction: Double
    public var style: Style

    public init(fraction: Double, style: Style = .plain) {
        self.fraction = fraction
        self.style = style
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        for row in 0..<area.height {
            buffer.write(level(row: row, of: area.height, buffer.glyphs), x: area.x, y: area.maxY - 1 - row, style: style, limit: 1)
        }
    }

    /// Row `row` (counted from the bottom, 0) of a bar `rows` high.
    func level(row: Int, of rows: Int, _ glyphs: Glyphs) -> String {
        let levels = glyphs.barLevels
        guard fraction > 0 else { return levels[0] }
        let eighths = max(1, Int((fraction * Double(8 * rows)).rounded()))
        return levels[min(8, max(0, eighths - 8 * row))]
    }
}
