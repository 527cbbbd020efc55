import Foundation
import GRDB
import Testing

/// "Försöket finns i granskningsloggen" was said on every refusal, also when no audit row could
/// be written because there was no database yet (a refusal never creates one). The sentence
/// must be true: said only when the row is there.
@Suite("A refusal says the attempt is in the audit log only when it is", .endsWhatItStarts)
struct AuditSentenceTests {
    static let sentence = "Försöket finns i granskningsloggen."

    static func event(_ id: String, operator user: String) -> String {
        #"{"at":"2026-11-25T09:15:49+01:00","channel":"phone","event":"answered","call_id":"\#(id)","operator":"\#(user)"}"#
    }

    func refusedRows(_ sandbox: Sandbox) throws -> Int {
        try DatabaseQueue(path: sandbox.databasePath).read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit_event WHERE action = 'refused' AND actor = 'anna'") ?? -1
        }
    }

    @Test("log --operator and a feed naming a colleague, with no database: 77, no such sentence, no database created")
    func missingDatabase() throws {
        let sandbox = try Sandbox()
        let log = try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--resolution", "resolved", "--operator", "erik")
        #expect(log.status == 77, "\(log.stderr)")
        #expect(!log.stderr.contains(Self.sentence) && !log.stderr.contains("granskningsloggen"), "\(log.stderr)")
        let file = try sandbox.file("events.jsonl", Self.event("c-1", operator: "erik") + "\n")
        let feed = try sandbox.run("queue", "events", file)
        #expect(feed.status == 77, "\(feed.stderr)")
        #expect(!feed.stderr.contains("granskningsloggen"), "\(feed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
    }

    @Test("The same refusals with a database: 77, the sentence once each, and a refused row each")
    func existingDatabase() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--resolution", "resolved").status == 0)
        let log = try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--resolution", "resolved", "--operator", "erik")
        #expect(log.status == 77, "\(log.stderr)")
        #expect(log.stderr.components(separatedBy: Self.sentence).count == 2, "\(log.stderr)")
        #expect(try refusedRows(sandbox) == 1)
        let file = try sandbox.file("events.jsonl", Self.event("c-1", operator: "erik") + "\n" + Self.event("c-2", operator: "maria") + "\n")
        let feed = try sandbox.run("queue", "events", file)
        #expect(feed.status == 77, "\(feed.stderr)")
        // Two lines refused, one audit row, so the sentence once, after the lines.
        #expect(feed.stderr.components(separatedBy: Self.sentence).count == 2, "\(feed.stderr)")
        #expect(try refusedRows(sandbox) == 2)
        let english = try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--resolution", "resolved", "--operator", "erik", "--lang", "en")
        #expect(english.status == 77 && english.stderr.contains("The attempt is in the audit log."), "\(english.stderr)")
    }
}
