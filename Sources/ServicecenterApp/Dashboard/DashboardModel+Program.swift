import Foundation
import TerminalUI

/// The wallboard as the program loop runs it: it reads the day (and the day's staffing plan) before its
/// first picture, the day again whenever another process commits; Ctrl-C and the end need nothing from it.
extension DashboardModel: ProgramScreen {
    public mutating func start() -> [DashboardEffect] {
        planInterval = currentInterval
        return [.reload, .loadPlan(currentInterval.day)]
    }

    public static func message(for event: ProgramEvent) -> DashboardMessage? {
        switch event {
        case .key(let key): .key(key)
        case .tick(let time): .tick(time)
        case .resized(let size): .resized(size)
        case .storeChanged: .storeChanged
        case .interrupted, .ending: nil
        }
    }
}
