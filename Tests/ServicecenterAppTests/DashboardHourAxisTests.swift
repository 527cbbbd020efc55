import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

@Suite("Dashboard: the hourly bars follow the opening hours")
struct DashboardHourAxisTests {
    /// The scale row under the bars: the line holding "08".
    func scale(_ live: LiveDay) -> String {
        var model = DashboardModel(
            configuration: DeskFixtures.configuration, viewer: DashboardTests.supervisor, text: dashboardStrings(for: .swedish),
            now: DashboardTests.now, size: Size(width: 100, height: 30))
        model.update(.loaded(live))
        return model.view(theme: .monochrome).lines().first { $0.contains(" 08 ") } ?? ""
    }

    @Test("A visit at 23:01 no longer stretches the axis to 23: it is counted in one 'övriga' bar after 16")
    func lateContact() {
        var live = DashboardTests.live
        #expect(scale(live).contains("16") && !scale(live).contains("övriga"))
        live.contacts[.visit]?.byHour[23] = 1
        let withLate = scale(live)
        #expect(withLate.contains("övriga") && !withLate.contains("18") && !withLate.contains("22"), "\(withLate)\n\(live.contacts[.visit]!.byHour)")
    }
}
