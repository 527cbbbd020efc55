import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import ServicecenterStore
import TerminalUI

/// Hostile input to the desk: random keys (escape sequences as keys, control characters,
/// pastes of long text, wide and combining characters), resizes from 1×1 to 300×100, and the
/// store answering saves, failures and lists at random. The model must keep its invariants
/// and the view must draw a buffer of exactly the screen's size every time.
@Suite("Desk: monkey test")
struct DeskMonkeyTests {
    static let keyCount = 100_000

    static let characters: [Character] = Array("abcdefghijklmnopqrstuvwxyzåäöÅÄÖ 0123456789-+@.,:;!?/\\\"'")
        + ["\u{0}", "\u{7}", "\u{1b}", "\t", "\n", "\r", "\u{7f}", "界", "😀", "e\u{301}", "\u{200b}", "\u{202e}"]

    static func randomKey(_ random: inout SeededGenerator) -> Key {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<55: .character(characters.randomElement(using: &random)!)
        case 55..<62: .enter
        case 62..<67: .escape
        case 67..<72: .backspace
        case 72..<74: .delete
        case 74..<77: .tab
        case 77..<78: .backTab
        case 78..<84: [.up, .down, .left, .right].randomElement(using: &random)!
        case 84..<87: [.home, .end, .pageUp, .pageDown].randomElement(using: &random)!
        case 87..<93: .function(Int.random(in: 1...12, using: &random))
        case 93..<99: .control(Character(UnicodeScalar(UInt8.random(in: 0x61...0x7a, using: &random))))
        default: .resize
        }
    }

    /// What the effect runner might answer, picked at random among plausible replies.
    static func replies(to effects: [DeskEffect], model: DeskModel, nextID: inout Int64, random: inout SeededGenerator) -> [DeskMessage] {
        var messages: [DeskMessage] = []
        for effect in effects {
            switch effect {
            case .saveContact(let contact), .updateContact(let contact):
                if Bool.random(using: &random) || Int.random(in: 0..<10, using: &random) > 2 {
                    nextID += 1
                    messages.append(.saved(id: contact.id ?? nextID, contact: contact))
                } else {
                    messages.append(.saveFailed(.locked(database: "/tmp/x.sqlite", waitedMilliseconds: 5000)))
                }
            case .loadRecent:
                let count = Int.random(in: 0...30, using: &random)
                messages.append(.recentLoaded((0..<count).map { index in
                    DeskFixtures.contact(id: Int64(index + 1), minutesAgo: Double(index * 7), category: ["bygglov", "avfall", "forskoleplats"][index % 3])
                }))
            case .loadHandovers:
                let count = Int.random(in: 0...40, using: &random)
                messages.append(.handoversLoaded((0..<count).map { index in
                    DeskHandoverTests.handover(Int64(index + 1), due: index % 2 == 0 ? "2026-11-19" : "2026-11-30")
                }))
            case .loadRepeatCandidates:
                let count = Int.random(in: 0...12, using: &random)
                messages.append(.repeatCandidatesLoaded((0..<count).map { DeskFixtures.contact(id: Int64($0 + 1), minutesAgo: Double($0 * 60 + 5)) }))
            case .lookUpHandover(let id):
                messages.append(.handoverLookedUp(id: id, Bool.random(using: &random) ? DeskHandoverTests.handover(id, due: "2026-11-25") : nil))
            case .lookUpContact(let id):
                messages.append(.contactLookedUp(id: id, Bool.random(using: &random) ? DeskFixtures.contact(id: id, minutesAgo: 30) : nil))
            case .loadLive:
                let incidents = Bool.random(using: &random)
                    ? [Incident(id: 1, tag: "vattenlacka", title: "Vattenläcka", message: String(repeating: "Koka vattnet. ", count: 20),
                                startedAt: DeskFixtures.now, startedBy: "maria")]
                    : []
                messages.append(.liveLoaded(waiting: Int.random(in: -1...500, using: &random) < 0 ? nil : 7, incidents: incidents))
            case .callNextTicket:
                messages.append(.ticketCalled(Bool.random(using: &random) ? DeskQueueTests.calledTicket() : nil))
            case .loadWaitingTickets:
                messages.append(.waitingTicketsLoaded((0..<Int.random(in: 0...25, using: &random)).map { index in
                    var call = DeskQueueTests.calledTicket(wait: Double(index * 30))
                    call.ticket = "B\(100 + index)"
                    return call
                }))
            case .recordUnmatchedSearch:
                if Bool.random(using: &random) { messages.append(.unmatchedSearchNotCounted(.locked(database: "/tmp/x", waitedMilliseconds: 1))) }
            case .recordCallback(let id):
                messages.append(Bool.random(using: &random) ? .handoverChanged(DeskHandoverTests.handover(id, due: "2026-11-25")) : .lookupFailed(.locked(database: "/tmp/x", waitedMilliseconds: 1)))
            case .callTicket, .markNoShow, .transferTicket:
                messages.append(.ticketChanged("B042"))
            case .loadHandoverHistory(let id):
                messages.append(.handoverHistoryLoaded(id: id, [HandoverHistoryEntry(at: DeskFixtures.now, by: "lena", event: .closed, note: String(repeating: "Beviljat. ", count: Int.random(in: 0...30, using: &random)))]))
            case .loadHandoverMade(let id):
                messages.append(.handoverMade(contactID: id, Bool.random(using: &random) ? DeskHandoverTests.handover(id, due: "2026-11-25") : nil))
            case .saveDraft, .deleteDraft, .rememberStation, .quit:
                break
            }
        }
        return messages
    }

    static func checkInvariants(_ model: DeskModel) -> [String] {
        var broken: [String] = []
        if !(model.categoryList.matches.isEmpty ? model.categoryList.selected == 0 : model.categoryList.matches.indices.contains(model.categoryList.selected)) {
            broken.append("selectedMatch \(model.categoryList.selected) of \(model.categoryList.matches.count)")
        }
        if let picker = model.stationPicker, !model.stations.indices.contains(picker.selection) { broken.append("stationSelection \(picker.selection)") }
        if let picker = model.repeatPicker, !(picker.candidates.isEmpty || picker.candidates.indices.contains(picker.selection)) {
            broken.append("repeatSelection \(picker.selection) of \(picker.candidates.count)")
        }
        if let list = model.ticketList, !(list.tickets.isEmpty || list.tickets.indices.contains(list.selection)) {
            broken.append("ticketSelection \(list.selection) of \(list.tickets.count)")
        }
        if model.note.text.count > ContactValidator.noteLimit { broken.append("note of \(model.note.text.count) characters") }
        if model.search.text.count > 80 { broken.append("search of \(model.search.text.count) characters") }
        if [.outcome, .reason, .note, .repeatLink].contains(model.focus), model.form == nil { broken.append("focus \(model.focus) without a form") }
        return broken
    }

    @Test("100,000 random keys, resizes and store replies: no crash, invariants hold, every frame fits the screen")
    func monkey() {
        var random = SeededGenerator(seed: 2026_11_23)
        var model = DeskFixtures.model()
        var nextID: Int64 = 100
        var problems: [String] = []
        var frames = 0
        for step in 0..<Self.keyCount {
            var key = Self.randomKey(&random)
            var effects: [DeskEffect] = []
            if key == .resize {
                let size = Size(width: Int.random(in: 1...300, using: &random), height: Int.random(in: 1...100, using: &random))
                effects += model.update(.resized(size))
                key = .character("x")
            } else if Int.random(in: 0..<2_000, using: &random) == 0 {
                // A paste: a burst of text longer than the search field, up to a note's limit.
                let paste = String((0..<Int.random(in: 100...2_000, using: &random)).map { _ in Self.characters.randomElement(using: &random)! })
                effects += model.type(paste)
            }
            if Int.random(in: 0..<50, using: &random) == 0 {
                effects += model.update(.tick(model.now.addingTimeInterval(Double.random(in: 0...900, using: &random))))
            }
            effects += model.update(.key(key))
            for reply in Self.replies(to: effects, model: model, nextID: &nextID, random: &random) {
                _ = model.update(reply)
            }
            let broken = Self.checkInvariants(model)
            if !broken.isEmpty, problems.count < 10 { problems.append("step \(step) after \(key): \(broken.joined(separator: ", "))") }
            // Drawing every frame at up to 300×100 would take minutes in a debug build; every
            // 50th frame still draws two thousand screens of every size.
            if step % 50 == 0 || effects.contains(where: { if case .rememberStation = $0 { true } else { false } }) {
                let buffer = model.view(theme: step % 2 == 0 ? .color : .monochrome)
                frames += 1
                if buffer.size != model.size || buffer.lines().count != model.size.height, problems.count < 10 {
                    problems.append("step \(step): frame \(buffer.size) for a \(model.size) screen")
                }
            }
        }
        #expect(problems == [])
        #expect(frames >= Self.keyCount / 50)
    }

    @Test("Every terminal size from 1×1 to 300×100 draws, with a contact open and the help shown", arguments: [false, true])
    func everySize(help: Bool) {
        var model = DeskFixtures.model()
        model.type("altan")
        model.press(.enter, .character("2"), .character("1"), .function(6))
        model.type("Ringer om bygglov för altan, 811218-9876")
        if help { model.press(.function(1)) }
        var wrong: [String] = []
        for width in stride(from: 1, through: 300, by: 7) {
            for height in stride(from: 1, through: 100, by: 3) {
                _ = model.update(.resized(Size(width: width, height: height)))
                let buffer = model.view(theme: .color)
                if buffer.size != Size(width: width, height: height) { wrong.append("\(width)×\(height)") }
            }
        }
        for size in [Size(width: 1, height: 1), Size(width: 300, height: 100), Size(width: 69, height: 17), Size(width: 70, height: 18)] {
            _ = model.update(.resized(size))
            if model.view(theme: .monochrome).size != size { wrong.append("\(size)") }
        }
        #expect(wrong == [])
    }
}
