import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

@Suite("Desk: view")
struct DeskViewTests {
    /// A desk mid-contact: "förskla" typed, two earlier contacts today.
    func searching(size: Size) -> DeskModel {
        var model = DeskFixtures.model(size: size)
        model.recent = [
            DeskFixtures.contact(id: 2, minutesAgo: 6, resolution: .forwarded(to: "stadsbyggnad", reason: .needsCaseOfficer)),
            DeskFixtures.contact(id: 1, minutesAgo: 20, category: "avfall"),
        ]
        model.type("förskla")
        model.update(.tick(DeskFixtures.now.addingTimeInterval(72)))
        return model
    }

    @Test("80×24 while searching: matches with sectors, guidance, recent contacts, hints")
    func searching80x24() {
        let buffer = searching(size: Size(width: 80, height: 24)).view(theme: .color)
        assertSnapshot(buffer.lines(), named: "desk-searching-80x24")
        #expect(buffer.cursor != nil)
    }

    @Test("120×40 while searching puts the recent contacts beside the form")
    func searching120x40() {
        assertSnapshot(searching(size: Size(width: 120, height: 40)).view(theme: .color).lines(), named: "desk-searching-120x40")
    }

    @Test("The cramped minimum, 70×18, still shows the whole form, all three reasons included")
    func cramped() {
        var model = searching(size: Size(width: 70, height: 18))
        model.press(.enter, .character("2"))
        let lines = model.view(theme: .monochrome).lines()
        assertSnapshot(lines, named: "desk-forwarding-70x18")
        #expect(lines.contains { $0.contains("Orsak: 1 Handläggarbeslut  2 Ej kunnat svara  3 Medborgarens val") })
        #expect(lines.contains { $0.contains("Anteckning:") })
    }

    @Test("Below the minimum: a clear message, not garbage")
    func tooSmall() {
        let lines = searching(size: Size(width: 40, height: 10)).view(theme: .color).lines()
        #expect(lines.joined(separator: " ").contains("Terminalen är för liten (behöver 70×18, har 40×10)"))
    }

    @Test("Idle, in English, and the help overlay")
    func englishAndHelp() {
        var model = DeskFixtures.model(language: .english)
        assertSnapshot(model.view(theme: .color).lines(), named: "desk-idle-en-80x24")
        model.press(.function(1))
        // The help is longer than 24 rows now that nothing in it is cut: read it to its end.
        var help = model.view(theme: .color).lines()
        for _ in 0..<5 {
            model.press(.pageDown)
            help += model.view(theme: .color).lines()
        }
        // The fixture's site has no knowledge articles, so ^L is rightly left out of its help
        // (DeskKnowledgeTests covers the site with articles).
        for action in DeskAction.formActions where action != .knowledge {
            #expect(help.contains { $0.contains(action.keyName) }, "\(action) missing from help")
        }
        model.press(.escape, .function(7), .function(1))
        let boardHelp = model.view(theme: .color).lines()
        for action in DeskAction.handoverActions {
            #expect(boardHelp.contains { $0.contains(action.keyName) }, "\(action) missing from the hand-over list's help")
        }
        #expect(Set(DeskAction.formActions + DeskAction.handoverActions) == Set(DeskAction.allCases))
    }

    @Test("The station chooser and the resume offer")
    func stationAndResume() {
        assertSnapshot(DeskFixtures.model(station: nil).view(theme: .color).lines(), named: "desk-station-80x24")
        var draft = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-300), channel: .phone, search: "altan")
        draft.categoryID = "bygglov"
        let lines = DeskFixtures.model(draft: draft).view(theme: .color).lines()
        #expect(lines.contains { $0.contains("Ett osparat utkast finns från 09:36 (Bygglov).") })
    }

    @Test("Hostile text in a stored note is shown inert")
    func hostileNote() {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter, .function(6))
        model.type("a\u{1B}[2Jb")
        let buffer = model.view(theme: .color)
        let noteLine = buffer.lines().first { $0.contains("Anteckning:") } ?? ""
        #expect(noteLine.contains("a␛[2Jb"))
        #expect(!buffer.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B } })
    }

    @Test("Monochrome marks the selection with reverse video, not colour")
    func monochrome() {
        let buffer = searching(size: Size(width: 80, height: 24)).view(theme: .monochrome)
        let row = buffer.lines().firstIndex { $0.contains("▶ Förskoleplats") }!
        #expect(buffer.styles(row: row).contains { $0.reverse })
        #expect(buffer.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    }
}
