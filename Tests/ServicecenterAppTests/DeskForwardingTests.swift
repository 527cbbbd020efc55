import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 18 at the desk: forwarding a case carries the matter and how the sector calls back,
/// may go to another sector than the category's, and ends with a sentence to read aloud.
@Suite("Desk: forwarding a case")
struct DeskForwardingTests {
    /// A catalogue where one sector promises five working days, so the chosen sector shows in the due date.
    static let configuration: Configuration = {
        var configuration = DeskFixtures.configuration
        configuration.sectors.append(Sector(id: "socialtjanst", name: "Socialförvaltningen", handoverWorkingDays: 5))
        return configuration
    }()

    static func model(size: Size = Size(width: 80, height: 24), language: Language = .swedish) -> DeskModel {
        DeskModel(
            configuration: configuration, guide: configuration.operators[0], text: deskStrings(for: language), now: DeskFixtures.now,
            size: size, station: Station(channel: .phone), draft: nil)
    }

    /// Bygglov forwarded for a case officer's decision: the cursor in the matter.
    static func atMatter(size: Size = Size(width: 80, height: 24), language: Language = .swedish) -> DeskModel {
        var model = model(size: size, language: language)
        model.type("altan")
        model.press(.enter, .character("2"), .character("1"))
        return model
    }

    @Test("After the reason the cursor is in the matter; Enter and Tab walk phone, e-mail, time, then back to the outcome")
    func stepFlow() throws {
        var model = Self.atMatter()
        #expect(model.focus == .forwarding && model.handover.field == .matter)
        model.type("Behövs bygglov för inglasad altan?")
        model.press(.enter)
        #expect(model.handover.field == .phone)
        model.type("070-123 45 67")
        model.press(.tab)
        #expect(model.handover.field == .email)
        model.press(.down)
        #expect(model.handover.field == .time)
        model.type("förmiddag")
        model.press(.backTab)
        #expect(model.handover.field == .email, "Shift-Tab goes back a field")
        model.press(.enter, .enter)
        #expect(model.focus == .outcome)
        #expect(model.notice?.text == SwedishDeskForwardingStrings().fieldsDone)
        let form = try #require(model.form)
        #expect(form.matter == "Behövs bygglov för inglasad altan?")
        #expect(form.callbackPhone == "070-123 45 67" && form.callbackEmail == nil && form.callbackTime == "förmiddag")
        #expect(form.note == "", "nothing of the hand-over goes into the note")
        // Tab at the outcome goes back into the fields, where the guide left off.
        model.press(.tab)
        #expect(model.focus == .forwarding)
    }

    @Test("Esc from a field goes back to the outcome with everything typed kept, in the form and in its draft")
    func escapeKeeps() throws {
        var model = Self.atMatter()
        model.type("Fråga om altan")
        var effects = model.press(.enter)
        effects += model.type("0701234567")
        effects += model.press(.escape)
        #expect(model.focus == .outcome)
        #expect(model.form?.callbackPhone == "0701234567" && model.form?.matter == "Fråga om altan")
        // Every keystroke went into the draft, so a crash loses none of it.
        guard case .saveDraft(let draft)? = effects.last(where: { if case .saveDraft = $0 { true } else { false } }) else {
            Issue.record("no draft written: \(effects)")
            return
        }
        #expect(draft.matter == "Fråga om altan" && draft.callbackPhone == "0701234567")
    }

