import Foundation
import ServicecenterCore
import Testing

/// Knowledge use (issue 22): the articles a contact opened are saved with it, in its
/// transaction, read back with it and with the statistics' contacts, replaced by a correction,
/// imported, removed with the demo and copied by `migrate`; the desk's searches that matched
/// nothing are kept masked and folded, counted per words, and purged with notes.
@Suite("Store: knowledge use")
struct KnowledgeStoreTests {
    let day = LocalDay("2026-11-23")!

    func opened(_ articles: [String], at time: String = "09:00", externalID: String? = nil) -> Contact {
        var contact = contact("2026-11-23T\(time):00+01:00", externalID: externalID)
        contact.articles = articles
        return contact
    }

    @Test("The articles opened come back with the contact, in the order opened, each once", arguments: Backends.all)
    func savedAndRead(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        let id = try store.save(opened(["sophamtning", "avfall-taxa", "sophamtning"])).id
        let none = try store.save(opened([], at: "10:00")).id
        #expect(try store.contact(id: id)?.articles == ["sophamtning", "avfall-taxa"])
        #expect(try store.contact(id: none)?.articles == [])
        #expect(try store.contacts(from: day, through: day).map(\.articles) == [["sophamtning", "avfall-taxa"], []])
        #expect(try store.contacts(of: "anna", from: day, through: day, limit: 10).map(\.articles) == [[], ["sophamtning", "avfall-taxa"]])
        let input = try store.statisticsInput(from: day, through: day, includingOperators: false)
        #expect(input.contacts.first { $0.id == id }?.articles == ["sophamtning", "avfall-taxa"])
        #expect(input.contacts.first { $0.id == none }?.articles == [])
    }

    @Test("A correction replaces the articles; an import carries them; a repeated import adds none twice", arguments: Backends.all)
    func correctedAndImported(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        let id = try store.save(opened(["sophamtning"])).id
        var corrected = try #require(try store.contact(id: id))
        corrected.articles = ["avfall-taxa", "grovsopor"]
        try store.update(corrected)
        #expect(try store.contact(id: id)?.articles == ["avfall-taxa", "grovsopor"])
        corrected.articles = []
        try store.update(corrected)
        #expect(try store.contact(id: id)?.articles == [])

        let batch = [opened(["grovsopor"], at: "11:00", externalID: "ext-1"), opened([], at: "12:00", externalID: "ext-2")]
        #expect(try store.importContacts(batch).inserted == 2)
        #expect(try store.importContacts(batch).inserted == 0)
        let imported = try store.contacts(from: day, through: day).filter { $0.externalID == "ext-1" }
        #expect(imported.map(\.articles) == [["grovsopor"]])
    }

    @Test("An article id holding a personnummer is masked like any typed text", arguments: Backends.all)
    func articleIDMasked(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open()
        let id = try store.save(opened(["811218-9876"])).id
        #expect(try store.contact(id: id)?.articles.first?.contains("9876") == false)
        #expect(!database.filesHold("811218-9876"))
    }

    @Test("Unmatched searches: masked, folded, no digits, counted per words, most often first, per period", arguments: Backends.all)
    func searchesCounted(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open()
        let monday = at("09:00:00"), tuesday = Timestamp.parse("2026-11-24T09:00:00+01:00")!
        try store.recordUnmatchedSearch("Glasögon linser", now: monday)
        try store.recordUnmatchedSearch("glasogon  LINSER", now: monday)
        try store.recordUnmatchedSearch("hundskatt 811218-9876", now: tuesday)
        try store.recordUnmatchedSearch("ring 070-123 45 67 om hundskatt", now: monday)
        try store.recordUnmatchedSearch("811218-9876", now: monday)
        try store.recordUnmatchedSearch("   ", now: monday)
        try store.recordUnmatchedSearch(String(repeating: "parkeringstillstand ", count: 3) + String(repeating: "x", count: 90), now: monday)
        let both = try store.unmatchedSearches(from: day, through: day.adding(days: 1))
        #expect(both.map(\.words) == ["glasogon linser", "hundskatt", "parkeringstillstand", "ring hundskatt"])
        #expect(both.map(\.count) == [2, 1, 1, 1])
        #expect(both.first { $0.words == "hundskatt" }?.lastDay == day.adding(days: 1))
        #expect(try store.unmatchedSearches(from: day, through: day).map(\.words) == ["glasogon linser", "parkeringstillstand", "ring hundskatt"])
        #expect(both.allSatisfy { $0.words.count <= UnmatchedSearchWords.maximumLength })
        #expect(!database.filesHold("9876") && !database.filesHold("123 45 67"))
    }

    @Test("Purging removes the searches before the cutoff, counted and audited; the articles opened stay", arguments: Backends.all)
    func purged(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        let old = Timestamp.parse("2025-01-10T10:00:00+01:00")!
        var oldContact = contact("2025-01-10T10:00:00+01:00")
        oldContact.articles = ["sophamtning"]
        let id = try store.save(oldContact).id
        try store.recordUnmatchedSearch("hundskatt", now: old)
        try store.recordUnmatchedSearch("hundskatt", now: old)
        try store.recordUnmatchedSearch("hundskatt", now: at("09:00:00"))
        let cutoff = LocalDay("2025-11-23")!
        #expect(try store.purgeFreeText(before: cutoff, dryRun: true, by: "admin").searches == 2)
        let done = try store.purgeFreeText(before: cutoff, dryRun: false, by: "admin")
        #expect(done.searches == 2)
        #expect(try store.auditLog().last?.details.hasSuffix(", unmatched searches 2") == true)
        let oldDay = LocalDay("2025-01-10")!
        #expect(try store.unmatchedSearches(from: oldDay, through: day).map(\.count) == [1])
        #expect(try store.contact(id: id)?.articles == ["sophamtning"])
    }

    @Test("demo --remove takes the demo contacts' articles with them and leaves a real contact's", arguments: Backends.all)
    func demoRemoval(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let site = try DemoRemovalStoreTests.demoBesideRealWork(in: store)
        let first = try #require(site.days.first), last = try #require(site.days.last)
        // Demo contacts with articles: a correction puts them on (the generator opens none).
        for var demo in try store.contacts(from: first, through: last).filter({ $0.externalID?.hasPrefix("demo-") == true }).prefix(3) {
            demo.articles = ["sophamtning"]
            try store.update(demo)
        }
        let real = try store.save(opened(["grovsopor"], at: "12:00")).id
        _ = try store.removeDemo()
        #expect(try store.contact(id: real)?.articles == ["grovsopor"])
        #expect(try store.contactCount() == 3)
    }
}
