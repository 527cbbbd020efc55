import Foundation
import GRDB
import Testing

/// The desk in a real terminal (tmux), driven with keys and read back from the screen.
@Suite("The desk in tmux, end to end", .endsWhatItStarts, .enabled(if: Tmux.available, "tmux is not installed (.ci/run installs it)"))
struct DeskTerminalTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    func startDesk(width: Int = 100, height: Int = 30, extra: [String: String] = [:]) throws -> Tmux {
        try sandbox.desk(width: width, height: height, extra: extra)
    }

    func contacts() throws -> [Row] {
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        return try queue.read { try Row.fetchAll($0, sql: "SELECT channel, category, resolution, forward_reason, operator, note FROM contact ORDER BY id") }
    }

    @Test("A phone contact about a building permit in a handful of keys, and it is in the database")
    func logOne() throws {
        let tmux = try startDesk()
        #expect(try tmux.waitFor("Välj station och kanal").found)
        try tmux.keys("1")
        #expect(try tmux.waitFor("Börja skriva ett sökord").found)
        try tmux.type("byglov")
        let typed = try tmux.waitFor("▶ Bygglov")
        #expect(typed.found, "screen:\n\(typed.screen)")
        #expect(typed.screen.contains("Vägledning: Förklara när bygglov krävs"))
        try tmux.keys("Enter")
        try tmux.keys("Enter")
        let saved = try tmux.waitFor("Kontakt 1 sparad.")
        #expect(saved.found, "screen:\n\(saved.screen)")
        #expect(saved.screen.contains("Telefon  Bygglov  ·  Löst vid första kontakt"))
        let rows = try contacts()
        #expect(rows.count == 1)
        #expect(rows.first?["channel"] == "phone")
        #expect(rows.first?["category"] == "bygglov")
        #expect(rows.first?["resolution"] == "resolved")
        #expect(rows.first?["operator"] == "anna")
        try tmux.keys("F10")
        #expect(try tmux.waitFor("EXIT=0").found)
    }

    @Test("kill -9 in the middle of a contact: the next start offers the draft, note, matter and call-back number and all")
    func resumeAfterKill() throws {
        do {
            let tmux = try startDesk()
            #expect(try tmux.waitFor("Välj station").found)
            try tmux.keys("1")
            try tmux.type("altan")
            #expect(try tmux.waitFor("▶ Bygglov").found)
            try tmux.keys("Enter")
            try tmux.keys("2")
            try tmux.keys("1")
            // The hand-over's matter and call-back number are kept in the draft too.
            try tmux.type("Bygglov för altan?")
            try tmux.keys("Enter")
            try tmux.type("070-123 45 67")
            #expect(try tmux.waitFor("Telefon: 070-123 45 67").found)
            try tmux.keys("F6")
            try tmux.type("Vill bygga altan, åäö")
            #expect(try tmux.waitFor("Anteckning: Vill bygga altan, åäö").found)
            Thread.sleep(forTimeInterval: 0.3)
            kill(try tmux.programPID(), SIGKILL)
            #expect(try tmux.waitFor("EXIT=137").found)
        }
        let tmux = try startDesk()
        let offer = try tmux.waitFor("Ett osparat utkast finns")
        #expect(offer.found, "screen:\n\(offer.screen)")
        #expect(offer.screen.contains("(Bygglov)"))
        try tmux.keys("Enter")
        let resumed = try tmux.waitFor("Anteckning: Vill bygga altan, åäö")
        #expect(resumed.found, "screen:\n\(resumed.screen)")
        #expect(resumed.screen.contains("Ärende: Bygglov för altan?") && resumed.screen.contains("Telefon: 070-123 45 67"),
                "screen:\n\(resumed.screen)")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Kontakt 1 sparad.").found)
        let rows = try contacts()
        #expect(rows.first?["resolution"] == "forwarded")
        #expect(rows.first?["forward_reason"] == "needs_case_officer")
        #expect(rows.first?["note"] == "Vill bygga altan, åäö")
        let handover = try DatabaseQueue(path: sandbox.databasePath).read { try Row.fetchOne($0, sql: "SELECT matter, callback_phone FROM handover") }
        #expect(handover?["matter"] as String? == "Bygglov för altan?")
        #expect(handover?["callback_phone"] as String? == "070-123 45 67")
    }

    @Test("Resizing mid-typing: too small says so, and growing back keeps what was typed")
    func resize() throws {
        let tmux = try startDesk()
        #expect(try tmux.waitFor("Välj station").found)
        try tmux.keys("1")
        try tmux.type("förs")
        #expect(try tmux.waitFor("Sök ärendetyp: förs").found)
        try tmux.resize(width: 50, height: 12)
        let small = try tmux.waitFor("för liten")
        #expect(small.found, "screen:\n\(small.screen)")
        try tmux.resize(width: 140, height: 40)
        let big = try tmux.waitFor("Sök ärendetyp: förs")
        #expect(big.found, "screen:\n\(big.screen)")
        #expect(big.screen.contains("Mina kontakter idag"))
        try tmux.type("kola")
        #expect(try tmux.waitFor("Sök ärendetyp: förskola").found)
    }

    @Test("SIGTERM, SIGHUP and SIGINT end the desk and leave the terminal as it was", arguments: [SIGTERM, SIGHUP, SIGINT])
    func signalsRestoreTerminal(signal: Int32) throws {
        let tmux = try startDesk()
        #expect(try tmux.waitFor("Välj station").found)
        try tmux.keys("1")
        try tmux.type("sop")
        #expect(try tmux.waitFor("Sök ärendetyp: sop").found)
        let desk = try tmux.programPID()
        kill(desk, signal)
        if signal == SIGINT {
            // Ctrl-C with a contact open asks first; the second one ends the desk.
            let asked = try tmux.waitFor("F10 eller Ctrl-C igen avslutar")
            #expect(asked.found, "screen:\n\(asked.screen)")
            kill(desk, signal)
        }
        let ended = try tmux.waitFor("EXIT=\(128 + signal)")
        #expect(ended.found, "screen:\n\(ended.screen)")
        // Back in cooked mode: canonical input and echo are on again.
        let modes = try tmux.waitFor("TTY=")
        #expect(modes.screen.contains("TTY=icanon,echo"), "screen:\n\(modes.screen)")
    }

    @Test("F-keys work whatever TERM says: xterm-256color, screen, linux, vt100",
          arguments: ["xterm-256color", "screen", "linux", "vt100"])
    func functionKeys(term: String) throws {
        let tmux = try startDesk(extra: ["TERM": term])
        #expect(try tmux.waitFor("Välj station").found)
        try tmux.keys("1")
        try tmux.keys("F1")
        // "Valfri tangent stänger hjälpen." or, when the help scrolls, "… annan tangent stänger hjälpen."
        let help = try tmux.waitFor("tangent stänger hjälpen.")
        #expect(help.found, "TERM=\(term), screen:\n\(help.screen)")
        try tmux.keys("Escape")
        try tmux.keys("F10")
        let ended = try tmux.waitFor("EXIT=0")
        #expect(ended.found, "TERM=\(term), screen:\n\(ended.screen)")
    }

    @Test("Under a non-UTF-8 locale the desk says so in words that read right, and draws ASCII, transliterating å, ä, ö and every glyph")
    func asciiLocale() throws {
        let tmux = try startDesk(extra: ["LANG": "C", "LC_ALL": "C"])
        let screen = try tmux.waitFor("Terminalen saknar UTF-8: svenska tecken visas utan prickar och ringar.")
        #expect(screen.found, "screen:\n\(screen.screen)")
        #expect(screen.screen.contains("+ Valj station och kanal for passet -"))
        #expect(screen.screen.contains("| Valj station och kanal for passet (^v och Enter, eller siffra):"))
        #expect(!screen.screen.contains("┌"))
        try tmux.keys("2")
        let title = try tmux.waitFor("Servicecenter - Anna Lindqvist - Besok disk 1 | Tillganglig")
        #expect(title.found, "screen:\n\(title.screen)")
        #expect(!title.screen.contains("?"), "no glyph left without an ASCII form:\n\(title.screen)")
        #expect(title.screen.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("An unknown login user gets a message naming the file to edit")
    func unknownUser() throws {
        let tmux = try startDesk(extra: ["USER": "kalle"])
        let screen = try tmux.waitFor("EXIT=78")
        #expect(screen.found, "screen:\n\(screen.screen)")
        #expect(screen.screen.contains("\"kalle\""))
        #expect(screen.screen.contains("operators.toml"))
    }
}
