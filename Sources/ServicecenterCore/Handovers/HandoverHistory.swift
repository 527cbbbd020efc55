import Foundation

/// The hand-overs a period's figures are told from. Those made, closed or reopened from the
/// period's first day on come as whole timelines; those that were open before it and have not
/// changed since come as counts per sector and due date, because on every day of the period
/// they were simply open, and overdue from the day after they were due. Imported history
/// leaves hundreds of thousands open for good: reading each one's timeline made every
/// night's dump slower as the years went by.
public struct HandoverHistory: Hashable, Sendable {
    /// Hand-overs that changed from the period's first day on (or may have: a store may hand
    /// over more than these, never fewer), each with its whole history.
    public var timelines: [HandoverTimeline]
    /// Hand-overs made before the period began that have been open ever since, without a close
    /// or reopening from its first day to now.
    public var stillOpen: [StillOpen]

    /// Hand-overs of one sector and due date that stayed open throughout.
    public struct StillOpen: Hashable, Sendable {
        public var sector: String
        /// The due date. Those due before the period's first day are overdue on every one of
        /// its days whatever the date, so a store may give them all as due on any day before it.
        public var dueDate: LocalDay
        public var count: Int

        public init(sector: String, dueDate: LocalDay, count: Int) {
            self.sector = sector
            self.dueDate = dueDate
            self.count = count
        }
    }

    public init(timelines: [HandoverTimeline], stillOpen: [StillOpen] = []) {
        self.timelines = timelines
        self.stillOpen = stillOpen
    }

    /// The history a streaming read makes (`StatisticsSource.forEachHandover`), held whole: for
    /// a short period's statistics, whose timelines are few.
    public static func collecting(
        _ read: (_ timeline: (HandoverTimeline) -> Void) throws -> [StillOpen]
    ) rethrows -> HandoverHistory {
        var timelines: [HandoverTimeline] = []
        let stillOpen = try read { timelines.append($0) }
        return HandoverHistory(timelines: timelines, stillOpen: stillOpen)
    }

    /// How many hand-overs the history tells of: read as timelines and counted as still open.
    public var count: Int { timelines.count + stillOpen.reduce(0) { $0 + $1.count } }
}

extension HandoverHistory: ExpressibleByArrayLiteral {
    /// A history told by timelines alone (every hand-over read in full), as tests write it.
    public init(arrayLiteral timelines: HandoverTimeline...) {
        self.init(timelines: timelines)
    }
}
