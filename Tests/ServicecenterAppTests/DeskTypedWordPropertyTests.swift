import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 17's property: in every step of the desk, typing a word and pressing Enter never
/// changes what the record says (repeat link, outcome, reason, sector, flags) behind the
/// guide's back, never stores or throws anything away, and never drops the word silently:
/// it is kept in a text field, or a hint says where text goes.
@Suite("Desk: any typed word, then Enter, in any step")
struct DeskTypedWordPropertyTests {
    /// What a save would record, as the form shows it.
    struct Record: Equatable {
        var sector: String?
        var resolution: Resolution.Kind?
        var reason: ForwardReason?
        var repeatOf: Int64?
        var digitalHelp: Bool?
        var medium: DigitalMedium?
        var incident: String?
        var noShow: Bool?
        /// The sector chosen for a hand-over instead of the category's.
        var forwardTo: String?

        init(_ model: DeskModel) {
            let form = model.form
            sector = form?.categoryID.flatMap(model.configuration.category)?.sector
            resolution = form?.resolution
            reason = form?.reason
            repeatOf = form?.repeatOf
            digitalHelp = form?.digitalHelp
            medium = form?.medium
            incident = form?.incident
            noShow = form?.noShowMarked
            forwardTo = form?.forwardTo
        }
    }

    /// Effects that store, move or throw away something: none may follow a typed word and its Enter.
    static func changesData(_ effect: DeskEffect) -> Bool {
        switch effect {
        case .saveContact, .updateContact, .deleteDraft, .recordCallback, .lookUpHandover, .lookUpContact, .callNextTicket, .callTicket,
             .markNoShow, .transferTicket, .quit, .rememberStation, .recordUnmatchedSearch:
            true
        case .saveDraft, .loadRecent, .loadHandovers, .loadRepeatCandidates, .loadLive, .loadWaitingTickets, .loadHandoverMade, .loadHandoverHistory:
            false
        }
    }

