import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// The sector search (^G) and the referral picker use the height the screen gives, and mark
/// rows hidden above or below with ▲/▼, as scrolled text does.
@Suite("Desk: pickers use the height and mark hidden rows")
struct DeskPickerScrollMarksTests {
    static func shippedModel(size: Size) -> DeskModel {
        let configuration = DeskReadAloudTests.shipped
        return DeskModel(configuration: configuration, guide: Operator(user: "anna", name: "Anna Lindqvist", role: .guide),
                         text: SwedishDeskStrings(), now: DeskFixtures.now, size: size, station: Station(channel: .phone), draft: nil)
    }

    static func atSectorSearch(size: Size) -> DeskModel {
        var model = shippedModel(size: size)
        let category = DeskReadAloudTests.shipped.categories.first { $0.id == "bygglov" } ?? DeskReadAloudTests.shipped.categories[0]
        var draft = ContactForm(startedAt: DeskFixtures.now, channel: .phone, search: category.name)
        draft.categoryID = category.id
        model.open(draft)
        model.press(.character("2"), .character("1"))
        model.type("Fråga")
        model.press(.escape, .control("g"))
        return model
    }

    @Test("At 120×40 every shipped sector is in the ^G list; at 70×18 ▼ marks the rest, and ▲ once scrolled to the end")
    func sectorList() {
        let sectors = DeskReadAloudTests.shipped.sectors
        #expect(sectors.count >= 13)
        let wide = Self.atSectorSearch(size: Size(width: 120, height: 40))
        #expect(wide.focus == .sectorChoice)
        let screen = wide.view(theme: .monochrome).lines().joined(separator: "\n")
        for sector in sectors { #expect(screen.contains(sector.name), "\(sector.name):\n\(screen)") }
        #expect(!screen.contains("▼") && !screen.contains("▲"))

        var small = Self.atSectorSearch(size: Size(width: 70, height: 18))
        #expect(small.view(theme: .monochrome).lines().contains { $0.contains("▼") }, "rows hidden below are marked")
        for _ in sectors { small.press(.down) }
        small.press(.up)
        let lines = small.view(theme: .monochrome).lines()
        #expect(lines.contains { $0.contains("▲") }, "rows hidden above are marked:\n\(lines.joined(separator: "\n"))")
    }

    @Test("The referral list shows Annan at 80×24 without ↓; where it does not fit, ▼ says there is more and ▲ once scrolled")
    func referralList() {
        var model = DeskFixtures.model(size: Size(width: 80, height: 24))
        model.type("sopor")
        model.press(.enter, .character("3"))
        #expect(model.focus == .referral)
        let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
        #expect(screen.contains("Annan"), "\(screen)")

        var small = DeskFixtures.model(size: Size(width: 70, height: 18))
        small.type("sopor")
        small.press(.enter, .character("3"))
        let lines = small.view(theme: .monochrome).lines()
        if !lines.joined().contains("Annan") {
            #expect(lines.contains { $0.contains("▼") }, "\(lines.joined(separator: "\n"))")
            for _ in 0..<ReferralDestinations.standard.count { small.press(.down) }
            let scrolled = small.view(theme: .monochrome).lines()
            #expect(scrolled.contains { $0.contains("▲") } && scrolled.joined().contains("Annan"), "\(scrolled.joined(separator: "\n"))")
        }
    }
}
