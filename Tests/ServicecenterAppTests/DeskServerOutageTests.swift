import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore

/// The database server goes away while a guide works (a restart, a fail-over): the desk keeps
/// saying what matters (the save that did not go through) while its background reads fail
/// again and again, and takes its own warning down once a read works again.
@Suite("Desk: a server that goes away and comes back")
struct DeskServerOutageTests {
    static let lost = StoreError.connectionLost(database: "postgresql://db.example/sc")

    @Test("A failed save stays on screen though the day's list then fails to load, and the form is kept")
    func saveErrorStays() throws {
        var model = DeskFixtures.model()
        model.type("sopor")
        _ = try #require(model.press(.enter, .enter).savedContact)
        model.update(.saveFailed(Self.lost))
        let saveError = try #require(model.notice)
        #expect(saveError.kind == .error)
        for _ in 0..<3 { model.update(.recentFailed(Self.lost)) }
        #expect(model.notice == saveError)
        #expect(model.form != nil && !model.saving)
    }

    @Test("A failed read's warning goes when the next read works; another notice is left alone")
    func readWarningClears() {
        var model = DeskFixtures.model()
        model.update(.recentFailed(Self.lost))
        #expect(model.notice?.kind == .warning)
        model.update(.recentLoaded([]))
        #expect(model.notice == nil)
        model.update(.recentFailed(Self.lost))
        model.notice = DeskModel.Notice(kind: .info, text: "Något annat")
        model.update(.recentLoaded([]))
        #expect(model.notice?.text == "Något annat")
    }
}
