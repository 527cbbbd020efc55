import Foundation
import ServicecenterCore
import Testing

/// Issue 17: `queue transfer` made a ticket's "taken" time the time of the transfer, so a
/// visitor who had waited twenty minutes looked newly arrived on the list and at the desk.
@Suite("Store: a transferred ticket keeps the time it was taken")
struct TransferredTicketTakenTimeTests {
    let day = LocalDay(year: 2026, month: 11, day: 23)

    @Test("Taken stays the first leg's time through two transfers; the move is recorded as the new leg's start", arguments: Backends.all)
    func takenTimeSurvivesTransfers(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let taken = try store.takeTicket(channel: .visit, service: nil, now: at("09:00:00"))
        _ = try store.takeTicket(channel: .visit, service: nil, now: at("09:05:00"))
        let moved = try store.transferTicket(taken.number, to: .signLanguage, service: nil, by: "anna", now: at("09:20:00"))
        #expect(moved.takenAt == at("09:00:00"))
        let again = try store.transferTicket(taken.number, to: .visit, service: "teknik", by: "erik", now: at("09:30:00"))
        #expect(again.takenAt == at("09:00:00"))

        let waiting = try store.waitingTickets(channel: nil, on: day)
        let b001 = try #require(waiting.first { $0.ticket == "B001" })
        #expect(b001.takenAt == at("09:00:00"))
        #expect(b001.movedAt == at("09:30:00"))
        // Each queue still measures its own leg: this one began at the move.
        #expect(b001.queuedAt == at("09:30:00"))
        #expect(b001.waiting(at: at("09:31:00")) == 60)
        // A ticket never moved has no move and is taken when it was offered.
        let b002 = try #require(waiting.first { $0.ticket == "B002" })
        #expect(b002.takenAt == at("09:05:00") && b002.movedAt == nil)
        // The transfers themselves are kept on the earlier legs.
        let legs = try store.queueCalls(on: day).filter { $0.ticket == "B001" }
        #expect(legs.compactMap(\.transferredAt).sorted() == [at("09:20:00"), at("09:30:00")])
    }
}
