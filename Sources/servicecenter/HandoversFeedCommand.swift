import ArgumentParser
import Foundation
import NcursesTerminal
import ServicecenterCore

/// `handovers feed`: every hand-over event as JSON Lines, for a sector's own case system.
struct HandoversFeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Write hand-over events as JSON Lines (docs/handover-feed.md), resumable by id.",
        discussion: """
            One line per event, oldest first: id, at, event, handover, sector, category, channel, \
            due_date, matter, callback, forwarded_by, by, note. Keep the last id you read and pass \
            it to --since next time. With --follow the command keeps writing new events as they \
            are saved, until SIGTERM, Ctrl-C or the reader going away (exit 0). The lines carry \
            how to reach citizens: supervisors and admins only.

            Examples:
              servicecenter handovers feed
              servicecenter handovers feed --since 1042 >> arenden.jsonl
              servicecenter handovers feed --since 1042 --follow | sektorns-import
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Only events after this event id (the last one you read).", valueName: "ID"),
        transform: WholeNumber.within(0...Int64.max))
    var since: Int64 = 0

    @Flag(help: "Keep writing new events as they are saved.")
    var follow = false

    func run() throws {
        let context = try CommandContext(global)
        _ = try context.requireSupervisor(for: "handovers feed")
        let store = try context.openStore(access: .readOnly)
        // A reader that goes away (`| head`) must end the feed quietly, not kill it mid-line.
        signal(SIGPIPE, SIG_IGN)
        if follow { Signals.install() }
        _ = try context.storing {
            try HandoverFeed(configuration: context.configuration).run(
                from: store, after: since, following: follow, write: FeedOutput.write,
                stop: { Signals.pending != 0 || FeedOutput.readerGone() },
                pause: { usleep(UInt32(FeedOutput.pollMilliseconds * 1_000)) })
        }
    }
}

/// Standard output for a feed: written whole, and false once the reader has gone.
enum FeedOutput {
    /// How often `--follow` asks whether anything was committed: a new event shows within half a second.
    static let pollMilliseconds = 500

    /// Whether standard output is a pipe whose reader has closed it: poll reports POLLERR (or
    /// POLLHUP) on the write end then, without writing anything.
    static func readerGone() -> Bool {
        var descriptor = pollfd(fd: STDOUT_FILENO, events: 0, revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLERR | POLLHUP) != 0
    }

    static func write(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written > 0 { offset += written } else if written < 0, errno == EINTR { continue } else { return false }
        }
        return true
    }
}
