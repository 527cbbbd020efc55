import Foundation
import Testing

/// The desk's hand-over list and repeat link in a real terminal, checked against the command line.
@Suite("The desk's hand-overs in tmux, end to end", .endsWhatItStarts, .enabled(if: Tmux.available, "tmux is not installed (.ci/run installs it)"))
struct DeskHandoverTerminalTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    @Test("Forward at the desk, F7 lists it like `handovers` does, Enter (asked, Enter again) records the callback, Ctrl-R links a repeat contact")
    func forwardListCallBackAndRepeat() throws {
        // One overdue hand-over from the Thursday before Easter, logged from the command line.
        let old = try sandbox.run(
            "log", "--channel", "phone", "--category", "avfall", "--resolution", "forwarded", "--reason", "could_not_answer",
            "--matter", "Kärlet har inte tömts", "--started", "2026-04-02T09:55:00+02:00", "--ended", "2026-04-02T10:00:00+02:00")
        #expect(old.status == 0)

        let tmux = try sandbox.desk()
        #expect(try tmux.waitFor("Välj station och kanal").found)
        try tmux.keys("1")
        try tmux.type("bygglov")
        #expect(try tmux.waitFor("▶ Bygglov").found)
        try tmux.keys("Enter", "2", "1")
        // A hand-over needs its matter: the cursor is in it after the reason.
        try tmux.type("Fråga om bygglov för garage")
        try tmux.keys("F9")
        #expect(try tmux.waitFor("Kontakt 2 sparad.").found)

        try tmux.keys("F7")
        // Wait for a row, not the title: under load tmux may show a frame half drawn.
        let list = try tmux.waitFor("Stadsbyggnadsförvaltningen · Bygglov")
        #expect(list.found && list.screen.contains("Mina överlämnade ärenden"), "screen:\n\(list.screen)")
        #expect(list.screen.contains("2026-04-08  Öppet") && list.screen.contains("Tekniska förvaltningen · Avfall"))
        #expect(list.screen.contains("Stadsbyggnadsförvaltningen · Bygglov"))
        // The overdue filter shows what `handovers --overdue` prints.
        try tmux.keys("o")
        // Until the old rows are gone too: the filter's title may be drawn before them.
        let overdue = try tmux.waitUntil { $0.contains("bara försenade") && !$0.contains("Bygglov") }
        #expect(overdue.found)
        #expect(!overdue.screen.contains("Bygglov"))
        let command = try sandbox.run("handovers", "--overdue", "--format", "csv").stdout.split(separator: "\r\n")
        #expect(command.count == 2 && command[1].hasPrefix("1,1,teknik,avfall,"))

        // Enter asks first; Enter again records the call-back.
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Registrera återkoppling på ärende 1?").found)
        try tmux.keys("Enter")
        let called = try tmux.waitFor("Ärende 1: återkoppling till medborgaren registrerad.")
        #expect(called.found, "screen:\n\(called.screen)")
        #expect(try sandbox.run("handovers", "show", "1").stdout.contains("anna  medborgaren återkontaktad"))

        // A repeat contact about the building permit, linked by contact id 2 (the number the picker lists).
        try tmux.keys("Escape")
        try tmux.type("bygglov")
        #expect(try tmux.waitFor("▶ Bygglov").found)
        try tmux.keys("Enter", "C-r")
        #expect(try tmux.waitFor("Återkontakt: samma sak").found)
        try tmux.type("2")
        try tmux.keys("Enter")
        let linked = try tmux.waitFor("Återkontakt till 2 (^R tar bort)")
        #expect(linked.found, "screen:\n\(linked.screen)")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Kontakt 3 sparad.").found)
        try tmux.keys("F10")
        #expect(try tmux.waitFor("EXIT=0").found)
    }
}