    /// Every step a guide can be in, each reached the way a guide reaches it.
    static func steps() -> [(String, DeskModel)] {
        let visit = Station(channel: .visit, desk: 1)
        var steps: [(String, DeskModel)] = []
        steps.append(("idle", DeskFixtures.model()))
        steps.append(("station", DeskFixtures.model(station: nil)))
        var draft = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-60), channel: .phone, search: "altan")
        draft.categoryID = "bygglov"
        steps.append(("resume offer", DeskFixtures.model(draft: draft)))
        var search = DeskFixtures.model()
        search.type("sop")
        steps.append(("search", search))
        var outcome = DeskFixtures.model()
        outcome.type("sopor")
        outcome.press(.enter, .character("3"))
        steps.append(("outcome (referred)", outcome))
        var forwarded = DeskFixtures.model()
        forwarded.type("altan")
        forwarded.press(.enter, .character("2"), .character("1"), .function(4))
        steps.append(("matter field (forwarded, digital help)", forwarded))
        var phone = forwarded
        phone.type("Fråga om altanen")
        phone.press(.enter)
        steps.append(("phone field", phone))
        var forwardedOutcome = phone
        forwardedOutcome.press(.escape)
        steps.append(("outcome (forwarded, matter typed)", forwardedOutcome))
        var sectorSearch = forwardedOutcome
        sectorSearch.press(.control("g"))
        steps.append(("sector search", sectorSearch))
        var reason = DeskFixtures.model()
        reason.type("altan")
        reason.press(.enter, .character("2"))
        steps.append(("reason", reason))
        // Letters right after the 2 start the note; after any other key they only hint.
        var reasonLater = reason
        reasonLater.press(.left)
        steps.append(("reason (after a key)", reasonLater))
        var note = outcome
        note.press(.function(6))
        steps.append(("note", note))
        var picker = outcome
        picker.press(.control("r"))
        picker.update(.repeatCandidatesLoaded([DeskFixtures.contact(id: 5, minutesAgo: 30), DeskFixtures.contact(id: 4, minutesAgo: 90)]))
        steps.append(("repeat picker", picker))
        var linked = outcome
        linked.press(.control("r"))
        linked.update(.repeatCandidatesLoaded([DeskFixtures.contact(id: 5, minutesAgo: 30)]))
        linked.press(.enter)
        steps.append(("outcome (linked)", linked))
        var board = outcome
        board.press(.function(7))
        board.update(.handoversLoaded([DeskHandoverTests.handover(7, due: "2026-11-25"), DeskHandoverTests.handover(8, due: "2026-11-26")]))
        steps.append(("hand-over list", board))
        var queue = DeskFixtures.model(station: visit)
        queue.press(.control("k"))
        queue.update(.waitingTicketsLoaded([DeskQueueTests.calledTicket()]))
        steps.append(("queue list", queue))
        var ticket = DeskFixtures.model(station: visit)
        ticket.update(.ticketCalled(DeskQueueTests.calledTicket()))
        ticket.type("bygg")
        ticket.press(.enter)
        steps.append(("outcome (ticket)", ticket))
        var noShow = ticket
        noShow.press(.control("x"))
        steps.append(("no-show marked", noShow))
        var transfer = ticket
        transfer.press(.control("f"))
        steps.append(("transfer asked", transfer))
        var quit = outcome
        quit.press(.function(10))
        steps.append(("quit asked", quit))
        var cancel = note
        cancel.type("Ringer om kärl")
        cancel.press(.enter, .escape, .escape, .escape)
        steps.append(("cancel asked", cancel))
        var help = outcome
        help.press(.function(1))
        steps.append(("help shown", help))
        return steps
    }

    /// Every word of the shipped guidance texts (Config/categories.toml) and the fixtures'.
    static func guidanceWords() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let catalogue = try String(contentsOf: root.appendingPathComponent("Config/categories.toml"), encoding: .utf8)
        let guidance = catalogue.split(separator: "\n").filter { $0.hasPrefix("guidance") || $0.hasPrefix("name") || $0.hasPrefix("keywords") }
            + DeskFixtures.configuration.categories.map { Substring($0.guidance) }
        let words = guidance.flatMap { line in line.split { !$0.isLetter }.map(String.init) }
        return Array(Set(words)).sorted()
    }

    /// Random words of Swedish and other letters, upper and lower case, with a fixed seed.
    static func randomWords(count: Int) -> [String] {
        var random = SeededGenerator(seed: 17_2026)
        let letters = Array("abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉ")
        return (0..<count).map { _ in String((0..<Int.random(in: 1...14, using: &random)).map { _ in letters.randomElement(using: &random)! }) }
    }

    static let randomCount = 400

    @Test("Every guidance word and 400 random words, typed then Enter then Enter, in every step")
    func everyWordEveryStep() throws {
        let words = try Self.guidanceWords() + Self.randomWords(count: Self.randomCount)
        let steps = Self.steps()
        #expect(words.count > 500, "the shipped guidance gives the words")
        var problems: [String] = []
        var tries = 0
        var savesChecked = 0
        for (name, start) in steps {
            for word in words {
                tries += 1
                var model = start
                let before = Record(model)
                var effects = model.type(word)
                let typedIntoSearch = model.search.text.contains(word)
                // The sector search is a search too: a word there chooses a sector by what it says, visibly.
                let typedIntoSectorSearch = model.sectorChoice?.query.text.contains(word) == true
                let typedIntoHandover = HandoverField.allCases.contains { model.handover[$0].text.contains(word) }
                let kept = typedIntoSearch || model.note.text.contains(word) || typedIntoHandover || typedIntoSectorSearch
                let told = model.notice != nil || model.helpVisible
                if !kept && !told { problems.append("\(name): \"\(word)\" vanished without a word") }
                effects += model.press(.enter)
                if let bad = effects.first(where: Self.changesData) { problems.append("\(name): \"\(word)\" + Enter gave \(bad)") }
                // A word typed into the search chooses the category (and so the sector) by what
                // it says, visibly in the list; a new contact starts resolved. Nothing else moves.
                var after = Record(model)
                var expected = before
                if typedIntoSectorSearch {
                    after.forwardTo = nil
                    expected.forwardTo = nil
                }
                if typedIntoSearch {
                    after.sector = nil
                    expected.sector = nil
                    if before.resolution == nil {
                        expected.resolution = .resolved
                        expected.digitalHelp = false
                    }
                }
                if after != expected { problems.append("\(name): \"\(word)\" + Enter changed \(expected) to \(after)") }
                // A deliberate second Enter may save: then what is saved is what the form showed,
                // and a word that went into the note is in it.
                let shown = Record(model)
                let noteShown = model.form?.note
                let matterShown = model.form?.matter
                if let contact = model.press(.enter).savedContact {
                    savesChecked += 1
                    if contact.repeatOf != shown.repeatOf || contact.resolution.kind != shown.resolution || contact.sector != shown.sector {
                        problems.append("\(name): \"\(word)\" saved \(contact) while the form showed \(shown)")
                    }
                    if model.note.text.contains(word) || noteShown?.contains(word) == true, contact.note?.contains(word) != true {
                        problems.append("\(name): \"\(word)\" dropped from the saved note")
                    }
                    // A word typed into the matter is the case's text: it goes with the hand-over.
                    if matterShown?.contains(word) == true, contact.matter?.contains(word) != true {
                        problems.append("\(name): \"\(word)\" dropped from the saved matter")
                    }
                }
                if problems.count > 20 { break }
            }
        }
        #expect(problems == [])
        #expect(tries == steps.count * words.count)
        print("typed-word property: \(steps.count) steps × \(words.count) words = \(tries) tries, \(savesChecked) saves checked")
    }
}