    @Test("The draft keeps the hand-over's fields: encoded, decoded, resumed into the fields, and inside a draft set aside")
    func draftKeepsFields() throws {
        var form = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-120), channel: .phone, search: "altan")
        form.categoryID = "bygglov"
        form.resolution = .forwarded
        form.reason = .couldNotAnswer
        form.forwardTo = "teknik"
        form.matter = "Vill veta om plank kräver lov"
        form.callbackPhone = "+46 19 21 10 00"
        form.callbackEmail = "asa@example.se"
        form.callbackTime = "efter 15"
        let decoded = try #require(ContactForm.decoded(form.encoded()))
        #expect(decoded == form)
        var model = DeskModel(
            configuration: Self.configuration, guide: Self.configuration.operators[0], text: SwedishDeskStrings(), now: DeskFixtures.now,
            size: Size(width: 80, height: 24), station: Station(channel: .phone), draft: decoded)
        model.press(.enter) // resume
        #expect(model.handover.matter.text == "Vill veta om plank kräver lov")
        #expect(model.handover.phone.text == "+46 19 21 10 00" && model.handover.email.text == "asa@example.se")
        #expect(model.handover.time.text == "efter 15")
        // Set aside for a new contact, it travels inside that one's draft.
        var later = DeskModel(
            configuration: Self.configuration, guide: Self.configuration.operators[0], text: SwedishDeskStrings(), now: DeskFixtures.now,
            size: Size(width: 80, height: 24), station: Station(channel: .phone), draft: decoded)
        later.press(.escape)
        let effects = later.type("s")
        guard case .saveDraft(let written)? = effects.first else {
            Issue.record("no draft: \(effects)")
            return
        }
        #expect(written.setAside == [decoded])
        // A draft written before these fields still decodes, with them empty.
        let old = #"{"startedAt":0,"channel":"phone","search":"x","resolution":"forwarded","digitalHelp":false,"note":""}"#
        let oldForm = try #require(ContactForm.decoded(old))
        #expect(oldForm.matter == nil && oldForm.forwardTo == nil && oldForm.callbackPhone == nil)
    }

    @Test("A forwarded contact without a matter is not saved: the cursor goes to the matter, the message says why, nothing is lost")
    func matterRequired() {
        var model = Self.atMatter()
        model.press(.escape, .function(6))
        model.type("Ringde om altanen")
        let effects = model.press(.function(9))
        #expect(effects.savedContact == nil)
        #expect(model.focus == .forwarding && model.handover.field == .matter)
        #expect(model.notice?.kind == .warning && model.notice?.text == SwedishDeskForwardingStrings().matterRequired)
        #expect(model.form?.note == "Ringde om altanen" && model.form?.resolution == .forwarded && model.form?.reason == .needsCaseOfficer)
        // Only spaces are no matter either.
        model.type("   ")
        #expect(model.press(.function(9)).savedContact == nil)
        model.type("Bygglov för altan?")
        #expect(model.press(.function(9)).savedContact != nil)
    }

    @Test("A matter typed and then the outcome changed to resolved: the fields hide, stay in the form, and are not sent")
    func matterKeptButNotSent() throws {
        var model = Self.atMatter()
        model.type("Bygglov?")
        model.press(.escape, .character("1"))
        #expect(model.form?.resolution == .resolved && model.form?.matter == "Bygglov?")
        let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
        #expect(!screen.contains("Ärende:"))
        let contact = try #require(model.press(.enter).savedContact)
        #expect(contact.resolution == .resolved)
    }

    @Test("^G searches the sectors by name, with typos and without å ä ö; Enter chooses; the due date follows the sector")
    func sectorSearch() throws {
        var model = Self.atMatter()
        model.type("Behöver stöd i hemmet")
        model.press(.control("g"))
        #expect(model.focus == .sectorChoice)
        #expect(model.sectorChoice?.matches.count == Self.configuration.sectors.count, "an empty search lists every sector")
        #expect(model.sectorChoice.map { $0.matches[$0.selection].id } == "stadsbyggnad", "the current sector is highlighted")
        for typed in ["social", "socialforvaltning", "socilaförvaltningen", "SOCIAL"] {
            var searching = model
            searching.type(typed)
            #expect(searching.sectorChoice?.matches.first?.id == "socialtjanst", "\(typed)")
        }
        // A sector is found by the categories it handles, too.
        var byCategory = model
        byCategory.type("sophämtning")
        #expect(byCategory.sectorChoice?.matches.first?.id == "teknik")
        model.type("socilaforv")
        model.press(.enter)
        #expect(model.focus == .forwarding, "back where ^G was pressed")
        #expect(model.form?.forwardTo == "socialtjanst")
        // Five working days from Monday 23 November: Monday 30 November.
        #expect(model.notice?.text == "Överlämnas till Socialförvaltningen, senast måndag 30 november.")
        let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
        #expect(screen.contains("Till: Socialförvaltningen · senast måndag 30 november (^G byter)"))
        model.press(.escape)
        let contact = try #require(model.press(.enter).savedContact)
        #expect(contact.resolution == .forwarded(to: "socialtjanst", reason: .needsCaseOfficer))
        #expect(contact.category == "bygglov")
    }

    @Test("Choosing the category's own sector again is no choice; Esc leaves the sector unchanged; ^G before 2 says why not")
    func sectorChoiceEdges() {
        var model = Self.atMatter()
        model.press(.control("g"))
        model.type("teknisk")
        model.press(.enter)
        #expect(model.form?.forwardTo == "teknik")
        model.press(.control("g"))
        model.type("stadsbygnad")
        model.press(.enter)
        #expect(model.form?.forwardTo == nil, "the category's own sector is kept as no choice")
        model.press(.control("g"))
        model.type("social")
        model.press(.escape)
        #expect(model.focus == .sectorChoice && model.sectorChoice?.query.text.isEmpty == true, "Esc empties the search first")
        model.press(.escape)
        #expect(model.focus == .forwarding && model.form?.forwardTo == nil)
        model.type("zzzz")
        model.press(.control("g"))
        model.type("qqqqqq")
        #expect(model.sectorChoice?.matches.isEmpty == true)
        model.press(.enter)
        #expect(model.focus == .sectorChoice && model.notice?.text == SwedishDeskForwardingStrings().noSectorMatches)

        var resolved = DeskFixtures.model()
        resolved.type("altan")
        resolved.press(.enter, .control("g"))
        #expect(resolved.focus == .outcome)
        #expect(resolved.notice?.text == SwedishDeskForwardingStrings().sectorOnlyForwarded)
    }

    @Test("The sentence to read aloud: the hand-over's id, its sector and due date in words; it stays until the next contact")
    func sentence() throws {
        var model = Self.atMatter()
        model.type("Bygglov för altan?")
        let contact = try #require(model.press(.function(9)).savedContact)
        let effects = model.update(.saved(id: 41, contact: contact))
        #expect(effects.contains(.loadHandoverMade(contactID: 41)))
        model.update(.handoverMade(contactID: 41, DeskHandoverTests.handover(1015, due: "2026-11-25", sector: "stadsbyggnad")))
        let sentence = "Ärende 1015 · Stadsbyggnadsförvaltningen kontaktar dig senast onsdag 25 november"
        #expect(model.readAloudSentence == sentence)
        #expect(Self.shows(model, sentence))
        // Other notices come and go; the sentence stays.
        model.press(.control("p"))
        model.update(.tick(DeskFixtures.now.addingTimeInterval(90)))
        #expect(Self.shows(model, sentence))
        // The next contact takes its place.
        model.type("s")
        #expect(model.readAloudSentence == nil)
        #expect(!model.view(theme: .monochrome).lines().contains { $0.contains("Ärende 1015") })
    }

    /// Whether the screen shows the sentence whole: on one row, or broken after its reference.
    static func shows(_ model: DeskModel, _ sentence: String) -> Bool {
        let lines = model.view(theme: .monochrome).lines().map { $0.replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces) }
        let parts = sentence.components(separatedBy: " · ")
        return lines.contains(sentence) || zip(lines, lines.dropFirst()).contains { $0 == parts[0] && $1 == parts[1] }
    }

    @Test("A resolved save asks for no hand-over; a hand-over that cannot be read back is said, not guessed")
    func noSentence() throws {
        var model = DeskFixtures.model()
        model.type("altan")
        let contact = try #require(model.press(.enter, .enter).savedContact)
        #expect(!model.update(.saved(id: 3, contact: contact)).contains(.loadHandoverMade(contactID: 3)))
        var forwarded = Self.atMatter()
        forwarded.type("Bygglov?")
        let saved = try #require(forwarded.press(.function(9)).savedContact)
        forwarded.update(.saved(id: 4, contact: saved))
        forwarded.update(.handoverMade(contactID: 4, nil))
        #expect(forwarded.readAloudSentence == nil)
        #expect(forwarded.notice?.text.hasSuffix(SwedishDeskForwardingStrings().handoverNotRead) == true)
    }

    @Test("Days in words: Swedish and English weekday and month names, the year only when it is not this year's")
    func daysInWords() {
        let today = LocalDay(year: 2026, month: 11, day: 23)
        let swedish = SwedishDeskForwardingStrings(), english = EnglishDeskForwardingStrings()
        #expect(swedish.dayInWords(LocalDay(year: 2026, month: 4, day: 8), today: today) == "onsdag 8 april")
        #expect(swedish.dayInWords(LocalDay(year: 2027, month: 1, day: 4), today: today) == "måndag 4 januari 2027")
        #expect(english.dayInWords(LocalDay(year: 2026, month: 11, day: 29), today: today) == "Sunday 29 November")
        // Every day of two years names its own weekday: the table and LocalDay agree.
        var day = LocalDay(year: 2026, month: 1, day: 1)
        var checked = 0
        let calendar = Calendar(identifier: .gregorian)
        while day.year < 2028 {
            let date = day.start(in: DeskFixtures.zone)
            var zoned = calendar
            zoned.timeZone = DeskFixtures.zone
            let foundation = zoned.component(.weekday, from: date) // 1 = Sunday
            let expected = DayInWords.swedishWeekdays[(foundation + 5) % 7]
            #expect(swedish.dayInWords(day, today: today).hasPrefix(expected + " "), "\(day)")
            day = day.adding(days: 1)
            checked += 1
        }
        #expect(checked == 730)
        let words = EnglishDeskStrings().forwarding
        #expect(words.sentence(reference: words.reference(handoverID: 7), promise: words.promise(sector: "Technical services", due: "Wednesday 25 November"))
            == "Case 7 · Technical services will contact you by Wednesday 25 November")
    }

    @Test("What is saved: the matter and the call-back in fields of their own, the phone normalised, the note untouched")
    func savedFields() throws {
        var model = Self.atMatter()
        model.type("Behövs bygglov för inglasad altan?")
        model.press(.enter)
        model.type("070 - 123 45 67")
        model.press(.enter)
        model.type("asa@example.se")
        model.press(.enter)
        model.type("förmiddag")
        let contact = try #require(model.press(.enter, .enter).savedContact)
        #expect(contact.matter == "Behövs bygglov för inglasad altan?")
        #expect(contact.callback == Callback(phone: "070-123 45 67", email: "asa@example.se", preferredTime: "förmiddag"))
        #expect(contact.note == nil)
    }

    @Test("A phone number that is not one, or an address without a domain: the message names it, the cursor goes to it, the form stays",
          arguments: [("070-ABC", HandoverField.phone), ("12345", .phone), ("asa@example", .email), ("asa.example.se", .email)])
    func badCallback(typed: String, field: HandoverField) throws {
        var model = Self.atMatter()
        model.type("Fråga om altan")
        model.press(.enter)
        if field == .email { model.press(.enter) }
        model.type(typed)
        model.press(.escape, .function(6))
        model.type("Ringde från jobbet")
        let effects = model.press(.function(9))
        #expect(effects.savedContact == nil)
        #expect(model.notice?.kind == .error && model.notice?.text.contains(typed) == true, "\(model.notice?.text ?? "")")
        #expect(model.focus == .forwarding && model.handover.field == field)
        #expect(model.handover[field].text == typed && model.form?[field] == typed)
        #expect(model.form?.matter == "Fråga om altan" && model.form?.note == "Ringde från jobbet")
        // Mended in place, it saves.
        model.press(.control("u"))
        model.type(field == .phone ? "019-21 10 00" : "asa@example.se")
        #expect(model.press(.function(9)).savedContact != nil)
    }

    @Test("F7 shows the guide's hand-over with its matter, the call-back details and the sector's closing note")
    func boardShowsCase() {
        var model = DeskFixtures.model()
        model.press(.function(7))
        var handover = DeskHandoverTests.handover(1015, due: "2026-11-25", status: .closed, sector: "stadsbyggnad")
        handover.matter = "Behövs bygglov för inglasad altan?"
        handover.callback = Callback(phone: "070-123 45 67", email: nil, preferredTime: "förmiddag")
        let effects = model.update(.handoversLoaded([handover]))
        #expect(effects == [.loadHandoverHistory(1015)])
        model.update(.handoverHistoryLoaded(id: 1015, [
            HandoverHistoryEntry(at: DeskFixtures.now.addingTimeInterval(-3_600), by: "anna", event: .created, note: nil),
            HandoverHistoryEntry(at: DeskFixtures.now.addingTimeInterval(-600), by: "lena", event: .closed,
                                 note: "Inget lov krävs; ringt upp och meddelat"),
        ]))
        let lines = model.view(theme: .monochrome).lines()
        assertSnapshot(lines, named: "desk-handover-case-80x24")
        let screen = lines.joined(separator: "\n")
        #expect(screen.contains("Ärende: Behövs bygglov för inglasad altan?"))
        #expect(screen.contains("Återkontakt: 070-123 45 67 · förmiddag"))
        #expect(screen.contains("avslutat 2026-11-23 09:31 av lena: Inget lov krävs; ringt upp och meddelat"))
        #expect(!screen.contains("skapat"), "the creation is the row itself, not a step")
        // Moving to another hand-over asks for its history; the same one is not read twice.
        model.update(.handoversLoaded([handover, DeskHandoverTests.handover(1016, due: "2026-11-26")]))
        #expect(model.press(.down) == [.loadHandoverHistory(1016)])
        model.update(.handoverHistoryLoaded(id: 1016, []))
        #expect(model.press(.down).isEmpty)
    }

    @Test("Snapshots at 80×24: the forwarding form filled in, the sector search, and the sentence after the save")
    func snapshots() throws {
        var model = Self.atMatter()
        model.type("Behövs bygglov för inglasad altan?")
        model.press(.enter)
        model.type("070-123 45 67")
        model.press(.enter, .enter)
        model.type("förmiddag")
        assertSnapshot(model.view(theme: .monochrome).lines(), named: "desk-forwarding-fields-80x24")
        var searching = model
        searching.press(.control("g"))
        searching.type("forv")
        assertSnapshot(searching.view(theme: .monochrome).lines(), named: "desk-sector-search-80x24")
        let contact = try #require(model.press(.function(9)).savedContact)
        model.update(.saved(id: 41, contact: contact))
        model.update(.handoverMade(contactID: 41, DeskHandoverTests.handover(1015, due: "2026-11-25", sector: "stadsbyggnad")))
        assertSnapshot(model.view(theme: .monochrome).lines(), named: "desk-sentence-80x24")
        var english = Self.atMatter(language: .english)
        english.type("Planning permission for a glazed deck?")
        let saved = try #require(english.press(.function(9)).savedContact)
        english.update(.saved(id: 41, contact: saved))
        english.update(.handoverMade(contactID: 41, DeskHandoverTests.handover(1015, due: "2026-11-25", sector: "stadsbyggnad")))
        assertSnapshot(english.view(theme: .monochrome).lines(), named: "desk-sentence-en-80x24")
    }
}

