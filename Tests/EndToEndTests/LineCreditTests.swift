import Foundation
import GRDB
import Testing

/// Who did it cannot be forged through a file either: the lines of `import` and `queue events`
/// credit the login user, or anyone when an admin runs them (audited).
@Suite("Imports and feeds credit only the login user, unless an admin runs them", .endsWhatItStarts)
struct LineCreditTests {
    static func contact(_ id: String, operator user: String, resolution: String = "resolved") -> String {
        let forward = resolution == "forwarded" ? #","forward_reason":"needs_case_officer","matter":"Kärlet töms inte""# : ""
        return #"{"id":"\#(id)","started_at":"2026-11-25T08:05:12+01:00","ended_at":"2026-11-25T08:08:40+01:00","channel":"phone","category":"avfall","resolution":"\#(resolution)"\#(forward),"operator":"\#(user)"}"#
    }

    static func event(_ id: String, operator user: String) -> String {
        #"{"at":"2026-11-25T09:15:49+01:00","channel":"phone","event":"answered","call_id":"\#(id)","operator":"\#(user)"}"#
    }

    func count(_ sandbox: Sandbox, _ sql: String) throws -> Int {
        try DatabaseQueue(path: sandbox.databasePath).read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test("A guide importing a line that names a colleague: exit 77, the line named, nothing stored, the attempt audited")
    func guideImport() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--resolution", "resolved").status == 0)
        let file = try sandbox.file("forged.jsonl", [
            Self.contact("own-1", operator: "anna"),
            Self.contact("forge-1", operator: "maria", resolution: "forwarded"),
        ].joined(separator: "\n") + "\n")
        let outcome = try sandbox.run("import", file)
        #expect(outcome.status == 77, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("forged.jsonl:2:") && outcome.stderr.contains("\"maria\""), "\(outcome.stderr)")
        #expect(try count(sandbox, "SELECT COUNT(*) FROM contact") == 1)
        #expect(try count(sandbox, "SELECT COUNT(*) FROM handover") == 0)
        #expect(try count(sandbox, "SELECT COUNT(*) FROM audit_event WHERE action = 'refused' AND actor = 'anna' AND details LIKE 'import:%'") == 1)

        // The same file with only her own line goes in.
        let own = try sandbox.file("own.jsonl", Self.contact("own-1", operator: "anna") + "\n")
        #expect(try sandbox.run("import", own).status == 0)
    }

    @Test("A bad line beside one naming a colleague: exit 65, nothing stored, and the attempt audited all the same")
    func badLineBesideForged() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--resolution", "resolved").status == 0)
        let file = try sandbox.file("mixed.jsonl", [Self.contact("forge-2", operator: "maria"), "{not json"].joined(separator: "\n") + "\n")
        let outcome = try sandbox.run("import", file)
        #expect(outcome.status == 65, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("mixed.jsonl:1:") && outcome.stderr.contains("mixed.jsonl:2:"), "\(outcome.stderr)")
        // The summary counts both kinds of line, each by its own name.
        #expect(outcome.stderr.contains("av 2 rader är 1 felaktig och 1 i någon annans namn"), "\(outcome.stderr)")
        #expect(try count(sandbox, "SELECT COUNT(*) FROM contact") == 1)
        #expect(try count(sandbox, "SELECT COUNT(*) FROM audit_event WHERE action = 'refused' AND actor = 'anna' AND details LIKE 'import:%'") == 1)
    }

    @Test("An admin's file with a bad line records nothing, so nothing is audited as recorded on anyone's behalf")
    func adminBadLine() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--resolution", "resolved").status == 0)
        let file = try sandbox.file("bad.jsonl", [Self.contact("b-1", operator: "erik"), "{"].joined(separator: "\n") + "\n")
        #expect(try sandbox.run(as: "admin", "import", file).status == 65)
        let events = try sandbox.file("bad-events.jsonl", [Self.event("b-2", operator: "erik"), "{"].joined(separator: "\n") + "\n")
        #expect(try sandbox.run(as: "admin", "queue", "events", events).status == 65)
        #expect(try count(sandbox, "SELECT COUNT(*) FROM contact") == 1)
        #expect(try count(sandbox, "SELECT COUNT(*) FROM audit_event WHERE action = 'recorded.on_behalf'") == 0)
    }

    @Test("An admin's import credits whom its lines name, audited once as recorded on their behalf")
    func adminImport() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.file("all.jsonl", [
            Self.contact("a-1", operator: "erik"), Self.contact("a-2", operator: "maria"), Self.contact("a-3", operator: "erik"),
        ].joined(separator: "\n") + "\n")
        let outcome = try sandbox.run(as: "admin", "import", file)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try count(sandbox, "SELECT COUNT(*) FROM contact WHERE operator = 'erik'") == 2)
        #expect(try count(sandbox, "SELECT COUNT(*) FROM audit_event WHERE action = 'recorded.on_behalf' AND actor = 'admin' AND details LIKE '%erik (2), maria (1)%'") == 1)
    }

    @Test("queue events: a file naming another operator is refused whole (77); --follow skips such lines and stores the rest (79)")
    func feeds() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--resolution", "resolved").status == 0)
        let file = try sandbox.file("events.jsonl", [Self.event("c-1", operator: "anna"), Self.event("c-2", operator: "erik")].joined(separator: "\n") + "\n")
        let whole = try sandbox.run("queue", "events", file)
        #expect(whole.status == 77 && whole.stderr.contains("events.jsonl:2:"), "\(whole.stderr)")
        #expect(try count(sandbox, "SELECT COUNT(*) FROM queue_call") == 0)

        let followed = try sandbox.run("queue", "events", "--follow", "-", input: Data((try String(contentsOfFile: file, encoding: .utf8)).utf8))
        #expect(followed.status == 79 && followed.stderr.contains("stdin:2:"), "\(followed.stderr)")
        #expect(try count(sandbox, "SELECT COUNT(*) FROM queue_call WHERE answered_by = 'erik'") == 0)
        #expect(try count(sandbox, "SELECT COUNT(*) FROM queue_call WHERE answered_by = 'anna'") == 1)

        // Every line someone else's: nothing stored, and a matter of role (77), as without --follow.
        let onlyOthers = try sandbox.run("queue", "events", "--follow", "-", input: Data((Self.event("c-9", operator: "erik") + "\n").utf8))
        #expect(onlyOthers.status == 77, "\(onlyOthers.stderr)")

        let admin = try sandbox.run(as: "admin", "queue", "events", file)
        #expect(admin.status == 0, "\(admin.stderr)")
        #expect(try count(sandbox, "SELECT COUNT(*) FROM queue_call WHERE answered_by = 'erik'") == 1)
    }
}
