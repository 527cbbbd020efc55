/// How long a hand-over keeps what it holds about the citizen, decided here once so the
/// store only carries it out: the call-back details until the hand-over has been closed
/// `[retention] callback_days`, and everything free-text (the matter included) until
/// `note_days`, like the contact's own note.
public struct CallbackRetention: Hashable, Sendable {
    /// `[retention] callback_days`.
    public var callbackDays: Int
    /// `[retention] note_days`.
    public var noteDays: Int

    public init(callbackDays: Int, noteDays: Int) {
        self.callbackDays = callbackDays
        self.noteDays = noteDays
    }

    public init(_ retention: Retention) {
        self.init(callbackDays: retention.callbackDays, noteDays: retention.noteDays)
    }

    /// What a purge on `today` erases.
    public func cutoffs(today: LocalDay) -> Cutoffs {
        Cutoffs(closedOnOrBefore: today.adding(days: -callbackDays), madeBefore: today.adding(days: -noteDays))
    }

    /// The days that decide what goes.
    public struct Cutoffs: Hashable, Sendable {
        /// Call-back details go from hand-overs closed on this day or earlier (and still closed):
        /// closed for `callback_days` full days by then.
        public var closedOnOrBefore: LocalDay
        /// Call-back details and the matter go from hand-overs made before this day, closed or
        /// not: a hand-over left open for a year must not keep a phone number longer than a note.
        public var madeBefore: LocalDay

        public init(closedOnOrBefore: LocalDay, madeBefore: LocalDay) {
            self.closedOnOrBefore = closedOnOrBefore
            self.madeBefore = madeBefore
        }
    }

    /// Whether a hand-over's call-back details are past keeping on `today`: the rule the
    /// store's purge applies in SQL, stated once in Swift for tests and for readers.
    public func callbackExpired(madeOn: LocalDay, closedOn: LocalDay?, today: LocalDay) -> Bool {
        let cutoffs = cutoffs(today: today)
        if madeOn < cutoffs.madeBefore { return true }
        guard let closedOn else { return false }
        return closedOn <= cutoffs.closedOnOrBefore
    }
}
