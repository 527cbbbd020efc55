import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// At 80×24 the dashboard's line read "1 ärende kunde inte mejlas ·…": the command's hint did
/// not fit the overdue panel and was cut. Where the whole line does not fit, the count and what
/// it means stand alone, never cut.
@Suite("The dashboard's failing-delivery line fits its panel")
struct DashboardFailingDeliveriesWidthTests {
    static func screen(width: Int, height: Int, failing: Int, language: Language) -> [String] {
        var live = DashboardTests.live
        live.failingDeliveries = failing
        var model = DashboardModel(
            configuration: DeskFixtures.configuration, viewer: DashboardTests.supervisor, text: dashboardStrings(for: language),
            now: DashboardTests.now, size: Size(width: width, height: height))
        model.update(.loaded(live))
        return model.view(theme: .monochrome).lines()
    }

    /// The line's text on screen, from its count to the end of the row, trailing blanks dropped.
    static func shown(_ screen: [String], _ short: String) -> String? {
        guard let row = screen.first(where: { $0.contains(short) }), let start = row.range(of: short)?.lowerBound else { return nil }
        var text = String(row[start...])
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    @Test("80×24, Swedish: '1 ärende kunde inte mejlas' whole, with nothing cut after it")
    func eightyByTwentyFour() throws {
        let screen = Self.screen(width: 80, height: 24, failing: 1, language: .swedish)
        let shown = try #require(Self.shown(screen, "1 ärende kunde inte mejlas"), "\(screen.joined(separator: "\n"))")
        #expect(shown == "1 ärende kunde inte mejlas", "\(shown)")
        #expect(!screen.joined().contains("mejlas ·"))
    }

    @Test("Property: 2 languages × 4 counts × 13 widths (80…200) × 2 heights: the line is the whole or the short text, never cut")
    func neverCut() throws {
        var checked = 0, whole = 0, short = 0
        for language in [Language.swedish, .english] {
            let strings = deliveryStrings(for: language)
            for failing in [1, 2, 12, 999] {
                for width in stride(from: 80, through: 200, by: 10) {
                    for height in [24, 40] {
                        let screen = Self.screen(width: width, height: height, failing: failing, language: language)
                        let shown = try #require(Self.shown(screen, strings.failingDeliveriesShort(failing)), "\(language) \(width)×\(height)")
                        #expect(shown == strings.failingDeliveries(failing) || shown == strings.failingDeliveriesShort(failing),
                                "\(language) \(failing) \(width)×\(height): \(shown)")
                        if shown == strings.failingDeliveries(failing) { whole += 1 } else { short += 1 }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 208)
        // Both forms occur: wide screens keep the command's hint.
        #expect(whole > 0 && short > 0, "whole \(whole), short \(short)")
    }
}
