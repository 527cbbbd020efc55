import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

/// Övrig fråga comes from configuration (`fallback = true` on one category), so its sector is
/// the site's to choose; two fallbacks are refused at the line of the second.
@Suite("Configuration: the fallback category")
struct FallbackCategoryTests {
    @Test("The shipped catalogue has one fallback, Övrig fråga, filed under a sector it lists")
    func shipped() throws {
        let config = try ConfigurationLoader.load(directory: ConfigDirectory.shipped)
        let fallback = try #require(config.fallbackCategory)
        #expect(fallback.id == "ovrigt")
        #expect(fallback.name == "Övrig fråga")
        #expect(config.sector(fallback.sector) != nil)
        #expect(config.categories.filter(\.fallback).count == 1)
    }

    @Test("A second fallback is a problem at its own line, naming the first")
    func second() throws {
        let dir = try ConfigDirectory()
        let start = try dir.lineCount("categories.toml")
        let first = try #require(ConfigurationLoader.load(directory: dir.url).fallbackCategory?.location?.keyLines["fallback"])
        try dir.append("categories.toml", """

            [[category]]
            id = "annat"
            name = "Annat ärende"
            sector = "kommunledning"
            resolvable = true
            fallback = true
            """)
        #expect(dir.problems() == [
            "categories.toml:\(start + 6): category.fallback \"true\": marks \"annat\" as a second fallback category; \"ovrigt\" already is one (line \(first)); mark only one",
        ])
    }

    @Test("A fallback that is not true or false is refused at its line")
    func wrongType() throws {
        let dir = try ConfigDirectory()
        let start = try dir.lineCount("categories.toml")
        try dir.append("categories.toml", """

            [[category]]
            id = "annat"
            name = "Annat ärende"
            sector = "kommunledning"
            resolvable = true
            fallback = "ja"
            """)
        let problems = dir.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("categories.toml:\(start + 6): category.fallback") == true)
    }
}
