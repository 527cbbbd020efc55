import Foundation

/// `handovers feed`: every hand-over event as a JSON line, oldest first, in pages; following,
/// it waits for the next commit and goes on until it is told to stop or its reader is gone.
public struct HandoverFeed: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Writes the events after event `since` through `write` (one JSON line each, with its
    /// newline), page by page. Without `following` it returns once they are written; following,
    /// it then waits for a change (`pause` between looks) and writes what came, until `stop`
    /// says so. A `write` that fails (the reader went away) ends the feed at once, not mid-line.
    /// Returns the id of the last event written (`since` when none was), where a next run resumes.
    public func run(
        from store: any HandoverOutbox & ChangeSignal, after since: Int64, following: Bool,
        write: (String) -> Bool, stop: () -> Bool, pause: () -> Void
    ) throws(StoreError) -> Int64 {
        var last = since
        var watch: ChangeMark?
        while true {
            // Read whatever is there, in pages; then, following, wait for the next commit.
            while true {
                let page = try store.handoverNotices(after: last)
                for notice in page {
                    guard write(HandoverFeedLine.json(notice, configuration: configuration) + "\n") else { return last }
                    last = notice.eventID
                }
                if page.isEmpty { break }
            }
            guard following else { return last }
            while true {
                // Asked before every look, so a reader gone while nothing happens ends the feed
                // now, not at the next event.
                if stop() { return last }
                let mark = try store.changeMark()
                if mark != watch {
                    watch = mark
                    break
                }
                pause()
            }
        }
    }
}
