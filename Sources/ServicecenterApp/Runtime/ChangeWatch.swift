import Foundation
import ServicecenterCore

/// Tells a screen when another process changed the database, by asking the store's change
/// signal rather than re-reading every figure on a timer: an idle screen then costs next to nothing.
struct ChangeWatch {
    let signal: any ChangeSignal
    var lastMark: ChangeMark?

    init(signal: any ChangeSignal) {
        self.signal = signal
    }

    /// Whether anything was committed by another connection since the last call (true the
    /// first time). A failed check counts as a change, so the caller's read reports the error.
    mutating func changed() -> Bool {
        guard let mark = try? signal.changeMark() else { return true }
        defer { lastMark = mark }
        return mark != lastMark
    }

    /// How often a screen asks: twice a second keeps a change on screen within a second.
    static let pollMilliseconds = 500
}
