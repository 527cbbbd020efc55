import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Prompts and hints name keys, so they wrap instead of ending in "…" (in ASCII "~"): the
/// station chooser, the draft offer, the empty hand-over list, the empty repeat picker, the
/// waiting-draft line and the help's closing line, at 70×18 and 80×24, in both languages.
@Suite("Prompts wrap, never clipped")
struct PromptWrapTests {
    static let sizes = [Size(width: 70, height: 18), Size(width: 80, height: 24)]

    /// The screen's text with frames and margins taken off each row, rows joined by a space.
    static func read(_ buffer: Buffer) -> String {
        buffer.lines().map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "|+-─│┌┐└┘ ")) }.joined(separator: " ")
    }

    /// The text inside `box`, less its frame and margins, rows joined by a space.
    static func read(_ buffer: Buffer, in box: Rect) -> String {
        (box.y + 1..<box.maxY - 1).map { y in
            (box.x + 2..<box.maxX - 2).map { buffer[$0, y].text }.joined().trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
    }

    /// Each screen with the prompt it must show whole.
    static func screens(size: Size, language: Language) -> [(String, DeskModel, String)] {
        var screens: [(String, DeskModel, String)] = []
        let station = DeskFixtures.model(station: nil, size: size, language: language)
        screens.append(("station", station, station.text.chooseStation))
        var draft = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-300), channel: .phone, search: "altan")
        draft.categoryID = "bygglov"
        let offer = DeskFixtures.model(draft: draft, size: size, language: language)
        screens.append(("resume offer", offer, offer.text.resumeHint))
        var board = DeskFixtures.model(size: size, language: language)
        board.press(.function(7))
        board.update(.handoversLoaded([]))
        screens.append(("empty hand-over list", board, board.text.noHandoversHere))
        var picker = DeskFixtures.model(size: size, language: language)
        picker.type("sop")
        picker.press(.enter, .control("r"))
        picker.update(.repeatCandidatesLoaded([]))
        screens.append(("empty repeat picker", picker, picker.text.repeatNoCandidates))
        var idle = DeskFixtures.model(size: size, language: language)
        let waiting = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-600), channel: .phone, search: "förskola och kö")
        idle.laterDrafts = [waiting]
        screens.append(("a draft waiting", idle, idle.text.safety.draftsWaiting(1, category: "\"förskola och kö\"", started: "09:31")))
        var sectors = DeskFixtures.model(size: size, language: language)
        sectors.type("altan")
        sectors.press(.enter, .character("2"), .character("1"), .control("g"))
        sectors.type("qqqqqq")
        screens.append(("sector search, nothing found", sectors, sectors.text.forwarding.noSectorMatches))
        // The sentence read to the citizen, with the longest sector name of the fixtures.
        var made = DeskFixtures.model(size: size, language: language)
        made.type("altan")
        made.press(.enter, .character("2"), .character("1"))
        made.type("Bygglov?")
        if let contact = made.press(.function(9)).savedContact {
            made.update(.saved(id: 4, contact: contact))
            var handover = DeskHandoverTests.handover(1015, due: "2026-11-25", sector: "stadsbyggnad")
            handover.callback = Callback(phone: "070-123 45 67", email: "asa@example.se", preferredTime: "förmiddag")
            made.update(.handoverMade(contactID: 4, handover))
        }
        let parts = made.readAloudParts ?? (reference: "missing", promise: "missing")
        screens.append(("the reference read aloud", made, parts.reference))
        screens.append(("the promise read aloud", made, parts.promise))
        return screens
    }

    @Test("Each prompt is on the desk whole, in ASCII and in Unicode", arguments: sizes)
    func desk(size: Size) {
        for language in [Language.swedish, .english] {
            for (name, model, prompt) in Self.screens(size: size, language: language) {
                for glyphs in [Glyphs.ascii, .unicode] {
                    let buffer = model.view(theme: .monochrome, glyphs: glyphs)
                    let expected = glyphs.isASCII ? ASCIIFolding.fold(prompt) : prompt
                    #expect(Self.read(buffer).contains(expected),
                            "\(name) at \(size), \(language): \"\(expected)\"\n\(buffer.lines().joined(separator: "\n"))")
                }
            }
        }
    }

    @Test("The help's closing line is whole on the smallest dashboard and desk", arguments: [Language.swedish, .english])
    func helpClose(language: Language) {
        var board = DashboardTests.model(size: DashboardModel.minimumSize, language: language)
        board.press(.function(1))
        let dashboard = board.view(theme: .monochrome, glyphs: .ascii)
        #expect(Self.read(dashboard, in: board.helpLayout(ascii: true).box).contains(ASCIIFolding.fold(board.text.helpScrollAndClose)), "\(dashboard.lines().joined(separator: "\n"))")
        var desk = DeskFixtures.model(size: DeskModel.minimumSize, language: language)
        desk.press(.function(1))
        let help = desk.view(theme: .monochrome, glyphs: .ascii)
        #expect(Self.read(help, in: desk.helpLayout(ascii: true).box).contains(ASCIIFolding.fold(desk.text.helpScrollAndClose)), "\(help.lines().joined(separator: "\n"))")
    }
}
