import Foundation
import GRDB
import Testing

/// `queue events` reads a file (or a pipe, through a private copy) in one pass, a thousand
/// events stored at a time in one transaction: a bad line after whole batches must still leave
/// nothing stored, and `--follow` with a file stores its good lines one by one.
@Suite("queue events: one pass over a file or pipe, all or nothing; --follow with a file", .endsWhatItStarts)
struct QueueEventsOnePassTests {
    static func event(_ index: Int) -> String {
        let time = String(format: "%02d:%02d:%02d", 8 + index / 3600, index / 60 % 60, index % 60)
        return #"{"at":"2026-11-23T\#(time)+01:00","channel":"phone","event":"offered","call_id":"p\#(index)"}"#
    }

    func stored(_ sandbox: Sandbox) throws -> Int {
        try DatabaseQueue(path: sandbox.databasePath).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM queue_event") ?? -1 }
    }

    @Test("From a pipe: a bad line after two batches stores nothing and is named; without it, every line is stored")
    func pipeAllOrNothing() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        var lines = (1...2_500).map(Self.event)
        lines[2_399] = "{not json"
        let bad = try sandbox.run("queue", "events", "-", input: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(bad.status == 65, "\(bad.stderr)")
        #expect(bad.stderr.contains("stdin:2400:") && !bad.stderr.contains("stdin:2399:"), "\(bad.stderr)")
        #expect(try stored(sandbox) == 0)
        lines[2_399] = Self.event(2_400)
        let good = try sandbox.run("queue", "events", "-", input: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(good.status == 0 && good.stdout.contains("2500 köhändelser sparade"), "\(good.stdout)\(good.stderr)")
        #expect(try stored(sandbox) == 2_500)
    }

    @Test("--follow with a file: the good lines stored one by one, the bad one skipped and named, exit 79")
    func followFile() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        let file = try sandbox.file("feed.jsonl", [Self.event(1), "{not json", Self.event(2)].joined(separator: "\n") + "\n")
        let outcome = try sandbox.run("queue", "events", "--follow", file)
        #expect(outcome.status == 79, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("feed.jsonl:2:"), "\(outcome.stderr)")
        #expect(try stored(sandbox) == 2)
    }
}
