import Foundation

/// Decides when time has moved far enough to change what a screen shows: every second while
/// it shows a running duration (m:ss), otherwise only when the minute of its HH:MM clock
/// turns. An idle screen then renders once a minute instead of once a second.
struct VisibleClock {
    private var lastSecond: Int
    private var lastMinute: Int

    init(_ now: Date) {
        let second = Self.second(of: now)
        lastSecond = second
        lastMinute = Self.minute(of: second)
    }

    /// Whether the screen should be told the time `now`, given whether it shows seconds.
    /// Every time zone in use is offset by whole minutes, so the UTC minute turns with the local one.
    mutating func moved(to now: Date, showingSeconds: Bool) -> Bool {
        let second = Self.second(of: now)
        let minute = Self.minute(of: second)
        let moved = showingSeconds ? second != lastSecond : minute != lastMinute
        if moved {
            lastSecond = second
            lastMinute = minute
        }
        return moved
    }

    private static func second(of date: Date) -> Int { Int(date.timeIntervalSince1970.rounded(.down)) }
    private static func minute(of second: Int) -> Int { Int((Double(second) / 60).rounded(.down)) }
}
