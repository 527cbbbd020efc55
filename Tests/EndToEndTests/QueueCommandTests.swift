import Foundation
import Testing
import TestSupport

/// `queue`, `incident` and `dashboard` from the command line, with real concurrent processes.
@Suite("Queues and incidents from the command line", .endsWhatItStarts)
struct QueueCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.startSite()
    }

    @Test("A kiosk takes tickets, a desk calls them in order, a no-show and a transfer keep the number")
    func ticketsFlow() throws {
        #expect(try sandbox.run("queue", "take").stdout.hasPrefix("B001  Besök · 0 före i kön"))
        #expect(try sandbox.run("queue", "take", "--service", "teknik").stdout.hasPrefix("B002  Besök · teknik · 1 före i kön"))
        let phone = try sandbox.run("queue", "take", "--channel", "phone")
        #expect(phone.status == 64 && phone.stderr.contains("queue events"))
        let unknown = try sandbox.run("queue", "take", "--service", "nope")
        #expect(unknown.status == 64 && unknown.stderr.contains("nope"))
        #expect(try sandbox.run("queue", "next", "--station", "Disk 1").stdout.hasPrefix("B001 kallad till Disk 1"))
        #expect(try sandbox.run("queue", "no-show", "B001").status == 0)
        let again = try sandbox.run("queue", "no-show", "B001")
        #expect(again.status == 65 && again.stderr.contains("uteblev av anna"))
        #expect(try sandbox.run("queue", "transfer", "B002", "--channel", "sign_language").stdout.contains("B002 flyttad till teckenspråk · teknik"))
        let list = try sandbox.run("queue", "--lang", "en")
        #expect(list.stdout.contains("B002") && list.stdout.contains("Sign language"))
        #expect(try sandbox.run("queue", "call", "B404").status == 66)
    }

    @Test("Eight desks pressing next at the same instant get eight different tickets")
    func concurrentNext() throws {
        for _ in 0..<8 { try sandbox.run("queue", "take") }
        let results = try (0..<8).map { index in
            try Child.launch(Sandbox.binary.path, ["queue", "next", "--station", "Disk \(index % 4 + 1)"], environment: sandbox.environment)
        }.map { try $0.finish() }
        #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
        let tickets = results.map { String($0.stdout.prefix(4)) }
        #expect(Set(tickets).count == 8, "\(tickets)")
        #expect(Set(tickets) == Set((1...8).map { String(format: "B%03d", $0) }))
        #expect(try sandbox.run("queue", "next").stdout.contains("Ingen väntar"))
    }

    @Test("Events: a bad file is refused whole with line numbers; sent twice counts once; --follow skips bad lines")
    func events() throws {
        let good = """
            {"at":"2026-11-23T09:00:00+01:00","channel":"phone","event":"offered","call_id":"c1"}
            {"at":"2026-11-23T09:00:40+01:00","channel":"phone","event":"answered","call_id":"c1","operator":"anna"}
            {"at":"2026-11-23T09:01:00+01:00","channel":"digital","event":"received","call_id":"m1"}
            """
        let bad = try sandbox.file("bad.jsonl", good + "\n{\"at\":\"nu\",\"channel\":\"phone\",\"event\":\"offered\",\"call_id\":\"c2\"}\n")
        let refused = try sandbox.run("queue", "events", bad)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad.jsonl:4: at: \"nu\""))
        #expect(refused.stderr.contains("inga köhändelser sparades"))
        let file = try sandbox.file("good.jsonl", good)
        #expect(try sandbox.run("queue", "events", file).stdout.contains("3 köhändelser sparade, 0 fanns redan."))
        #expect(try sandbox.run("queue", "events", file).stdout.contains("0 köhändelser sparade, 3 fanns redan."))
        let followed = try sandbox.run("queue", "events", "--follow", "-", input: Data((good + "\nnot json\n").utf8))
        #expect(followed.status == 79 && followed.stdout.contains("0 köhändelser sparade, 3 fanns redan."))
        #expect(followed.stderr.contains("stdin:4:"))
        // The contact logged for the answered call takes its wait from it.
        let logged = try sandbox.run(
            "log", "--channel", "phone", "--category", "avfall", "--resolution", "resolved", "--call-id", "c1",
            "--started", "2026-11-23T09:00:40+01:00", "--ended", "2026-11-23T09:03:00+01:00")
        #expect(logged.status == 0, "\(logged.stderr)")
    }

    @Test("Incidents need a supervisor; the dashboard refuses a guide with the role it needs")
    func roles() throws {
        let refused = try sandbox.run("incident", "start", "--title", "Vattenläcka")
        #expect(refused.status == 77 && refused.stderr.contains("supervisor"))
        var supervisor = sandbox
        supervisor.environment["USER"] = "maria"
        let started = try supervisor.run("incident", "start", "--title", "Vattenläcka", "--message", "Koka vattnet")
        #expect(started.status == 0 && started.stdout.contains("tagg vattenlacka"))
        #expect(try sandbox.run("incident").stdout.contains("vattenlacka"))
        #expect(try supervisor.run("incident", "end").stdout.contains("avslutad"))
        #expect(try supervisor.run("incident", "end", "1").status == 65)
        let dashboard = try sandbox.run("dashboard")
        #expect(dashboard.status == 77 && dashboard.stderr.contains("anna har rollen guide"))
    }
}
