import Foundation
import ServicecenterCore
import Testing

@Suite("Store")
struct StoreTests {
    @Test("A saved contact comes back field for field, after the store is reopened", arguments: Backends.all)
    func roundTrip(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let original = [
            contact(note: "Ringde om hämtning, åäö"),
            contact("2026-11-23T10:00:00+01:00", channel: .digital, resolution: .forwarded(to: "social", reason: .needsCaseOfficer)),
            contact("2026-11-23T11:00:00+01:00", channel: .signLanguage, resolution: .referred(to: Referral(destination: "forsakringskassan"))),
            // Text bound with SQLite's C API by its byte count: characters of two to four bytes
            // and quotes come back whole. (Control characters never get this far: `ContactValidator`.)
            contact("2026-11-23T12:00:00+01:00", channel: .digital, note: "Före, efter 🙂 – \"citat\" 𝄞"),
        ]
        var ids: [Int64] = []
        do {
            let store = try database.open()
            for item in original { ids.append(try store.save(item).id) }
        }
        #expect(ids == [1, 2, 3, 4])
        let reopened = try database.open()
        let loaded = try reopened.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!)
        #expect(loaded.count == 4)
        for (index, item) in loaded.enumerated() {
            var expected = original[index]
            expected.id = ids[index]
            #expect(item == expected)
        }
    }

    @Test("Contacts are filed under the site's local day, so a query by day finds them", arguments: Backends.all)
    func localDays(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        _ = try store.save(contact("2026-11-22T23:30:00Z")) // 00:30 on the 23rd in Stockholm
        _ = try store.save(contact("2026-11-23T22:59:00Z")) // 23:59 on the 23rd
        _ = try store.save(contact("2026-11-23T23:00:00Z")) // 00:00 on the 24th
        #expect(try store.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!).count == 2)
        #expect(try store.contacts(from: LocalDay("2026-11-24")!, through: LocalDay("2026-11-30")!).count == 1)
    }

    @Test("Importing the same contacts twice stores each once", arguments: Backends.all)
    func idempotentImport(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        let batch = (0..<10).map { contact(externalID: "tel-\($0)") }
        #expect(try store.importContacts(batch) == ImportOutcome(inserted: 10, alreadyPresent: 0))
        #expect(try store.importContacts(batch + [contact(externalID: "tel-10")]) == ImportOutcome(inserted: 1, alreadyPresent: 10))
        #expect(try store.contactCount() == 11)
    }

    @Test("Logging an external id twice is refused with its own error, and nothing is written", arguments: Backends.all)
    func duplicateSave(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open()
        _ = try store.save(contact(externalID: "x-1")).id
        #expect(throws: StoreError.duplicateExternalID(database: database.name, id: "x-1")) { try store.save(contact(externalID: "x-1")) }
        #expect(try store.contactCount() == 1)
    }

    @Test("Many writers on separate connections lose nothing and never see 'database is locked'", arguments: Backends.all)
    func concurrentWriters(backend: Backend) async throws {
        let database = try backend.makeDatabase()
        _ = try database.open()
        let writers = 8, perWriter = 50
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    // Each desk process has its own connection: model that with its own store.
                    let store = try database.open()
                    for number in 0..<perWriter {
                        _ = try store.save(contact(externalID: "w\(writer)-\(number)")).id
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try database.open().contactCount() == writers * perWriter)
    }
}

@Suite("Store: desk drafts, stations and a guide's day")
struct DeskStoreTests {
    @Test("A draft survives reopening; saving the contact removes it in the same transaction", arguments: Backends.all)
    func drafts(backend: Backend) throws {
        let database = try backend.makeDatabase()
        do {
            let store = try database.open()
            try store.saveDraft(of: "anna", payload: #"{"search":"försk"}"#)
            try store.saveDraft(of: "anna", payload: #"{"search":"förskola"}"#)
        }
        let store = try database.open()
        #expect(try store.draft(of: "anna") == #"{"search":"förskola"}"#)
        #expect(try store.draft(of: "erik") == nil)
        _ = try store.save(contact(), clearingDraftOf: "anna").id
        #expect(try store.draft(of: "anna") == nil)
        try store.saveDraft(of: "erik", payload: "{}")
        try store.deleteDraft(of: "erik")
        #expect(try store.draft(of: "erik") == nil)
    }

    @Test("Stations are remembered per guide", arguments: Backends.all)
    func stations(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        #expect(try store.station(of: "anna") == nil)
        try store.setStation(of: "anna", to: "visit:2")
        try store.setStation(of: "anna", to: "phone")
        #expect(try store.station(of: "anna") == "phone")
    }

    @Test("A guide's day comes newest first, and an edit keeps the contact's id", arguments: Backends.all)
    func dayAndEdit(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        let first = try store.save(contact("2026-11-23T09:00:00+01:00")).id
        let second = try store.save(contact("2026-11-23T10:00:00+01:00")).id
        _ = try store.save(contact("2026-11-24T10:00:00+01:00")).id
        var day = try store.contacts(of: "anna", on: LocalDay("2026-11-23")!)
        #expect(day.map(\.id) == [second, first])
        var edited = day[0]
        edited.category = "bygglov"
        edited.resolution = .forwarded(to: "stadsbyggnad", reason: .needsCaseOfficer)
        try store.update(edited)
        day = try store.contacts(of: "anna", on: LocalDay("2026-11-23")!)
        #expect(day[0].id == second)
        #expect(day[0].category == "bygglov")
        #expect(try store.contactCount() == 3)
    }
}

@Suite("Store: personal data in free text")
struct StorePersonalDataTests {
    @Test("Whatever writes, a personnummer, e-mail address or phone number reaches the file masked", arguments: Backends.all)
    func maskedOnEveryWrite(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: nil)
        let id = try store.save(contact(note: "pnr 19811218-9876, svar till kalle@exempel.se")).id
        var edited = contact(note: "ny uppgift: 070-123 45 67")
        edited.id = id
        try store.update(edited)
        _ = try store.importContacts([contact("2026-11-23T10:00:00+01:00", resolution: .referred(to: Referral(destination: "annan", text: "FK, handläggare 0701234567")),
                                              externalID: "x1", note: "samordningsnr 701063-2391")])
        let stored = try store.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!)
        #expect(stored.map(\.note) == ["ny uppgift: 070-*** ** **", "samordningsnr 701063-****"])
        #expect(stored.map(\.resolution) == [.resolved, .referred(to: Referral(destination: "annan", text: "FK, handläggare 070*******"))])
        // Nothing unmasked anywhere in the files, the write-ahead log included.
        #expect(!database.filesHold("9876"))
        #expect(!database.filesHold("kalle@"))
    }

    @Test("A site that allows contact details keeps them; personnummer are masked regardless", arguments: Backends.all)
    func allowed(backend: Backend) throws {
        let store = try backend.makeDatabase().open(masking: PersonalDataMasking(allowEmail: true, allowPhone: true))
        _ = try store.save(contact(note: "kalle@exempel.se, 070-123 45 67, 811218-9876")).id
        let saved = try store.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!)
        #expect(saved.first?.note == "kalle@exempel.se, 070-123 45 67, 811218-****")
    }
}
