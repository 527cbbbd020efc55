import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// F7's detail shows the sector's steps as far as the screen allows, not only the last two; when
/// they do not all fit, the newest stay and a line says how many earlier ones there are.
@Suite("Desk: F7 shows the hand-over's steps that fit")
struct DeskHandoverHistoryStepsTests {
    static let steps = [
        HandoverHistoryEntry(at: DeskFixtures.now.addingTimeInterval(-7_200), by: "anna", event: .created, note: nil),
        HandoverHistoryEntry(at: DeskFixtures.now.addingTimeInterval(-6_000), by: "lena", event: .acknowledged, note: "Tittar på det"),
        HandoverHistoryEntry(at: DeskFixtures.now.addingTimeInterval(-5_000), by: "lena", event: .calledBack, note: "Ringt 9.15, bokat möte"),
        HandoverHistoryEntry(at: DeskFixtures.now.addingTimeInterval(-4_000), by: "lena", event: .closed, note: "Inget lov krävs"),
        HandoverHistoryEntry(at: DeskFixtures.now.addingTimeInterval(-3_000), by: "lena", event: .reopened, note: "Grannen hörde av sig"),
        HandoverHistoryEntry(at: DeskFixtures.now.addingTimeInterval(-2_000), by: "lena", event: .closed, note: "Avslutat efter möte"),
    ]

    static func board(size: Size) -> DeskModel {
        var model = DeskFixtures.model(size: size)
        model.press(.function(7))
        var handover = DeskHandoverTests.handover(1015, due: "2026-11-25", status: .closed, sector: "stadsbyggnad")
        handover.matter = "Behövs bygglov för inglasad altan?"
        model.update(.handoversLoaded([handover]))
        model.update(.handoverHistoryLoaded(id: 1015, steps))
        return model
    }

    @Test("At 120×40 every step's note is on screen, in order")
    func allAtLargeSize() {
        let lines = Self.board(size: Size(width: 120, height: 40)).view(theme: .monochrome).lines()
        let notes = Self.steps.compactMap(\.note)
        let rows = notes.map { note in lines.firstIndex { $0.contains(note) } }
        #expect(rows.allSatisfy { $0 != nil }, "\(lines.joined(separator: "\n"))")
        let found = rows.compactMap { $0 }
        #expect(found == found.sorted(), "in the order they happened")
    }

    @Test("At 80×24 the newest steps (the closing note) stay, and the earlier ones are counted with where to read them")
    func newestAtSmallSize() {
        let model = Self.board(size: Size(width: 80, height: 24))
        let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
        #expect(screen.contains("Avslutat efter möte"), "\(screen)")
        let notes = Self.steps.compactMap(\.note)
        let hidden = notes.filter { !screen.contains($0) }.count
        if hidden > 0 {
            #expect(screen.contains(model.text.forwarding.earlierSteps(hidden, handoverID: 1015)), "\(screen)")
        }
    }
}
