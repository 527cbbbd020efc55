import Foundation
import GRDB
import Testing

/// Issue 17, as the guide met it in a real terminal: a word typed in the outcome step linked a
/// repeat contact and kept no text; Ctrl-C quit at once with a contact open; Esc at the draft
/// offer threw the draft away.
@Suite("The desk's safety rules in tmux, end to end", .endsWhatItStarts, .enabled(if: Tmux.available, "tmux is not installed (.ci/run installs it)"))
struct DeskSafetyTerminalTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    func rows(_ sql: String) throws -> [Row] {
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        return try queue.read { try Row.fetchAll($0, sql: sql) }
    }

    @Test("3, then typing \"Skatteverket\", then Enter, Enter: saved as referred to Skatteverket (the destination search took the word), linked to nothing")
    func skatteverket() throws {
        // An earlier contact the repeat picker would have offered.
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall").status == 0)
        let tmux = try sandbox.desk()
        #expect(try tmux.waitFor("Välj station och kanal").found)
        try tmux.keys("1")
        try tmux.type("sopor")
        #expect(try tmux.waitFor("▶ Avfall").found)
        try tmux.keys("Enter", "3")
        try tmux.type("Skatteverket")
        let typed = try tmux.waitFor("Sök: Skatteverket")
        #expect(typed.found, "screen:\n\(typed.screen)")
        #expect(typed.screen.contains("Hänvisa till"))
        #expect(!typed.screen.contains("Återkontakt: samma sak"), "the repeat picker must not open")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("→ Skatteverket").found)
        try tmux.keys("Enter")
        let saved = try tmux.waitFor("Kontakt 2 sparad.")
        #expect(saved.found, "screen:\n\(saved.screen)")
        let stored = try rows("SELECT resolution, referred_to, note, repeat_of FROM contact WHERE id = 2")
        #expect(stored.first?["resolution"] == "referred")
        #expect(stored.first?["referred_to"] == "skatteverket")
        #expect((stored.first?["note"] as String?) == nil)
        #expect((stored.first?["repeat_of"] as Int64?) == nil)
        try tmux.keys("F10")
        #expect(try tmux.waitFor("EXIT=0").found)
    }

    @Test("Ctrl-C with a contact open asks; the second quits with 130, the terminal says the draft is kept; Esc at the offer keeps it for later")
    func controlCKeepsTheDraft() throws {
        do {
            // As under a login shell, which ignores SIGINT itself: Ctrl-C reaches only the desk.
            let pane = try QuitSignalAndHangupTests.Pane(sandbox: sandbox, prelude: "trap '' INT")
            #expect(pane.waitFor("Välj station och kanal").found)
            try pane.keys("1")
            try pane.type("sopor")
            #expect(pane.waitFor("▶ Avfall").found)
            try pane.keys("Enter", "F6")
            try pane.type("Kärlet är trasigt")
            #expect(pane.waitFor("Anteckning: Kärlet är trasigt").found)
            try pane.keys("C-c")
            let asked = pane.waitFor("Kontakt öppen: F10 eller Ctrl-C igen avslutar (utkastet sparas)")
            #expect(asked.found, "screen:\n\(asked.screen)")
            Thread.sleep(forTimeInterval: 0.3)
            #expect(pane.screen().contains("Anteckning: Kärlet är trasigt"), "one Ctrl-C must not quit")
            try pane.keys("C-c")
            #expect(pane.file(pane.exitFile) == "EXIT=130\n", "screen:\n\(pane.screen())")
            #expect(pane.file(pane.modesFile) == "TTY=icanon,echo\n")
            // The line wraps at the pane's width; the words are what matter.
            let told = pane.waitFor("Utkastet från")
            let words = told.screen.replacingOccurrences(of: "\n", with: "")
            #expect(words.contains("(Avfall och sophämtning) är sparat och erbjuds när disken startar nästa gång."), "screen:\n\(told.screen)")
        }
        #expect(try rows("SELECT payload FROM desk_draft").first.map { ($0["payload"] as String).contains("Kärlet") } == true)

        // Next start: the offer; Esc keeps it for later while a new contact is logged.
        let tmux = try sandbox.desk()
        let offer = try tmux.waitFor("Ett osparat utkast finns")
        #expect(offer.found && offer.screen.contains("Esc: senare"), "screen:\n\(offer.screen)")
        try tmux.keys("Escape")
        let waiting = try tmux.waitFor("Ctrl-O tar fram det.")
        #expect(waiting.found, "screen:\n\(waiting.screen)")
        try tmux.type("bygglov")
        #expect(try tmux.waitFor("▶ Bygglov").found)
        try tmux.keys("Enter", "Enter")
        #expect(try tmux.waitFor("Kontakt 1 sparad.").found)
        #expect(try rows("SELECT payload FROM desk_draft").first.map { ($0["payload"] as String).contains("Kärlet") } == true,
                "the draft set aside is stored again after the save")
        try tmux.keys("C-o")
        let back = try tmux.waitFor("(Avfall och sophämtning)")
        #expect(back.found, "screen:\n\(back.screen)")
        try tmux.keys("Enter")
        let resumed = try tmux.waitFor("Anteckning: Kärlet är trasigt")
        #expect(resumed.found, "screen:\n\(resumed.screen)")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Kontakt 2 sparad.").found)
        #expect(try rows("SELECT payload FROM desk_draft").isEmpty)
        let notes = try rows("SELECT note FROM contact ORDER BY id").map { $0["note"] as String? }
        #expect(notes == [nil, "Kärlet är trasigt"])
    }
}