extension DeskForwardingTests {
    @Test("A long sector name at 70 columns: the due day stays whole on the form's row; the name gives way, then the key's reminder")
    func longSectorName() throws {
        var configuration = Self.configuration
        configuration.sectors.append(Sector(id: "amsv", name: "Förvaltningen för arbetsmarknad och social välfärd", handoverWorkingDays: 2))
        var model = DeskModel(
            configuration: configuration, guide: configuration.operators[0], text: SwedishDeskStrings(), now: DeskFixtures.now,
            size: Size(width: 70, height: 18), station: Station(channel: .phone), draft: nil)
        model.type("altan")
        model.press(.enter, .character("2"), .character("1"), .control("g"))
        model.type("arbetsmarknad")
        model.press(.enter)
        #expect(model.form?.forwardTo == "amsv")
        let row = try #require(model.view(theme: .monochrome).lines().first { $0.contains("Till: ") })
        #expect(row.contains("senast onsdag 25 november"), "\(row)")
        #expect(row.contains("Till: Förvaltningen för arbetsmarknad"), "\(row)")
        var wide = model
        wide.update(.resized(Size(width: 100, height: 30)))
        #expect(wide.view(theme: .monochrome).lines().contains { $0.contains("Till: Förvaltningen för arbetsmarknad och social välfärd · senast onsdag 25 november (^G byter)") })
    }
}

