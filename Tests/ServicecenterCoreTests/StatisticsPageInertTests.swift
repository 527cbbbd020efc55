import Foundation
import Testing
@testable import ServicecenterCore

/// report.html never carries a raw control character, DEL or bidirectional override, even
/// from a configuration that did not pass through `config check` (built in code, or read by
/// an older version): the site name went raw into <title> and <h1>, a sector name into a chart.
@Suite("Open statistics: report.html is inert")
struct StatisticsPageInertTests {
    @Test("ESC, OSC, C1, DEL and a bidi override in the site and sector names become visible pictures")
    func inert() {
        var configuration = OpenStatisticsFixture.configuration
        configuration.site.name = "Kommun\u{1B}[2J\u{9B}31m\u{7F}\u{202E}"
        for index in configuration.sectors.indices {
            configuration.sectors[index].name += "\u{1B}]0;PWNED\u{07}\u{2066}"
        }
        let statistics = OpenStatistics(configuration: configuration, input: OpenStatisticsFixture.input)
        for language in Language.allCases {
            let html = StatisticsPage(statistics, language: language).html
            #expect(!InertText.containsUnsafe(html, allowingLineBreaks: true), "\(language)")
            #expect(html.contains("<title>Kommun␛[2J�31m␡�"), "\(language)")
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("\n</html>\n"))
        }
    }
}
