import Foundation
import ServicecenterCore
import Testing

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


    static let gaps = CatalogueGaps(configuration: configuration)

    /// An Övrig fråga contact asked on 23 November 2026 at `time`, with `subject`.
    func other(_ subject: String?, at time: String = "09:00", day: String = "2026-11-23") -> Contact {
        var contact = contact("\(day)T\(time):00+01:00")
        contact.category = "ovrigt"
        contact.sector = "kommunledning"
        contact.subject = subject
        return contact
    }

    @Test("A subject is stored, read back, and masked like a note", arguments: Backends.all)
    func subjectMasked(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(gaps: Self.gaps)
        let id = try store.save(other("Bostadsbidrag för 811218-9876")).id
        #expect(try store.contact(id: id)?.subject == "Bostadsbidrag för 811218-****")
        #expect(!database.filesHold("9876"))
        #expect(try store.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!).first?.subject == "Bostadsbidrag för 811218-****")
    }

    @Test("Fallback contacts count their unmatched words per text, most frequent first; others count nothing", arguments: Backends.all)
    func gapsCounted(backend: Backend) throws {
        let store = try backend.makeDatabase().open(gaps: Self.gaps)
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

    @Test("A personnummer typed into the search reaches neither the subject nor the gap report in clear", arguments: Backends.all)
    func gapMasked(backend: Backend) throws {
        let store = try backend.makeDatabase().open(gaps: Self.gaps)
        _ = try store.save(other("hundskatt 811218-9876")).id
        let words = try store.catalogueGaps(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!).map(\.word)
        #expect(words == ["hundskatt"])
        #expect(!words.joined().contains("9876") && !words.joined().contains("811218"))
    }

    @Test("Gaps are counted per word, not per phrase; what masking left of numbers is no word", arguments: Backends.all)
    func perWord(backend: Backend) throws {
        let store = try backend.makeDatabase().open(gaps: Self.gaps)
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

    @Test("Purge clears subjects and removes gap rows before the cutoff, and counts them; later ones stay", arguments: Backends.all)
    func purge(backend: Backend) throws {
        let store = try backend.makeDatabase().open(gaps: Self.gaps)
        _ = try store.save(other("hundskatt", day: "2025-11-20")).id
        _ = try store.save(other("hundskatt", day: "2026-11-23")).id
        let cutoff = LocalDay("2025-11-23")!
        let dry = try store.purgeFreeText(before: cutoff, dryRun: true, by: "admin")
        #expect(dry.subjects == 1 && dry.gaps == 1)
        let done = try store.purgeFreeText(before: cutoff, dryRun: false, by: "admin")
        #expect(done.subjects == 1 && done.gaps == 1)
        #expect(try store.contacts(from: LocalDay("2025-01-01")!, through: LocalDay("2026-12-31")!).filter { $0.subject != nil }.count == 1)
        let all = try store.catalogueGaps(from: LocalDay("2025-01-01")!, through: LocalDay("2026-12-31")!)
        #expect(all.map(\.word) == ["hundskatt"] && all.map(\.count) == [1])
        #expect(try store.purgeFreeText(before: cutoff, dryRun: true, by: "admin").total == 0)
    }

    @Test("The statistics read no subject: it cannot reach the open-data package", arguments: Backends.all)
    func notInStatistics(backend: Backend) throws {
        let store = try backend.makeDatabase().open(gaps: Self.gaps)
        _ = try store.save(other("hundskatt")).id
        let input = try store.statisticsInput(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!, includingOperators: true)
        #expect(input.contacts.count == 1)
        #expect(input.contacts.allSatisfy { $0.subject == nil })
    }
}
