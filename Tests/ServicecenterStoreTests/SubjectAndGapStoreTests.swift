import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// The words a guide typed for an Övrig fråga contact (issue 17): kept as its subject, masked
/// like a note, counted in the catalogue gap report, purged with notes, and never read for
/// the open statistics.
@Suite("Store: subjects and catalogue gaps")
struct SubjectAndGapStoreTests {
    static let configuration = Configuration(
        sectors: [Sector(id: "teknik", name: "Tekniska förvaltningen", handoverWorkingDays: 2), Sector(id: "kommunledning", name: "Kommunledning", handoverWorkingDays: 2)],
        categories: [
            Category(id: "avfall", name: "Avfall och sophämtning", sector: "teknik", keywords: ["soptunna"], resolvable: true),
            Category(id: "ovrigt", name: "Övrig fråga", sector: "kommunledning", keywords: ["övrigt"], resolvable: true, fallback: true),
        ],
        operators: [Operator(user: "anna", name: "Anna", role: .guide)])

    let path = temporaryDatabase()

    func store() throws -> SQLiteStore {
        try SQLiteStore(path: path, zone: stockholm, gaps: CatalogueGaps(configuration: Self.configuration))
    }

    /// An Övrig fråga contact asked on 23 November 2026 at `time`, with `subject`.
    func other(_ subject: String?, at time: String = "09:00", day: String = "2026-11-23") -> Contact {
        var contact = contact("\(day)T\(time):00+01:00")
        contact.category = "ovrigt"
        contact.sector = "kommunledning"
        contact.subject = subject
        return contact
    }

