import Foundation
import GRDB
import Testing

/// `queue events` takes only operators that operators.toml knows, as `import` does: a name that
/// merely looks like one (`ANNA`, full-width, a zero-width space) or names nobody was stored byte
/// for byte and exited 0, crediting calls to a person no statistics or erasure can find.
@Suite("queue events: a named operator must be a user in operators.toml", .endsWhatItStarts)
struct QueueEventOperatorTests {
    /// The names as written in the JSON line; `\u200b` is the JSON escape of a zero-width space.
    static let strangers = ["nobody", "ANNA", "ｅｒｉｋ", #"erik\u200b"#]

    static func event(_ id: String, operator user: String) -> String {
        #"{"at":"2026-11-25T09:15:49+01:00","channel":"phone","event":"answered","call_id":"\#(id)","operator":"\#(user)"}"#
    }

    func count(_ sandbox: Sandbox, _ sql: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: sandbox.databasePath) else { return 0 }
        return try DatabaseQueue(path: sandbox.databasePath).read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test("A file with one unknown operator: exit 65, the line named with import's message, nothing stored", arguments: strangers)
    func file(stranger: String) throws {
        let sandbox = try Sandbox()
        let path = try sandbox.file("events.jsonl", [
            Self.event("c-1", operator: "erik"), Self.event("c-2", operator: stranger),
        ].joined(separator: "\n") + "\n")
        let outcome = try sandbox.run(as: "admin", "queue", "events", path)
        #expect(outcome.status == 65, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stderr.contains("events.jsonl:2:") && outcome.stderr.contains("okänd operatör"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("events.jsonl:1:"), "\(outcome.stderr)")
        #expect(try count(sandbox, "SELECT COUNT(*) FROM queue_event") == 0)
        #expect(try count(sandbox, "SELECT COUNT(*) FROM queue_call") == 0)
    }

    @Test("--follow skips a line naming an unknown operator: 79 with a good line stored, 65 when none was", arguments: strangers)
    func follow(stranger: String) throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        let mixed = Self.event("c-1", operator: "erik") + "\n" + Self.event("c-2", operator: stranger) + "\n"
        let partly = try sandbox.run(as: "admin", "queue", "events", "--follow", "-", input: Data(mixed.utf8))
        #expect(partly.status == 79, "\(partly.stdout)\(partly.stderr)")
        #expect(partly.stderr.contains("stdin:2:") && partly.stderr.contains("okänd operatör"), "\(partly.stderr)")
        #expect(try count(sandbox, "SELECT COUNT(*) FROM queue_call WHERE answered_by = 'erik'") == 1)
        #expect(try count(sandbox, "SELECT COUNT(*) FROM queue_call WHERE answered_by <> 'erik'") == 0)

        let only = Self.event("c-3", operator: stranger) + "\n"
        let none = try sandbox.run(as: "admin", "queue", "events", "--follow", "-", input: Data(only.utf8))
        #expect(none.status == 65, "\(none.stdout)\(none.stderr)")
        #expect(try count(sandbox, "SELECT COUNT(*) FROM queue_event WHERE call_id = 'c-3'") == 0)
    }

    @Test("A known operator still goes in, stored as configured")
    func known() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        let path = try sandbox.file("events.jsonl", Self.event("c-1", operator: "erik") + "\n")
        let outcome = try sandbox.run(as: "admin", "queue", "events", path)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try count(sandbox, "SELECT COUNT(*) FROM queue_call WHERE answered_by = 'erik'") == 1)
    }
}
