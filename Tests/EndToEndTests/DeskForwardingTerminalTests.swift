import Foundation
import GRDB
import Testing

/// Issue 18 as a guide meets it, at 80×24 in a real terminal: forward a case with its matter
/// and a call-back number, read the reference and due date off the screen, and find the same
/// hand-over from the command line and in the database.
@Suite("The desk forwards a case in tmux, end to end", .endsWhatItStarts, .enabled(if: Tmux.available, "tmux is not installed (.ci/run installs it)"))
struct DeskForwardingTerminalTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    /// A day in Swedish words, written here apart from the desk's table so each checks the other.
    static func inWords(_ isoDay: String) -> String {
        let parts = isoDay.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
        let weekday = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"][calendar.component(.weekday, from: date) - 1]
        let month = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
                     "december"][parts[1] - 1]
        let thisYear = calendar.component(.year, from: Date())
        return "\(weekday) \(parts[2]) \(month)" + (parts[0] == thisYear ? "" : " \(parts[0])")
    }

    @Test("Forward with a matter and a phone number: the screen reads out the hand-over's id and due date; handovers show finds it; the store holds both")
    func forwardAndReadAloud() throws {
        let tmux = try sandbox.desk(width: 80, height: 24)
        #expect(try tmux.waitFor("Välj station och kanal").found)
        try tmux.keys("1")
        try tmux.type("bygglov")
        #expect(try tmux.waitFor("▶ Bygglov").found)
        try tmux.keys("Enter", "2", "1")
        let matterStep = try tmux.waitFor("Skriv ärendet")
        #expect(matterStep.found, "screen:\n\(matterStep.screen)")
        #expect(matterStep.screen.contains("Till: Stadsbyggnadsförvaltningen · senast"))
        try tmux.type("Behövs bygglov för inglasad altan?")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Telefonnummer för återkontakt").found)
        try tmux.type("070-123 45 67")
        try tmux.keys("F9")
        let saved = try tmux.waitFor("kontaktar dig senast")
        #expect(saved.found, "screen:\n\(saved.screen)")

        let row = try DatabaseQueue(path: sandbox.databasePath).read { db in
            try Row.fetchOne(db, sql: "SELECT id, due_date, matter, callback_phone, sector FROM handover")
        }
        let stored = try #require(row)
        let id: Int64 = stored["id"], due: String = stored["due_date"]
        #expect(stored["matter"] as String? == "Behövs bygglov för inglasad altan?")
        #expect(stored["callback_phone"] as String? == "070-123 45 67")
        #expect(stored["sector"] as String == "stadsbyggnad")
        // The sentence at 80 columns, whole: on one row when the due day's words are short enough
        // ("tisdag 1 december"), else the reference on its own row and then who and by when.
        let lines = saved.screen.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces) }
        let promise = "Stadsbyggnadsförvaltningen kontaktar dig senast \(Self.inWords(due))"
        let oneRow = lines.contains("Ärende \(id) · \(promise)")
        let twoRows = lines.contains("Ärende \(id)") && lines.contains(promise)
        #expect(oneRow || twoRows, "expected Ärende \(id) and \(promise) whole on:\n\(saved.screen)")
        #expect(saved.screen.contains("Återkontakt: 070-123 45 67"))
        #expect(!saved.screen.contains("…"), "nothing of it cut:\n\(saved.screen)")

        // The same number finds it from the command line.
        let shown = try sandbox.run("handovers", "show", String(id))
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Stadsbyggnadsförvaltningen"), "\(shown.stdout)")
        // Nothing of the case went into the contact's note.
        let note = try DatabaseQueue(path: sandbox.databasePath).read { try String.fetchOne($0, sql: "SELECT note FROM contact") }
        #expect(note == nil)

        // The sentence stays until the next contact starts.
        try tmux.keys("F7")
        #expect(try tmux.waitFor("Mina överlämnade ärenden").found)
        let board = try tmux.waitFor("Ärende: Behövs bygglov för inglasad altan?")
        #expect(board.found, "F7 shows the matter:\n\(board.screen)")
        #expect(board.screen.contains("#\(id): "), "F7 names it by the same number:\n\(board.screen)")
        try tmux.keys("F7")
        #expect(try tmux.waitFor("Ärende \(id)").found)
        try tmux.type("sop")
        let next = try tmux.waitUntil { !$0.contains("kontaktar dig senast") && $0.contains("Sök ärendetyp: sop") }
        #expect(next.found, "screen:\n\(next.screen)")
        // The repeat link's # takes the same number and finds the forwarded contact.
        let contactID = try DatabaseQueue(path: sandbox.databasePath).read { try Int64.fetchOne($0, sql: "SELECT contact_id FROM handover") }
        try tmux.keys("Enter", "C-r")
        #expect(try tmux.waitFor("Återkontakt: samma sak").found)
        try tmux.type("#\(id)")
        try tmux.keys("Enter")
        let linked = try tmux.waitFor("Återkontakt till \(contactID ?? -1) (^R tar bort)")
        #expect(linked.found, "screen:\n\(linked.screen)")
        // Quitting with the repeat contact open asks first; the second F10 quits with its draft kept.
        try tmux.keys("F10")
        #expect(try tmux.waitFor("F10 eller Ctrl-C igen avslutar").found)
        try tmux.keys("F10")
        #expect(try tmux.waitFor("EXIT=0").found)
    }
}
