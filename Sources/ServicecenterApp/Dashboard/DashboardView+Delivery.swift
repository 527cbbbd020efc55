import ServicecenterCore
import TerminalUI

extension DashboardModel {
    /// While hand-over e-mails fail, the last row of the overdue panel says how many, in the
    /// warning colour: a sector that gets nothing cannot know it is missing something, so the
    /// supervisor must. Returns the rows taken (0 or 1).
    func drawFailingDeliveries(into buffer: inout Buffer, x: Int, _ area: Rect, _ theme: Theme) -> Int {
        let failing = live?.failingDeliveries ?? 0
        guard failing > 0, area.height >= 2 else { return 0 }
        let strings = deliveryStrings(for: text.core.language)
        let limit = area.maxX - x - 1
        // The whole line names the command to run; where it would be cut (an 80-column screen
        // gives this panel about 30), the count and what it means stand alone, uncut.
        let whole = strings.failingDeliveries(failing)
        let line = CharacterWidth.of(whole) <= limit ? whole : strings.failingDeliveriesShort(failing)
        buffer.write(line, x: x, y: area.maxY - 1, style: theme[.warning], limit: limit)
        return 1
    }
}
