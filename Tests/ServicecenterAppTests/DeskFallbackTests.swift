import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 17: "bostadsbidrag" found nothing and the contact could not be logged. Now a search
/// that matches nothing offers Övrig fråga, Enter chooses it, and the words are saved as the
/// contact's subject, shown before the save.
@Suite("Desk: Övrig fråga when nothing matches")
struct DeskFallbackTests {
    static let configuration: Configuration = {
        var configuration = DeskFixtures.configuration
        configuration.sectors.append(Sector(id: "kommunledning", name: "Kommunledningsförvaltningen", handoverWorkingDays: 2))
        configuration.categories.append(Category(
            id: "ovrigt", name: "Övrig fråga", sector: "kommunledning", keywords: ["övrigt"], resolvable: true,
            guidance: "Besvara om möjligt; annars välj en närmare kategori.", fallback: true))
        return configuration
    }()

    static func model(size: Size = Size(width: 80, height: 24), language: Language = .swedish) -> DeskModel {
        DeskModel(
            configuration: configuration, guide: configuration.operators[0], text: deskStrings(for: language),
            now: DeskFixtures.now, size: size, station: Station(channel: .phone), draft: nil)
    }

    @Test("Words that match nothing offer Övrig fråga; Enter chooses it and the save keeps the words as subject")
    func offeredChosenSaved() throws {
        var model = Self.model()
        model.type("bostadsbidrag hjälp")
        #expect(model.offersFallback)
        #expect(model.categoryList.matches.map(\.category.id) == ["ovrigt"])
        model.press(.enter)
        #expect(model.focus == .outcome)
        #expect(model.form?.categoryID == "ovrigt")
        let saved = try #require(model.press(.enter).savedContact)
        #expect(saved.category == "ovrigt")
        #expect(saved.sector == "kommunledning")
        #expect(saved.subject == "bostadsbidrag hjälp")
    }

    @Test("A stray word that matches something does not hide Övrig fråga: it is last in the list")
    func partlyMatched() throws {
        var model = Self.model()
        model.type("hundskatt för dagis")
        #expect(!model.offersFallback)
        #expect(model.categoryList.matches.first?.category.id == "forskoleplats")
        #expect(model.categoryList.matches.last?.category.id == "ovrigt")
        model.press(.pageDown)
        model.press(.enter)
        #expect(model.form?.categoryID == "ovrigt")
        let saved = try #require(model.press(.enter).savedContact)
        #expect(saved.subject == "hundskatt för dagis")
    }

    @Test("A personnummer typed into the search is masked in the subject, and the guide is told")
    func subjectMasked() throws {
        // Masked once, by the store's intake: the desk is told what was, by the store's answer.
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        let program = ProgramFixtures.desk(store: store, backend: TestBackend(size: Size(width: 80, height: 24)), configuration: Self.configuration)
        program.start()
        program.type("hundskatt 811218-9876")
        program.press(.enter)
        #expect(program.model.form?.categoryID == "ovrigt")
        program.press(.enter)
        #expect(try Program<DeskScreen>.stored(in: store).map(\.subject) == ["hundskatt 811218-****"])
        #expect(program.model.recent.first?.subject == "hundskatt 811218-****")
        // The note was empty: the guide is told the subject was masked, not the note.
        #expect(program.model.notice?.text == "Kontakt 1 sparad. Personnummer maskerades i ämnet.")
    }

    @Test("A search that matches keeps its matches and no subject; the fallback is not offered")
    func matchedCategoryHasNoSubject() throws {
        var model = Self.model()
        model.type("jag vill ha dagis")
        #expect(!model.offersFallback)
        #expect(model.categoryList.matches.first?.category.id == "forskoleplats")
        model.press(.enter)
        let saved = try #require(model.press(.enter).savedContact)
        #expect(saved.category == "forskoleplats")
        #expect(saved.subject == nil)
    }

    @Test("Correcting an Övrig fråga contact (F8) brings its subject back, not the category's name")
    func editKeepsSubject() throws {
        var model = Self.model()
        var last = DeskFixtures.contact(id: 7, minutesAgo: 2, category: "bygglov")
        last.category = "ovrigt"
        last.sector = "kommunledning"
        last.subject = "hundskatt"
        model.recent = [last]
        model.press(.function(8))
        #expect(model.form?.search == "hundskatt")
        let effects = model.press(.enter)
        let updated = effects.compactMap { effect -> Contact? in if case .updateContact(let contact) = effect { contact } else { nil } }.first
        #expect(updated?.subject == "hundskatt")
    }

    @Test("80×24: the list says nothing matched and offers Övrig fråga; once chosen, the subject shows before the save")
    func snapshots() {
        var model = Self.model()
        model.type("bostadsbidrag")
        let offered = model.view(theme: .color).lines()
        assertSnapshot(offered, named: "desk-fallback-offered-80x24")
        #expect(offered.contains { $0.contains("Ingen ärendetyp matchar. Enter: Övrig fråga, orden sparas som ämne.") })
        #expect(offered.contains { $0.contains("Övrig fråga") && $0.contains("Kommunledningsförvaltningen") })
        model.press(.enter)
        let chosen = model.view(theme: .color).lines()
        assertSnapshot(chosen, named: "desk-fallback-chosen-80x24")
        #expect(chosen.contains { $0.contains("Övrig fråga") && $0.contains("Ämne: bostadsbidrag") })
    }
}
