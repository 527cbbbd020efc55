import Foundation
import Testing
import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 19: a failed read of the day's list or a failed write of the station was reported as
/// "the draft could not be saved", and a failed status write was never reported. Each now has
/// its own message and its own words, in Swedish and English; none speaks of the draft.
@Suite("Desk: what the store refused about the session, in its own words")
struct DeskSessionFailureTests {
    static let languages: [Language] = [.swedish, .english]

    func desk(_ store: ScriptedStore, language: Language) -> Program<DeskScreen> {
        ProgramFixtures.desk(store: store, backend: TestBackend(size: Size(width: 100, height: 30)), language: language)
    }

    /// The locked store's reason, as the desk words it.
    func reason(_ store: ScriptedStore, _ program: Program<DeskScreen>) -> String {
        program.model.text.core.storeError(store.locked)
    }

    func expectNoDraftWords(_ notice: String?) {
        #expect(notice?.contains("tkast") == false && notice?.contains("draft") == false, "\(notice ?? "")")
    }

    @Test("The day's list cannot be read at the start: the desk says so and goes on", arguments: languages)
    func recentNotLoaded(language: Language) throws {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        store.fail(.contactsOfGuide, with: store.locked)
        let program = desk(store, language: language)
        program.start()
        let expected = language == .swedish ? "Dagens kontakter kunde inte läsas: " : "Today's contacts could not be read: "
        #expect(program.model.notice == DeskModel.Notice(kind: .warning, text: expected + reason(store, program)))
        expectNoDraftWords(program.model.notice?.text)
        #expect(program.model.focus == .idle, "the desk works without its list")
        // Read again at the next look, once the lock is gone.
        store.recover(.contactsOfGuide)
        _ = try store.save(DeskFixtures.contact(id: 0, minutesAgo: 2).unsaved)
        program.pollStore()
        #expect(program.model.recent.count == 1)
    }

    @Test("The station chosen cannot be kept: it is used, and the guide is told it was not kept", arguments: languages)
    func stationNotKept(language: Language) throws {
        let store = try ScriptedStore()
        store.fail(.setStation, with: store.locked)
        let program = desk(store, language: language)
        program.start()
        #expect(program.model.focus == .station)
        program.type("1")
        let expected = language == .swedish
            ? "Stationen används men kunde inte sparas till nästa start: " : "The station is used but could not be kept for the next start: "
        #expect(program.model.notice?.text == expected + reason(store, program))
        expectNoDraftWords(program.model.notice?.text)
        #expect(program.model.station == Station(channel: .phone))
        #expect(try store.station(of: "anna") == nil)
    }

    @Test("The status cannot be written: the guide hears the save first, then that the staff list is behind", arguments: languages)
    func statusNotWritten(language: Language) throws {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        let program = desk(store, language: language)
        program.start()
        program.type("sopor")
        store.fail(.setStatus, with: store.locked)
        program.press(.enter, .enter)
        let saved = language == .swedish ? "Kontakt 1 sparad." : "Contact 1 saved."
        let behind = language == .swedish ? "Din status kunde inte skrivas till arbetsledarens lista: " : "Your status could not be written to the supervisor's list: "
        #expect(program.model.notice?.text == saved + " " + behind + reason(store, program))
        expectNoDraftWords(program.model.notice?.text)
        #expect(try store.contactCount() == 1)
    }

    @Test("The session cannot be read at the start: the desk ends before its first picture, writing nothing")
    func sessionNotRead() throws {
        let store = try ScriptedStore()
        store.fail(.draft, with: store.locked)
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let program = ProgramFixtures.desk(store: store, backend: backend)
        program.start()
        #expect(program.screen.startFailure == store.locked)
        #expect(program.run() == 0)
        #expect(backend.drawCount == 0)
        #expect(store.count(.setStatus) == 0 && store.count(.saveDraft) == 0, "a draft it could not see is not overwritten")
    }
}

extension Contact {
    /// The same contact, not yet stored.
    var unsaved: Contact {
        var contact = self
        contact.id = nil
        return contact
    }
}
