import Foundation

/// `queue events --follow`: a feed that never ends, each good line stored as it arrives in its
/// own transaction (so the wallboard sees it at once), each bad line reported and skipped.
///
/// Reads through a `LineReader`, chunked and bounded (`readLine` kept a 300 MB line without a
/// newline whole, 909 MB), until the writer closes its end of the input.
public struct QueueFeed: Sendable {
    public let events: QueueEventImport

    public init(configuration: Configuration) {
        events = QueueEventImport(configuration: configuration)
    }

    /// What the feed stored and skipped by the time its input ended.
    public struct Totals: Hashable, Sendable {
        public var stored = ImportOutcome(inserted: 0, alreadyPresent: 0)
        /// Lines skipped: bad ones and those naming someone else.
        public var badLines = 0
        /// Of those, the lines naming an operator the login user may not credit.
        public var refusedLines = 0

        public var verdict: QueueEventImport.Verdict {
            QueueEventImport.verdict(stored: stored, badLines: badLines, refusedLines: refusedLines)
        }
    }

    /// Why a feed stopped before its input ended.
    public enum Failure: Error, Equatable {
        /// The input could not be read.
        case read(LineReader.Failure)
        /// A line could not be stored; the lines before it are.
        case store(StoreError)
    }

    /// Follows `reader` to its end, storing each good line into `store`. `report` hears of each
    /// skipped line as it is met, so a feed that runs for days says so the same minute.
    public func follow(
        _ reader: LineReader, into store: any HallQueue, credit: inout LineCredit, now: () -> Date = Date.init,
        report: (NumberedLineNote) -> Void
    ) throws(Failure) -> Totals {
        var totals = Totals()
        while true {
            let next: (line: Int, result: Result<Data, LineProblem>)?
            do { next = try reader.next() } catch { throw Failure.read(error) }
            guard let (number, line) = next else { return totals }
            let parsed: Result<QueueEvent, LineProblem>
            switch line {
            case .failure(let problem): parsed = .failure(problem)
            case .success(let bytes):
                // A blank line has nothing in it to store or to report.
                guard let (_, result) = QueueEventLines.parse(bytes).first else { continue }
                parsed = result
            }
            switch events.checkLine(parsed, credit: &credit, now: now()) {
            case .event(let event):
                do {
                    let outcome = try store.recordQueueEvents([event], now: now())
                    totals.stored.inserted += outcome.inserted
                    totals.stored.alreadyPresent += outcome.alreadyPresent
                } catch {
                    throw Failure.store(error)
                }
            case .skipped(let note):
                totals.badLines += 1
                if case .namesOther = note { totals.refusedLines += 1 }
                report(NumberedLineNote(line: number, note: note))
            }
        }
    }
}
