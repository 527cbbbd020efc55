import Foundation
import ServicecenterCore
import Testing

/// A desk claimed a delivery and was killed (kill -9) before recording the outcome.
/// `handovers deliver` then printed "Skickade 0, misslyckades 0." and exited 75, and the outbox
/// showed "väntar" with no reason until the hold ended: the round returned before counting what
/// it had not tried, and the outbox did not read the hold. Both now say why, and until when.
@Suite("Delivery: a row held by another process is explained")
struct DeliveryHeldElsewhereTests {
    let base = OutboxStoreTests()
    var now: Date { base.now }
    var hold: Date { now.addingTimeInterval(TimeInterval(OutboxStoreTests.configuration.delivery.timeoutSeconds + 30)) }

    /// A store with `count` forwarded contacts, the first claimed by a process that then died.
    func killedSender(_ backend: Backend, rows count: Int = 1) throws -> any Store {
        let store = try base.store(backend)
        for _ in 0..<count { _ = try store.save(base.forwarded(), now: now) }
        _ = try #require(try store.claimDelivery(now: now, holdUntil: hold, includeFailed: true, ignoringBackoff: true))
        return store
    }

    /// The sentence `handovers deliver` makes of this report, in Swedish and English, is the
    /// command line's and is held by `DeliveredSentenceTests` (servicecenterTests).
    @Test("deliver counts the held row apart, with when the hold ends", arguments: Backends.all)
    func deliverSaysWhy(backend: Backend) throws {
        let store = try killedSender(backend, rows: 3)
        let transport = RecordingTransport()
        let report = try base.deliver(store, transport, .everything, at: now.addingTimeInterval(5))
        #expect(report == DeliveryReport(sent: 2, heldElsewhere: 1, heldUntil: hold))
        // Still unsent, so `handovers deliver` exits 75 (the README's "some are still unsent").
        #expect(try store.outbox().count == 1)
    }

    @Test("The outbox row says another process is sending it and when it is tried again; after the hold, that the process ended without an outcome", arguments: Backends.all)
    func outboxSaysWhy(backend: Backend) throws {
        let store = try killedSender(backend)
        let until = Timestamp.localMinute(hold, in: stockholm)
        let entries = try store.outbox()
        #expect(entries.first?.claimedUntil == hold)

        let during = OutboxList(entries: entries, zone: stockholm, now: now.addingTimeInterval(5)).render(.table, SwedishDeliveryStrings())
        let row = try #require(during.split(separator: "\n").last.map(String.init))
        #expect(row.contains("skickas") && !row.contains("väntar"), "\(row)")
        #expect(row.contains(SwedishDeliveryStrings().heldElsewhere(until: until)), "\(row)")
        // The next try column is the hold's end, not the (earlier) backoff time.
        #expect(row.contains(until))

        let after = OutboxList(entries: entries, zone: stockholm, now: hold.addingTimeInterval(60)).render(.table, EnglishDeliveryStrings())
        let lapsed = try #require(after.split(separator: "\n").last.map(String.init))
        #expect(lapsed.contains("pending") && lapsed.contains(EnglishDeliveryStrings().holdLapsed(until: until)), "\(lapsed)")

        let json = OutboxList(entries: entries, zone: stockholm, now: now).render(.json, EnglishDeliveryStrings())
        #expect(json.contains("\"claimed_until\" : \"\(Timestamp.utcText(hold))\"") || json.contains("\"claimed_until\": \"\(Timestamp.utcText(hold))\""), "\(json)")
    }

    @Test("Once the killed process's hold has passed, deliver sends the row and the outbox is empty; nothing held is reported", arguments: Backends.all)
    func afterTheHold(backend: Backend) throws {
        let store = try killedSender(backend)
        let transport = RecordingTransport()
        #expect(try base.deliver(store, transport, .everything, at: hold.addingTimeInterval(1)) == DeliveryReport(sent: 1))
        #expect(try store.outbox().isEmpty)
    }

    @Test("A row that failed before keeps its reason next to the hold's explanation", arguments: Backends.all)
    func reasonKept(backend: Backend) throws {
        let store = try base.store(backend)
        _ = try store.save(base.forwarded(), now: now).id
        _ = try base.deliver(store, RecordingTransport(failing: "exit 75: connection refused"))
        _ = try #require(try store.claimDelivery(now: now.addingTimeInterval(120), holdUntil: hold.addingTimeInterval(120), includeFailed: true, ignoringBackoff: true))
        let table = OutboxList(entries: try store.outbox(), zone: stockholm, now: now.addingTimeInterval(125)).render(.table, SwedishDeliveryStrings())
        #expect(table.contains("efter") && table.contains("exit 75: connection refused"), "\(table)")
    }
}
