import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// A non-UTF-8 terminal (LANG=C) shows only ASCII: every glyph of every screen needs a
/// fallback, and Swedish letters are transliterated, never shown as "?".
@Suite("Screens in ASCII")
struct ScreensInASCIITests {
    /// Every cell one printable ASCII character; returns the cells that are not.
    static func nonASCII(_ buffer: Buffer) -> [String] {
        var found: [String] = []
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                let text = buffer[x, y].text
                if text.count != 1 || !text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
                    found.append("(\(x),\(y)) \(text.debugDescription)")
                }
            }
        }
        return found
    }

    /// The desk in each of its states, with incidents, notices, a note with å, ä, ö and a
    /// queue, so every glyph the desk draws is on some screen.
    static func deskScreens(size: Size, language: Language) -> [(String, DeskModel)] {
        var screens: [(String, DeskModel)] = []
        let incidents = [DeskReadAloudTests.longIncident, DeskReadAloudTests.secondIncident]
        func desk(_ station: Station? = DeskQueueTests.visitDesk, draft: ContactForm? = nil) -> DeskModel {
            var model = DeskFixtures.model(station: station, draft: draft, size: size, language: language)
            model.recent = [
                DeskFixtures.contact(id: 2, minutesAgo: 6, resolution: .forwarded(to: "stadsbyggnad", reason: .needsCaseOfficer)),
                DeskFixtures.contact(id: 1, minutesAgo: 20, category: "avfall"),
            ]
            model.update(.liveLoaded(waiting: 3, incidents: incidents))
            model.notice = .init(kind: .warning, text: model.text.notUTF8)
            return model
        }
        screens.append(("station", desk(nil)))
        var draft = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-300), channel: .visit, search: "altan")
        draft.categoryID = "bygglov"
        screens.append(("resume offer", desk(draft: draft)))
        screens.append(("idle", desk()))
        var model = desk()
        model.update(.ticketCalled(DeskQueueTests.calledTicket()))
        model.type("förskla")
        screens.append(("searching", model))
        model.press(.enter)
        model.press(.control("t"))
        screens.append(("outcome", model))
        model.press(.character("2"))
        screens.append(("reason", model))
        model.press(.character("1"))
        model.type("Åsa Öberg ringer om förskolan – “snart” …")
        screens.append(("matter", model))
        model.press(.control("g"))
        model.type("stadsbyg")
        screens.append(("sector search", model))
        model.press(.escape, .escape, .function(6))
        model.type("Åsa Öberg ringer om förskolan – “snart” …")
        screens.append(("note", model))
        model.press(.escape, .control("r"))
        model.update(.repeatCandidatesLoaded([DeskFixtures.contact(id: 1, minutesAgo: 20, category: "avfall")]))
        screens.append(("repeat picker", model))
        model.press(.escape, .function(1))
        screens.append(("help", model))
        var queue = desk()
        queue.press(.control("k"))
        var waiting = DeskQueueTests.calledTicket()
        waiting.ticket = "B043"
        queue.update(.waitingTicketsLoaded([waiting]))
        screens.append(("queue list", queue))
        var board = desk()
        board.press(.function(7))
        board.update(.handoversLoaded(DeskHandoverTests.items))
        screens.append(("hand-overs", board))
        board.press(.function(1))
        screens.append(("hand-over help", board))
        return screens
    }

    @Test("Every desk screen drawn with the ASCII glyphs holds only printable ASCII",
          arguments: [(Size(width: 70, height: 18), Language.swedish), (Size(width: 80, height: 24), .swedish),
                      (Size(width: 120, height: 40), .english), (Size(width: 160, height: 40), .swedish)])
    func desk(size: Size, language: Language) {
        for (name, model) in Self.deskScreens(size: size, language: language) {
            let buffer = model.view(theme: .monochrome, glyphs: .ascii)
            let bad = Self.nonASCII(buffer)
            #expect(bad.isEmpty, "\(name) at \(size): \(bad.prefix(5))\n\(buffer.lines().joined(separator: "\n"))")
            // A "?" the Unicode screen does not have is a character that found no transliteration.
            let marks = buffer.lines().joined().filter { $0 == "?" }.count
            let unicodeMarks = model.view(theme: .monochrome, glyphs: .unicode).lines().joined().filter { $0 == "?" }.count
            #expect(marks == unicodeMarks, "\(name) at \(size): a ? where a transliteration belongs\n\(buffer.lines().joined(separator: "\n"))")
        }
    }

    @Test("The title reads with dashes, not question marks, and the notice reads right in ASCII")
    func titleAndNotice() {
        let lines = DeskFixtures.model().view(theme: .color, glyphs: .ascii).lines()
        #expect(lines[0].hasPrefix(" Servicecenter - Anna Lindqvist - Telefon | Tillg"))
        for language in [Language.swedish, .english] {
            let notice = deskStrings(for: language).notUTF8
            #expect(ASCIIFolding.fold(notice) == notice, "written in ASCII, so it reads the same on the terminal it is meant for")
            #expect(!notice.contains("a, a, o"))
        }
    }

    @Test("Every dashboard screen drawn with the ASCII glyphs holds only printable ASCII",
          arguments: [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 160, height: 48)])
    func dashboard(size: Size) {
        var model = DashboardTests.model(size: size)
        var live = DashboardTests.live
        live.incidents.append(DeskReadAloudTests.secondIncident)
        model.update(.loaded(live))
        var screens: [(String, DashboardModel)] = [("board", model)]
        model.press(.function(1))
        screens.append(("help", model))
        model.press(.escape, .character("i"))
        model.incidentTitle.set("Vattenläcka – Örebro")
        screens.append(("incident form", model))
        model.press(.escape, .character("e"))
        screens.append(("confirm end", model))
        for (name, model) in screens {
            let buffer = model.view(theme: .monochrome, glyphs: .ascii)
            let bad = Self.nonASCII(buffer)
            #expect(bad.isEmpty, "\(name) at \(size): \(bad.prefix(5))\n\(buffer.lines().joined(separator: "\n"))")
        }
    }
}

extension DashboardModel {
    mutating func press(_ keys: Key...) {
        for key in keys { update(.key(key)) }
    }
}
