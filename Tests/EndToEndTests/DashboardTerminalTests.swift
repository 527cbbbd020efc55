import Foundation
import Testing

/// The wallboard in a real terminal, watching other processes change the database.
@Suite("The dashboard in tmux, end to end", .endsWhatItStarts, .enabled(if: Tmux.available, "tmux is not installed (.ci/run installs it)"))
struct DashboardTerminalTests {
    let sandbox: Sandbox
    var supervisor: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.startSite()
        supervisor = sandbox
        supervisor.environment["USER"] = "maria"
    }

    func dashboard() throws -> Tmux { try supervisor.screen(["dashboard"]) }

    /// Waits up to two seconds for the channel table's row for `channel` to satisfy `check`,
    /// given the row's words (name, waiting, longest, …, contacts).
    func waitForRow(_ channel: String, in board: Tmux, check: ([String]) -> Bool) throws -> (found: Bool, screen: String) {
        try board.waitUntil(seconds: 2) { screen in
            let row = screen.split(separator: "\n").first { $0.hasPrefix(" \(channel) ") && $0.contains("%") }
            return row.map { check($0.split(separator: " ").map(String.init)) } ?? false
        }
    }

    @Test("A contact logged, a ticket taken and a phone event fed by other processes appear within 2 seconds")
    func followsOtherProcesses() throws {
        let board = try dashboard()
        let opened = try board.waitFor("Inga försenade ärenden.")
        #expect(opened.found && opened.screen.contains("läget just nu"), "screen:\n\(opened.screen)")

        try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--resolution", "resolved")
        var start = Date()
        let logged = try waitForRow("Telefon", in: board) { $0.last == "1" }
        #expect(logged.found, "screen:\n\(logged.screen)")
        #expect(Date().timeIntervalSince(start) < 2)

        try sandbox.run("queue", "take")
        start = Date()
        let ticket = try waitForRow("Besök", in: board) { $0.dropFirst().first == "1" }
        #expect(ticket.found, "screen:\n\(ticket.screen)")
        #expect(Date().timeIntervalSince(start) < 2)

        let event = #"{"at":"2026-11-23T09:00:00+01:00","channel":"phone","event":"offered","call_id":"c1"}"#
        let now = ISO8601DateFormatter().string(from: Date())
        try sandbox.run("queue", "events", "-", input: Data(event.replacingOccurrences(of: "2026-11-23T09:00:00+01:00", with: now).utf8))
        start = Date()
        let call = try waitForRow("Telefon", in: board) { $0.dropFirst().first == "1" }
        #expect(call.found, "screen:\n\(call.screen)")
        #expect(Date().timeIntervalSince(start) < 2)
        try board.keys("q")
        #expect(try board.waitFor("EXIT=0").found)
    }

    @Test("The supervisor starts an incident on the dashboard, the desk shows it within a second, and it ends")
    func incidentReachesTheDesk() throws {
        let desk = try sandbox.desk()
        #expect(try desk.waitFor("Välj station").found)
        try desk.keys("2")
        #expect(try desk.waitFor("Besök disk 1").found)

        let board = try dashboard()
        #expect(try board.waitFor("Anna Lindqvist").found, "the guide shows in the staff list")
        try board.keys("i")
        #expect(try board.waitFor("Att säga till medborgarna").found)
        try board.type("Vattenläcka")
        try board.keys("Tab")
        try board.type("Koka vattnet")
        try board.keys("Enter")
        #expect(try board.waitFor("visas nu på alla diskar").found)

        let start = Date()
        let banner = try desk.waitFor("DRIFTSTÖRNING: Vattenläcka · Koka vattnet", seconds: 2)
        #expect(banner.found, "screen:\n\(banner.screen)")
        #expect(Date().timeIntervalSince(start) < 1.5)

        // The guide tags a contact; the dashboard counts it.
        try desk.type("sopor")
        #expect(try desk.waitFor("▶ Avfall").found)
        try desk.keys("C-t")
        // The frame names the incident by its title, as the banner does (issue 17), not its tag.
        #expect(try desk.waitFor("störning: Vattenläcka").found)
        try desk.keys("Enter", "Enter")
        #expect(try desk.waitFor("sparad").found)
        #expect(try board.waitFor("Vattenläcka · 1 kontakt idag", seconds: 2).found)

        try board.keys("e")
        #expect(try board.waitFor("j = ja").found)
        try board.keys("j")
        #expect(try board.waitFor("är avslutad").found)
        #expect(try desk.waitUntil(seconds: 2) { !$0.contains("DRIFTSTÖRNING") }.found, "the banner leaves the desk")
        try desk.keys("F10")
        #expect(try desk.waitFor("EXIT=0").found)
        #expect(try board.waitFor("Ingen inloggad.", seconds: 2).found, "the guide logged out")
    }

    @Test("On the demo site a phone call waits past the target: the alert appears with the time it began, and goes when the call is answered")
    func waitPastTargetAlerts() throws {
        #expect(try sandbox.run(as: "admin", "demo", "--days", "2", "--per-day", "20").status == 0)
        let board = try supervisor.screen(["dashboard"], width: 120, height: 40)
        let opened = try board.waitFor("Servicenivå per timme idag")
        #expect(opened.found, "screen:\n\(opened.screen)")
        #expect(!opened.screen.contains("Telefon: någon har väntat längre än målet"), "screen:\n\(opened.screen)")

        // A caller in the phone queue since 90 seconds ago: past the 60-second target 30 seconds ago.
        let offered = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 - 90).rounded(.down))
        let event = #"{"at":"AT","channel":"phone","event":"offered","call_id":"e2e-wait"}"#
            .replacingOccurrences(of: "AT", with: ISO8601DateFormatter().string(from: offered))
        try sandbox.run("queue", "events", "-", input: Data(event.utf8))
        let began = DateFormatter()
        began.dateFormat = "HH:mm"
        began.timeZone = TimeZone(identifier: "Europe/Stockholm")
        let alert = try board.waitFor("Telefon: någon har väntat längre än målet (1:00)", seconds: 2)
        #expect(alert.found, "screen:\n\(alert.screen)")
        #expect(alert.screen.contains("LARM \(began.string(from: offered.addingTimeInterval(60)))"), "screen:\n\(alert.screen)")

        let answered = #"{"at":"AT","channel":"phone","event":"answered","call_id":"e2e-wait","operator":"anna"}"#
            .replacingOccurrences(of: "AT", with: ISO8601DateFormatter().string(from: Date()))
        try sandbox.run("queue", "events", "-", input: Data(answered.utf8))
        let gone = try board.waitUntil(seconds: 2) { !$0.contains("Telefon: någon har väntat längre än målet") }
        #expect(gone.found, "screen:\n\(gone.screen)")
        try board.keys("q")
        #expect(try board.waitFor("EXIT=0").found)
    }
}
