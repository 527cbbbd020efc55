import ServicecenterCore
import TerminalUI

extension DashboardModel {
    /// While hand-over e-mails fail, the last row of the overdue panel says how many, in the
    /// warning colour: a sector that gets nothing cannot know it is missing something, so the
    /// supervisor must. Returns the rows taken (0 or 1).
    func drawFailingDeliveries(into buffer: inout Buffer, x: Int, _ area: Rect, _ theme: Theme) -> Int {
        let failing = live?.failingDeliveries ?? 0
        guard failing > 0, area.height >= 2 else { return 0 }
        let line = deliveryStrings(for: text.core.language).failingDeliveries(failing)
        buffer.write(line, x: x, y: area.maxY - 1, style: theme[.warning], limit: area.maxX - x - 1)
        return 1
    }
}