extension DeskForwardingTests {
    @Test("Every forwarding notice fits the notice lines of an 80-column desk whole, in both languages (three rows at most)")
    func noticesFit() {
        for text in [SwedishDeskStrings() as any DeskStrings, EnglishDeskStrings()] {
            let words = text.forwarding
            var notices = HandoverField.allCases.map(words.fieldHint)
            notices += ForwardReason.allCases.map { text.safety.reasonChosen(text.reason($0)) + " " + words.fieldHint(.matter) }
            notices += [words.fieldsDone, words.fieldsKept, words.matterRequired, words.sectorOnlyForwarded, words.sectorSearchHint,
                        words.noSectorMatches, words.sectorKept("Förvaltningen för arbetsmarknad och social välfärd"), words.handoverNotRead,
                        words.sectorChosen("Förvaltningen för arbetsmarknad och social välfärd", due: "onsdag 30 september")]
            for notice in notices {
                let rows = WrappedText(notice, width: 78, ascii: false).lines.count
                #expect(rows <= DeskModel.noticeRowLimit, "\(notice): \(rows) rows")
            }
        }
    }
}

extension DeskForwardingTests {
    @Test("At the minimum 70×18, with a two-row notice or an incident banner, every row of the forwarded form stays inside its frame",
          arguments: [false, true])
    func minimumSizeFits(banner: Bool) throws {
        var model = Self.atMatter(size: DeskModel.minimumSize)
        if banner {
            model.update(.liveLoaded(waiting: 2, incidents: [Incident(id: 1, tag: "vatten", title: "Vattenläcka", message: "Koka vattnet",
                                                                      startedAt: DeskFixtures.now, startedBy: "maria")]))
        }
        model.type("Kärlet har inte tömts")
        model.press(.enter)
        for field in HandoverField.allCases.dropFirst() {
            #expect(model.handover.field == field)
            let lines = model.view(theme: .monochrome).lines()
            let bottom = try #require(lines.lastIndex { $0.hasPrefix("└") })
            #expect(lines[bottom].allSatisfy { "└─┘".contains($0) }, "\(field): the frame is whole:\n\(lines.joined(separator: "\n"))")
            for label in ["Anteckning:", "Telefon:", "Ärende:", "Till:"] {
                #expect(lines.prefix(bottom).contains { $0.contains(label) }, "\(field), \(label):\n\(lines.joined(separator: "\n"))")
            }
            // The field's hint is whole on the notice line.
            #expect(lines.joined(separator: " ").contains(model.text.forwarding.fieldHint(field)))
            model.press(.enter)
        }
    }
}
