import Foundation
import Testing
@testable import ServicecenterCore

/// `handovers outbox` cut the reason at about 30 characters ("e-postkommandot /work/verify1…")
/// whatever the terminal's width; only JSON had it whole. The reason is what the supervisor must
/// act on, so the table shows it whole.
@Suite("The outbox table shows the last failure's reason whole")
struct OutboxListReasonTests {
    static func entry(_ id: Int64, error: String?) -> OutboxEntry {
        OutboxEntry(
            eventID: id, handoverID: 1000 + id, event: .created, sector: "stadsbyggnad", mailbox: "bygg@orebro.se",
            messageID: OutboxEntry.messageID(handover: 1000 + id, event: id, database: "5eed", domain: "orebro.se"), state: .failed, attempts: 5,
            lastError: error, nextAttemptAt: Fixtures.time(10, 15), sentAt: nil, createdAt: Fixtures.time(10))
    }

    @Test("A 140-character reason arrives whole in the table, Swedish and English")
    func whole() {
        let reason = SwedishDeliveryStrings().commandMissing("/work/verify1/a/rather/long/path/to/the/site/mail/command/sendmail-wrapper")
        #expect(reason.count > 100)
        for strings in [SwedishDeliveryStrings() as any DeliveryStrings, EnglishDeliveryStrings()] {
            let table = OutboxList(entries: [Self.entry(1, error: reason)], zone: Fixtures.stockholm).render(.table, strings)
            #expect(table.contains(reason), "\(table)")
            #expect(!table.contains("…"))
        }
    }

    @Test("Property: 200 tables of 3 random reasons (1–400 characters) each appear whole on their own row, and the other columns stay aligned")
    func property() throws {
        var random = SeededGenerator(seed: 182)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzåäö /:;.,-_0123456789")
        var checked = 0
        for _ in 0..<200 {
            let reasons = (0..<3).map { _ in
                // Starts with a letter, so the cell's start is where its text starts.
                "e" + String((0..<Int.random(in: 0...399, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            }
            let entries = reasons.enumerated().map { Self.entry(Int64($0.offset + 1), error: $0.element) }
            let lines = OutboxList(entries: entries, zone: Fixtures.stockholm).render(.table, SwedishDeliveryStrings()).split(separator: "\n")
            try #require(lines.count == 2 + reasons.count)
            for (row, reason) in zip(lines.dropFirst(2), reasons) {
                let trimmed = reason.trimmingCharacters(in: .whitespaces)
                #expect(row.hasSuffix(trimmed), "\(row)")
            }
            // The reason column starts at the same place on every row.
            let starts = zip(lines.dropFirst(2), reasons).map { row, reason in row.count - reason.trimmingCharacters(in: .whitespaces).count }
            let header = String(lines[0])
            let column = header.count - SwedishDeliveryStrings().outboxColumns.last!.count
            #expect(starts.allSatisfy { $0 == column }, "\(starts) \(column)")
            checked += 1
        }
        #expect(checked == 200)
    }
}
