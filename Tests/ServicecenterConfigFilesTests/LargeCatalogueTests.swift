import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

/// Loading once looked up each `[[category]]` header by walking all of them: 5,000 categories
/// took 0.8 s and 100,000 did not finish in 20 s (issue 16). The time is measured by
/// `config-benchmark`; this checks that a large catalogue still comes out whole and located.
@Suite("Configuration: large catalogue")
struct LargeCatalogueTests {
    static func catalogue(_ count: Int) -> String {
        var text = "# generated\n"
        for index in 0..<count {
            let lines = [
                "[[category]]", "id = \"kategori-\(index)\"", "name = \"Kategori \(index)\"",
                "sector = \"\(index == count - 1 ? "okand" : "forskola")\"", "keywords = [\"ord\(index)\"]",
                "resolvable = \(index % 2 == 0)",
            ]
            text += lines.joined(separator: "\n") + "\n\n"
        }
        return text
    }

    @Test("20,000 categories: every one read, and a problem in the last one points at its own line")
    func twentyThousand() throws {
        let count = 20_000
        let dir = try ConfigDirectory()
        try dir.write("categories.toml", Self.catalogue(count) + "[[category]]\nid = \"kategori-7\"\nname = \"Igen\"\nsector = \"forskola\"\nresolvable = true\n")
        let (configuration, problems) = ConfigurationLoader.read(directory: dir.url)
        #expect(configuration.categories.count == count + 1)
        // Each entry takes 7 lines (6 and a blank) after the comment line: entry i starts at 2 + 7i.
        let last = count - 1
        #expect(configuration.categories[last].location?.line == 2 + 7 * last)
        #expect(problems.map(\.description).map { $0.replacingOccurrences(of: dir.url.path + "/", with: "") } == [
            "categories.toml:\(2 + 7 * last + 3): category.sector \"okand\": is not a sector in sectors.toml; use one of its ids",
            "categories.toml:\(2 + 7 * count + 1): category.id \"kategori-7\": is a duplicate; first defined at line \(2 + 7 * 7 + 1)",
        ])
    }
}
