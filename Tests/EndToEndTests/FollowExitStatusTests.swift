import Foundation
import GRDB
import Testing

/// `queue events --follow`'s exit status tells a script what happened: 0 every line good, 79
/// some stored and some skipped, 65 every line bad (nothing stored), not 79 for "nothing".
@Suite("queue events --follow: the exit status says whether anything was stored", .endsWhatItStarts)
struct FollowExitStatusTests {
    static func event(_ id: String) -> String {
        #"{"at":"2026-11-23T09:00:00+01:00","channel":"phone","event":"offered","call_id":"\#(id)"}"#
    }

    func storedEvents(_ sandbox: Sandbox) throws -> Int {
        guard FileManager.default.fileExists(atPath: sandbox.databasePath) else { return 0 }
        let queue = try DatabaseQueue(path: sandbox.databasePath, configuration: { var c = Configuration(); c.readonly = true; return c }())
        return try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM queue_event") ?? -1 }
    }

    @Test("Only bad lines, from stdin and from a file: exit 65, nothing stored, the lines named")
    func onlyBadLines() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        let input = "not json\n{\"at\":\"nu\",\"channel\":\"phone\",\"event\":\"offered\",\"call_id\":\"c2\"}\n"
        let followed = try sandbox.run("queue", "events", "--follow", "-", input: Data(input.utf8))
        #expect(followed.status == 65, "\(followed.stderr)")
        #expect(followed.stderr.contains("stdin:1:") && followed.stderr.contains("stdin:2:"))
        #expect(followed.stderr.contains("inga köhändelser sparades"))
        #expect(!followed.stdout.contains("sparade"))
        let file = try sandbox.file("bad.jsonl", input)
        let fromFile = try sandbox.run("queue", "events", "--follow", file)
        #expect(fromFile.status == 65, "\(fromFile.stderr)")
        #expect(try storedEvents(sandbox) == 0)
    }

    @Test("Good and bad lines: 79; all good: 0; lines already stored with a bad one: 79, as they are good")
    func mixedAndGood() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        let mixed = try sandbox.run("queue", "events", "--follow", "-", input: Data((Self.event("c1") + "\nnot json\n").utf8))
        #expect(mixed.status == 79 && mixed.stdout.contains("1 köhändelse sparad"), "\(mixed.stderr)")
        let good = try sandbox.run("queue", "events", "--follow", "-", input: Data((Self.event("c2") + "\n" + Self.event("c3") + "\n").utf8))
        #expect(good.status == 0, "\(good.stderr)")
        let again = try sandbox.run("queue", "events", "--follow", "-", input: Data((Self.event("c1") + "\n").utf8))
        #expect(again.status == 0 && again.stdout.contains("0 köhändelser sparade, 1 fanns redan."), "\(again.stderr)")
        let duplicateAndBad = try sandbox.run("queue", "events", "--follow", "-", input: Data((Self.event("c2") + "\nnot json\n").utf8))
        #expect(duplicateAndBad.status == 79, "\(duplicateAndBad.stderr)")
        #expect(try storedEvents(sandbox) == 3)
    }
}