    func stored(_ sql: String) throws -> String? {
        try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: sql) }
    }

    @Test("A subject is stored, read back, and masked like a note")
    func subjectMasked() throws {
        let store = try store()
        let id = try store.save(other("Bostadsbidrag för 811218-9876")).id
        #expect(try stored("SELECT subject FROM contact WHERE id = \(id)") == "Bostadsbidrag för 811218-****")
        #expect(try store.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!).first?.subject == "Bostadsbidrag för 811218-****")
    }

    @Test("Fallback contacts count their unmatched words per text, most frequent first; others count nothing")
    func gapsCounted() throws {
        let store = try store()
        _ = try store.save(other("Bostadsbidrag?", at: "09:00")).id
        _ = try store.save(other("bostadsbidrag", at: "11:30")).id
        _ = try store.save(other("jag vill ha hundskatt och soptunna", at: "10:00")).id
        _ = try store.save(other("soptunna", at: "10:30")).id
        _ = try store.save(other(nil, at: "12:00")).id
        var notFallback = contact("2026-11-23T13:00:00+01:00")
        notFallback.subject = "hundskatt"
        _ = try store.save(notFallback).id
        _ = try store.importContacts([other("Hundskatt", day: "2026-11-24")])
        let day = LocalDay("2026-11-23")!
        let gaps = try store.catalogueGaps(from: day, through: day)
        #expect(gaps.map(\.word) == ["bostadsbidrag", "hundskatt"])
        #expect(gaps.map(\.count) == [2, 1])
        #expect(gaps.first?.lastSeen == Timestamp.parse("2026-11-23T11:30:00+01:00"))
        let both = try store.catalogueGaps(from: day, through: day.adding(days: 1))
        #expect(both.map(\.word) == ["hundskatt", "bostadsbidrag"])
        #expect(both.map(\.count) == [2, 2])
    }

    @Test("A personnummer typed into the search reaches neither the subject nor the gap report in clear")
    func gapMasked() throws {
        let store = try store()
        _ = try store.save(other("hundskatt 811218-9876")).id
        let words = try store.catalogueGaps(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!).map(\.word)
        #expect(words == ["hundskatt"])
        #expect(!words.joined().contains("9876") && !words.joined().contains("811218"))
    }

    @Test("Gaps are counted per word, not per phrase; what masking left of numbers is no word")
    func perWord() throws {
        let store = try store()
        for (subject, time) in [
            ("glasögon", "09:00"), ("glasögon linser", "09:10"), ("linser", "09:20"),
            ("glasögon 19850101-1236 070-123 45 67", "09:30"), ("Glasögon? 811218-9876", "09:40"),
        ] {
            _ = try store.save(other(subject, at: time)).id
        }
        let gaps = try store.catalogueGaps(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!)
        #expect(gaps.map(\.word) == ["glasogon", "linser"])
        // Per phrase these were five rows of 1 each (two of them with a birth date's digits).
        #expect(gaps.map(\.count) == [4, 2])
        #expect(gaps.first?.lastSeen == Timestamp.parse("2026-11-23T09:40:00+01:00"))
        #expect(!gaps.contains { $0.word.contains { $0.isNumber || $0 == "*" } })
    }

    @Test("A database from v13 (gaps per phrase) has its rows split into words when it opens")
    func splitOnMigration() throws {
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v13 contact subject and catalogue gaps")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO catalogue_gap (local_date, text, count, last_seen) VALUES
                    ('2026-11-23', 'glasogon', 1, '2026-11-23T08:00:00Z'),
                    ('2026-11-23', 'glasogon linser', 2, '2026-11-23T08:10:00Z'),
                    ('2026-11-23', 'linser', 1, '2026-11-23T08:20:00Z'),
                    ('2026-11-23', 'glasogon 850101 070', 1, '2026-11-23T08:05:00Z'),
                    ('2026-11-24', 'linser x', 3, '2026-11-24T08:00:00Z'),
                    ('2026-11-24', '811218', 1, '2026-11-24T09:00:00Z')
                """)
        }
        try old.close()
        let store = try store()
        let day = LocalDay("2026-11-23")!
        let first = try store.catalogueGaps(from: day, through: day)
        #expect(first.map(\.word) == ["glasogon", "linser"])
        #expect(first.map(\.count) == [4, 3])
        #expect(first.map(\.lastSeen) == [Timestamp.parse("2026-11-23T08:10:00Z"), Timestamp.parse("2026-11-23T08:20:00Z")])
        let both = try store.catalogueGaps(from: day, through: day.adding(days: 1))
        #expect(both.map(\.word) == ["linser", "glasogon"] && both.map(\.count) == [6, 4])
        // The migrated table counts on: a new contact adds to the carried-over word.
        _ = try store.save(other("linser", at: "10:00")).id
        #expect(try store.catalogueGaps(from: day, through: day).first { $0.word == "linser" }?.count == 4)
    }

    @Test("Purge clears subjects and removes gap rows before the cutoff, and counts them; later ones stay")
    func purge() throws {
        let store = try store()
        _ = try store.save(other("hundskatt", day: "2025-11-20")).id
        _ = try store.save(other("hundskatt", day: "2026-11-23")).id
        let cutoff = LocalDay("2025-11-23")!
        let dry = try store.purgeFreeText(before: cutoff, dryRun: true, by: "admin")
        #expect(dry.subjects == 1 && dry.gaps == 1)
        let done = try store.purgeFreeText(before: cutoff, dryRun: false, by: "admin")
        #expect(done.subjects == 1 && done.gaps == 1)
        #expect(try stored("SELECT COUNT(*) FROM contact WHERE subject IS NOT NULL") == "1")
        let all = try store.catalogueGaps(from: LocalDay("2025-01-01")!, through: LocalDay("2026-12-31")!)
        #expect(all.map(\.word) == ["hundskatt"] && all.map(\.count) == [1])
        #expect(try store.purgeFreeText(before: cutoff, dryRun: true, by: "admin").total == 0)
    }

    @Test("The statistics read no subject: it cannot reach the open-data package")
    func notInStatistics() throws {
        let store = try store()
        _ = try store.save(other("hundskatt")).id
        let input = try store.statisticsInput(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!, includingOperators: true)
        #expect(input.contacts.count == 1)
        #expect(input.contacts.allSatisfy { $0.subject == nil })
    }
}
