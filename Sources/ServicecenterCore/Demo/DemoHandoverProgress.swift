import Foundation

/// One change to a hand-over that has already happened: what, when, by whom.
public struct HandoverStep: Hashable, Sendable {
    public var handoverID: Int64
    public var event: HandoverEvent
    public var at: Date
    public var by: String
    public var note: String?

    public init(handoverID: Int64, event: HandoverEvent, at: Date, by: String, note: String? = nil) {
        self.handoverID = handoverID
        self.event = event
        self.at = at
        self.by = by
        self.note = note
    }
}

extension DemoGenerator {
    /// What the sectors have done with the demo's hand-overs by `now`: most are acknowledged the
    /// same working day, the citizen is called back within the promise seven times in ten, a few
    /// run late, and the newest are still open, so the overdue list and the figures have content.
    /// The same seed and hand-over always get the same story; only `now` decides how far it got.
    public func handoverProgress(for handovers: [Handover], now: Date) -> [HandoverStep] {
        let calendar = configuration.workingDays
        let zone = configuration.timeZone
        var steps: [HandoverStep] = []
        for handover in handovers where handover.status == .open {
            var random = SeededGenerator(seed: seed &+ UInt64(bitPattern: handover.contactID) &* 0x9E37_79B9_7F4A_7C15)
            let officer = "\(handover.sector).handläggare"
            let created = LocalDay(handover.createdAt, in: zone)
            // Working days after the hand-over was made until the sector calls the citizen.
            let delay = [0, 1, 2, 3, 4, 6, 9][random.pick([0.3, 0.3, 0.15, 0.09, 0.06, 0.05, 0.05])]
            // Every step lies inside the site's opening hours ([site.opening_hours]), as `demo
            // --help` promises: a step pushed past closing (by the minutes after the one before
            // it) moves to the next working day that is open, instead of landing at 19:xx.
            func moment(workingDaysAfter days: Int, notBefore earliest: Date) -> Date? {
                let soonest = earliest.addingTimeInterval(600 + random.unit() * 3600)
                guard let window = openWindow(from: calendar.adding(workingDays: days, to: created), notBefore: soonest) else { return nil }
                return window.start.addingTimeInterval(random.unit() * window.end.timeIntervalSince(window.start))
            }
            guard let acknowledged = moment(workingDaysAfter: min(delay, random.unit() < 0.8 ? 0 : 1), notBefore: handover.createdAt),
                  let calledBack = moment(workingDaysAfter: delay, notBefore: acknowledged)
            else { continue }
            // Closed a while after the call, or early the next open day when the call came late.
            let wrapUp = calledBack.addingTimeInterval(300 + random.unit() * 5400)
            guard let closing = openWindow(from: LocalDay(calledBack, in: zone), notBefore: wrapUp) else { continue }
            let closed = closing.start == wrapUp
                ? wrapUp : closing.start.addingTimeInterval(random.unit() * min(3600, closing.end.timeIntervalSince(closing.start)))
            let story: [(HandoverEvent, Date, String?)] = [
                (.acknowledged, acknowledged, nil),
                (.calledBack, calledBack, random.unit() < 0.5 ? "Ringt upp" : nil),
                (.closed, closed, nil),
            ]
            for (event, at, note) in story where at <= now {
                steps.append(HandoverStep(handoverID: handover.id, event: event, at: at, by: officer, note: note))
            }
        }
        return steps.sorted { $0.at != $1.at ? $0.at < $1.at : $0.handoverID < $1.handoverID }
    }

    /// The rest of the first open time on `day` or a working day after it that ends after
    /// `earliest`: from `earliest` (or the opening, if later) to closing. Nil when the site
    /// is not open on any working day of the coming year (a configuration without hours).
    func openWindow(from day: LocalDay, notBefore earliest: Date) -> (start: Date, end: Date)? {
        let calendar = configuration.workingDays
        var day = calendar.adding(workingDays: 0, to: day)
        for _ in 0..<260 {
            if let open = openInterval(on: day), open.end > earliest {
                return (max(open.start, earliest), open.end)
            }
            day = calendar.adding(workingDays: 1, to: day)
        }
        return nil
    }
}
