import Foundation
import ServicecenterCore
import Testing

/// Every path by which free text reaches the database, each given a personnummer written
/// some awkward way; the raw file is then read back, column by column and byte by byte.
@Suite("Store: no personal data reaches the file")
struct PersonalDataInStoreTests {
    let now = Timestamp.parse("2026-11-23T10:00:00+01:00")!
    /// The ten digits of 811218-9876, which must never be stored in clear.
    static let clear = "8112189876"

    /// A text's decimal digits, of any script, as ASCII; independent of the masking code.
    static func digits(_ text: String) -> String {
        String(text.unicodeScalars.compactMap { scalar -> Character? in
            guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
            return Character(String(Int(value)))
        })
    }

    /// No stored text holds the number's digits, and no file of the database (its write-ahead
    /// log included) holds its last four digits anywhere.
    func expectNothingInClear(in database: any ContractDatabase, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let leaks = try database.storedTexts().filter { Self.digits($0.1).contains(Self.clear) }
        #expect(leaks.isEmpty, "\(leaks)", sourceLocation: sourceLocation)
        for (file, bytes) in database.fileBytes() {
            #expect(bytes.range(of: Data("9876".utf8)) == nil, "\(file) holds 9876", sourceLocation: sourceLocation)
        }
    }

    @Test("A desk draft is masked in every text field before it is written, also across an escaped line break", arguments: Backends.all)
    func draft(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: HandoverStoreTests.planner)
        let payload = #"{"note":"pnr 811218–9876","search":"19811218 - 9876","callID":"811218-\n9876","ticket":"81 12 18.9876","n":1}"#
        try store.saveDraft(of: "anna", payload: payload, now: now)
        let raw = try #require(try store.draft(of: "anna"))
        #expect(raw == #"{"note":"pnr 811218-****","search":"811218-****","callID":"811218-****","ticket":"811218-****","n":1}"#)
        // Stored as read back: masked before it was written, not on the way out.
        #expect(try database.storedTexts().contains { $0.1 == raw })
        try expectNothingInClear(in: database)
    }

    @Test("A note typed key by key into the draft: no version in the file or its log holds more than the birth date", arguments: Backends.all)
    func draftKeystrokes(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: HandoverStoreTests.planner)
        // Typed one character at a time, as the desk saves it; the forms a guide might type.
        for (index, typed) in ["Ring 811218–9876 ok", "pnr 19811218 - 9876", "tel 070-123 45 67", "kalle.anka@exempel.se"].enumerated() {
            var note = ""
            for character in typed {
                note.append(character)
                let form = ["note": note, "search": "avfall", "callID": "call-\(index)"]
                let payload = String(decoding: try JSONSerialization.data(withJSONObject: form, options: .sortedKeys), as: UTF8.self)
                try store.saveDraft(of: "anna", payload: payload, freeText: ["note", "search"], now: now)
            }
        }
        let everything = database.fileBytes().map(\.1).reduce(Data(), +)
        // One digit past the birth date, in any of the typed forms, is already too much.
        // (Before the @ is typed, "kalle.anka" is a word like any other: nothing can tell.)
        for leak in ["811218–9", "19811218 - 9", "8112189", "070-123 4", "kalle.anka@"] {
            #expect(everything.range(of: Data(leak.utf8)) == nil, "the database or its log holds \(leak)")
        }
        // What the form keeps of its system fields is untouched.
        #expect(try store.draft(of: "anna")?.contains("call-3") == true)
    }

    @Test("A draft that is not JSON is masked as plain text; one with nothing to mask is stored byte for byte", arguments: Backends.all)
    func draftEdges(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        try store.saveDraft(of: "anna", payload: "pnr 811218\u{00A0}9876", now: now)
        #expect(try store.draft(of: "anna") == "pnr 811218-****")
        let plain = #"{"note":"Ringde om kärl\nvill ha besök","n":12345678901}"#
        try store.saveDraft(of: "erik", payload: plain, now: now)
        #expect(try store.draft(of: "erik") == plain)
    }

    @Test("An imported contact's external id and call id are masked, the same way each time, so a second import finds them", arguments: Backends.all)
    func externalIDAndCallID(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: HandoverStoreTests.planner)
        var imported = contact(externalID: "crm-811218-9876", note: "ringde")
        imported.callID = "tel:8112189876"
        #expect(try store.importContacts([imported], now: now) == ImportOutcome(inserted: 1, alreadyPresent: 0))
        #expect(try store.importContacts([imported], now: now) == ImportOutcome(inserted: 0, alreadyPresent: 1))
        let stored = try #require(try store.contacts(from: LocalDay(now, in: stockholm), through: LocalDay(now, in: stockholm)).first)
        #expect(stored.externalID == "crm-811218-****")
        #expect(stored.callID == "tel:811218-****")
        var saved = contact("2026-11-23T11:00:00+01:00", externalID: "log-19811218–9876")
        saved.callID = "811218 9876"
        _ = try store.save(saved, now: now).id
        #expect(throws: StoreError.self) { _ = try store.save(saved, now: now) }
        try expectNothingInClear(in: database)
    }

    @Test("Ids numbered by the record's own day stay as they are, so a day's ids never mask alike", arguments: Backends.all)
    func datedIDs(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        // Both pass the check digit as personnummer of someone born on the contacts' own day.
        let first = contact(externalID: "tel-20261123-0000"), second = contact("2026-11-23T09:10:00+01:00", externalID: "tel-20261123-0109")
        #expect(try store.importContacts([first, second], now: now) == ImportOutcome(inserted: 2, alreadyPresent: 0))
        let ids = try store.contacts(from: LocalDay(now, in: stockholm), through: LocalDay(now, in: stockholm)).map(\.externalID)
        #expect(ids == ["tel-20261123-0000", "tel-20261123-0109"])
        let calls = [
            QueueEvent(at: now, channel: .phone, kind: .offered, callID: "20261123-0000"),
            QueueEvent(at: now, channel: .phone, kind: .offered, callID: "20261123-0109"),
        ]
        #expect(try store.recordQueueEvents(calls, now: now) == ImportOutcome(inserted: 2, alreadyPresent: 0))
    }

    @Test("Contact note, referral and incident tag are masked in every written form", arguments: Backends.all)
    func contactTexts(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: HandoverStoreTests.planner)
        var written = contact(resolution: .referred(to: Referral(destination: "annan", text: "FK, 81 12 18-9876")), note: "pnr ８１１２１８－９８７６")
        written.incident = "läcka-8112189876"
        let id = try store.save(written, now: now).id
        written.id = id
        written.note = "rättad: 811218\u{200B}-9876"
        try store.update(written, now: now)
        #expect(try store.contact(id: id)?.note == "rättad: 811218-****")
        try expectNothingInClear(in: database)
    }

    @Test("A hand-over's --by name and note are masked in the history and on the status", arguments: Backends.all)
    func handoverByAndNote(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: HandoverStoreTests.planner)
        _ = try store.save(contact(resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer)), now: now).id
        let handover = try #require(try store.handovers().first)
        _ = try store.record(.acknowledged, on: handover.id, by: "Eva 811218–9876", note: "gäller 811218 - 9876", now: now)
        #expect(try store.handover(handover.id)?.statusBy == "Eva 811218-****")
        #expect(try store.history(of: handover.id).first { $0.event == .acknowledged }?.by == "Eva 811218-****")
        _ = try store.apply([HandoverStep(handoverID: handover.id, event: .closed, at: now, by: "19811218-9876", note: nil)])
        try expectNothingInClear(in: database)
    }

    @Test("Queue events' call ids and operators, a ticket's service and a called ticket's station are masked", arguments: Backends.all)
    func queues(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: HandoverStoreTests.planner)
        let events = [
            QueueEvent(at: now, channel: .phone, kind: .offered, callID: "from 811218–9876"),
            QueueEvent(at: now.addingTimeInterval(30), channel: .phone, kind: .answered, callID: "from 811218–9876", operatorUser: "811218-9876"),
        ]
        #expect(try store.recordQueueEvents(events, now: now) == ImportOutcome(inserted: 2, alreadyPresent: 0))
        // Sent again, the masked ids are found: nothing is counted twice.
        #expect(try store.recordQueueEvents(events, now: now) == ImportOutcome(inserted: 0, alreadyPresent: 2))
        #expect(try store.queueCalls(on: LocalDay(now, in: stockholm)).map(\.callID) == ["from 811218-****"])
        _ = try store.takeTicket(channel: .visit, service: "pass 811218-9876", now: now)
        _ = try store.callNextTicket(channel: .visit, by: "anna", station: "Disk 811218 9876", now: now)
        // The station is kept on the call, which the contract does not read back: what is stored is what shows.
        #expect(try database.storedTexts().contains { $0.1 == "Disk 811218-****" })
        try store.setStation(of: "anna", to: "Disk 811218-9876", now: now)
        try store.setStatus(of: "anna", to: .available, channel: .visit, station: "Disk 811218-9876", now: now)
        try expectNothingInClear(in: database)
    }

    @Test("An incident's title and message are masked, its tag made from the masked title, and the audit log keeps neither", arguments: Backends.all)
    func incident(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: HandoverStoreTests.planner)
        let incident = try store.startIncident(title: "Läcka hos 811218–9876", message: "Ring 8112189876", by: "maria", now: now)
        #expect(incident.title == "Läcka hos 811218-****")
        #expect(incident.message == "Ring 811218-****")
        #expect(!incident.tag.contains("9876"))
        _ = try store.endIncident(incident.id, by: "maria", now: now)
        let log = try store.auditLog().map(\.details)
        #expect(log == ["incident \(incident.id): title length 21, message length 16", "incident \(incident.id)"])
        try expectNothingInClear(in: database)
    }

    @Test("Whatever a caller puts in an audit line is masked: the log is never purged", arguments: Backends.all)
    func auditDetails(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: HandoverStoreTests.planner)
        try store.recordAudit(.refused, by: "811218-9876", details: "purge 811218 9876: needs admin, has guide", now: now)
        #expect(try store.auditLog().first?.details == "purge 811218-****: needs admin, has guide")
        try expectNothingInClear(in: database)
    }
}
