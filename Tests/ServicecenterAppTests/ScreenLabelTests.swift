import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Labels that must say what the screen shows.
@Suite("Screen labels agree with what is drawn")
struct ScreenLabelTests {
    @Test("The dashboard's help describes the dim average bars it draws, not dots", arguments: [Language.swedish, .english])
    func dashboardBars(language: Language) {
        let help = dashboardStrings(for: language).helpLines.joined(separator: " ").lowercased()
        #expect(!help.contains("prick") && !help.contains("dots"))
        #expect(help.contains(language == .swedish ? "svag" : "dim"))
        // What the help says is what is drawn: the average bar is the dim one, right of today's.
        let model = DashboardTests.model()
        let buffer = model.view(theme: .color)
        #expect(buffer.cells.contains { $0.style.dim && $0.text != " " && !$0.text.isEmpty })
    }

    @Test("The repeat picker says its list and its field both take contact ids, and # marks a hand-over's id", arguments: [Language.swedish, .english])
    func repeatPicker(language: Language) {
        var model = DeskFixtures.model(language: language)
        model.type("sopor")
        model.press(.enter, .control("r"))
        model.update(.repeatCandidatesLoaded([DeskFixtures.contact(id: 12, minutesAgo: 30, category: "avfall")]))
        let screen = model.view(theme: .color).lines().joined(separator: "\n")
        if language == .swedish {
            #expect(screen.contains("Dina kontakter (kontakt-id, när, ärendetyp · utfall):"))
            #expect(screen.contains("Kontakt-id, eller #id för överlämnat ärende (F7):"))
            #expect(screen.contains("↑↓ Enter: välj i listan, eller skriv ett kontakt-id · Esc: tillbaka"))
            #expect(!screen.contains("Ärende-id:"))
        } else {
            #expect(screen.contains("Your contacts (contact id, when, category · outcome):"))
            #expect(screen.contains("Contact id, or #id of a hand-over (F7):"))
            #expect(screen.contains("↑↓ Enter: choose from the list, or type a contact id · Esc: back"))
        }
        #expect(screen.contains("12  09:11  Avfall"))
    }
}
