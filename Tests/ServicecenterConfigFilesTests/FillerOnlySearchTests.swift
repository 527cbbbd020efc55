import Testing
import ServicecenterConfigFiles
import ServicecenterCore

/// What the README says of filler words, held to the shipped catalogue (issue 17): left out
/// beside other words, but a search of filler words only is searched as typed and lists
/// categories (a prefix being typed), and is never counted as a gap.
@Suite("Shipped catalogue: a search of filler words only")
struct FillerOnlySearchTests {
    static let configuration = try! ConfigurationLoader.load(directory: ConfigDirectory.shipped)
    static let search = CategorySearch(categories: configuration.categories)

    @Test("Filler words alone list categories; \"för\" finds förskola while it is typed", arguments: ["om", "jag vill", "för"])
    func listed(query: String) {
        #expect(!Self.search.search(query).isEmpty, "\(query)")
    }

    @Test("\"för\" is the start of förskola")
    func prefix() {
        #expect(Self.search.search("för").contains { $0.category.id == "forskoleplats" })
    }

    @Test("Beside other words they are left out: they neither match nor count as a gap")
    func leftOut() throws {
        let match = try #require(Self.search.search("jag vill ansöka om bygglov").first)
        #expect(match.words.map(\.typed) == ["ansoka", "bygglov"])
        var contact = Contact(
            startedAt: .now, endedAt: .now, channel: .phone, category: "ovrigt", sector: "kommunledning",
            resolvable: true, operatorUser: "anna", resolution: .resolved)
        contact.subject = "om jag vill"
        #expect(CatalogueGaps(configuration: Self.configuration).gap(for: contact) == [])
    }
}
