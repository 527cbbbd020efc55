import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// A referral in the store: the destination id (a figure, kept) and annan's words (free text:
/// masked, purged), and the free text of databases from before destinations, migrated in v16.
@Suite("Store: referral destinations")
struct ReferralStoreTests {
    let path = temporaryDatabase()

    func stored(_ sql: String) throws -> [Row] {
        try DatabaseQueue(path: path).read { try Row.fetchAll($0, sql: sql) }
    }

    @Test("A destination and annan's words come back as saved; the words are masked, the id is not")
    func roundTrip() throws {
        let store = try SQLiteStore(path: path, zone: stockholm)
        let csn = try store.save(contact("2026-11-23T09:00:00+01:00", resolution: .referred(to: Referral(destination: "csn")))).id
        let other = try store.save(contact("2026-11-23T09:10:00+01:00", resolution: .referred(to: Referral(destination: "annan", text: "Hyresnämnden, ring 070-123 45 67")))).id
        let none = try store.save(contact("2026-11-23T09:20:00+01:00", resolution: .referred(to: nil))).id
        let day = LocalDay("2026-11-23")!
        let back = Dictionary(uniqueKeysWithValues: try store.contacts(from: day, through: day).map { ($0.id!, $0.resolution) })
        #expect(back[csn] == .referred(to: Referral(destination: "csn")))
        #expect(back[other] == .referred(to: Referral(destination: "annan", text: "Hyresnämnden, ring 070-*** ** **")))
        #expect(back[none] == .referred(to: nil))
        // Statistics read the destination (a figure) but never the words.
        let input = try store.statisticsInput(from: day, through: day, includingOperators: false)
        #expect(input.contacts.map(\.resolution).contains(.referred(to: Referral(destination: "annan"))))
        #expect(input.contacts.map(\.resolution).contains(.referred(to: Referral(destination: "csn"))))
        // A correction to another destination drops the words.
        var edited = contact("2026-11-23T09:10:00+01:00", resolution: .referred(to: Referral(destination: "polisen")))
        edited.id = other
        try store.update(edited)
        #expect(try stored("SELECT referred_to, referred_other FROM contact WHERE id = \(other)").map { [$0[0] as String?, $0[1] as String?] } == [["polisen", nil]])
    }

    @Test("v16 maps a database's old free-text referrals: known names to ids, the rest to annan with the text whole")
    func migration() throws {
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v14 catalogue gaps counted per word")
        try old.write { db in
            for (index, referredTo) in ["Försäkringskassan", "region örebro län", "FK, handläggare 070*******", nil].enumerated() {
                try db.execute(sql: """
                    INSERT INTO contact (started_at, ended_at, local_date, local_hour, channel, category, sector, resolvable,
                        operator, resolution, referred_to, handling_s, created_at)
                    VALUES ('2026-11-23T08:0\(index):00Z', '2026-11-23T08:0\(index):30Z', '2026-11-23', 9, 'phone', 'avfall', 'teknik', 1,
                        'anna', 'referred', ?, 30, '2026-11-23T08:00:00Z')
                    """, arguments: [referredTo])
            }
        }
        try old.close()
        let store = try SQLiteStore(path: path, zone: stockholm)
        let day = LocalDay("2026-11-23")!
        #expect(try store.contacts(from: day, through: day).map(\.resolution) == [
            .referred(to: Referral(destination: "forsakringskassan")),
            .referred(to: Referral(destination: "region")),
            .referred(to: Referral(destination: "annan", text: "FK, handläggare 070*******")),
            .referred(to: nil),
        ])
    }

    @Test("Purge clears annan's words and keeps every destination, so the figures stay")
    func purge() throws {
        let store = try SQLiteStore(path: path, zone: stockholm)
        _ = try store.save(contact("2025-01-10T09:00:00+01:00", resolution: .referred(to: Referral(destination: "annan", text: "Hyresnämnden")))).id
        _ = try store.save(contact("2025-01-10T09:10:00+01:00", resolution: .referred(to: Referral(destination: "skatteverket")))).id
        let outcome = try store.purgeFreeText(before: LocalDay("2025-06-01")!, dryRun: false, by: "admin")
        #expect(outcome.referrals == 1)
        #expect(try stored("SELECT referred_to, referred_other FROM contact ORDER BY id").map { [$0[0] as String?, $0[1] as String?] }
            == [["annan", nil], ["skatteverket", nil]])
    }
}
