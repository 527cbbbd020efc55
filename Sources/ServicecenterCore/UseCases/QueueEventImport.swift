import Foundation

/// `queue events`: events from a telephony platform, video relay or mailbox, checked line by
/// line; a file is stored all or nothing, a feed (`QueueFeed`) line by line.
public struct QueueEventImport: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// What the lines hold, before anything is stored.
    public struct Checked: Sendable {
        /// The good events, in line order.
        public var events: [QueueEvent] = []
        /// Every bad line and every line naming another operator, in line order.
        public var notes: [NumberedLineNote] = []
        public var lines = 0
        /// Lines not stored: bad ones and those naming someone else.
        public var badLines = 0
        /// Of those, the lines naming an operator the login user may not credit.
        public var refusedLines = 0

        /// Line `number`, checked, counted in; its event kept only when `keeping`, and while no
        /// bad line has come (input with one is stored not at all).
        mutating func count(_ number: Int, _ line: CheckedLine, keeping: Bool) {
            lines += 1
            switch line {
            case .event(let event): if keeping, badLines == 0 { events.append(event) }
            case .skipped(let note):
                badLines += 1
                if case .namesOther = note { refusedLines += 1 }
                notes.append(NumberedLineNote(line: number, note: note))
            }
        }
    }

    /// Checks every parsed line: it must name a known operator, and one `credit` allows.
    public func check(_ lines: [(line: Int, result: Result<QueueEvent, LineProblem>)], credit: inout LineCredit, now: Date = Date()) -> Checked {
        var checked = Checked()
        for (number, parsed) in lines { checked.count(number, checkLine(parsed, credit: &credit, now: now), keeping: true) }
        return checked
    }

    /// One line: a line naming an operator must name a `user` of operators.toml, as `import`
    /// demands (`nobody`, `ANNA`, a full-width `ｅｒｉｋ` or `erik` with a zero-width space were
    /// stored as written, crediting someone no statistics, hand-over or erasure ever finds), and
    /// someone `credit` allows; and it may not lie in the future beyond the clock skew a contact
    /// is allowed (`ContactValidator.clockSkewSeconds`): a platform's clock or offset gone wrong
    /// would otherwise put calls into days not yet lived. One check for a file and a feed, so
    /// the two cannot drift apart.
    public func checkLine(_ parsed: Result<QueueEvent, LineProblem>, credit: inout LineCredit, now: Date) -> CheckedLine {
        switch parsed {
        case .failure(let problem): return .skipped(.bad(problem))
        case .success(let event):
            let latest = now.addingTimeInterval(Double(ContactValidator.clockSkewSeconds))
            if event.at > latest {
                return .skipped(.bad(.fields([.inFuture(field: "at", value: Timestamp.utcText(event.at), latest: Timestamp.utcText(latest))])))
            }
            if let user = event.operatorUser, configuration.operator(user) == nil {
                return .skipped(.bad(.fields([.unknownOperator(user)])))
            }
            guard credit.allows(event.operatorUser) else { return .skipped(.namesOther(event.operatorUser ?? "")) }
            return .event(event)
        }
    }

    /// One line, checked: an event to store, or why it is skipped.
    public enum CheckedLine: Hashable, Sendable {
        case event(QueueEvent)
        case skipped(LineNote)
    }

    /// What a run of `queue events` comes to, from what was stored and what was skipped; the
    /// command line maps it to its exit status.
    public enum Verdict: Hashable, Sendable {
        /// Every line was stored (or was stored already).
        case recorded
        /// Good lines were stored and bad ones skipped (a feed, exit 79): not "invalid", which
        /// promises that nothing was written.
        case partlyStored(skippedLines: Int)
        /// Nothing was stored. `onlyOthersNamed`: every rejected line named someone else, a
        /// matter of role (77) rather than of data (65).
        case rejected(badLines: Int, onlyOthersNamed: Bool)
    }

    /// The verdict on a run that stored `stored` and skipped `badLines` (`refusedLines` of
    /// them naming someone else). A line already stored is a good line: a feed sent again is
    /// not bad data, and 79 must not tell a script something was stored when nothing was.
    public static func verdict(stored: ImportOutcome, badLines: Int, refusedLines: Int) -> Verdict {
        guard badLines > 0 else { return .recorded }
        if stored.inserted + stored.alreadyPresent == 0 { return .rejected(badLines: badLines, onlyOthersNamed: badLines == refusedLines) }
        return .partlyStored(skippedLines: badLines)
    }
}
