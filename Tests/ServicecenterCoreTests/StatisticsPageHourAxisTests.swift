import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Open statistics: the hourly chart follows the opening hours")
struct StatisticsPageHourAxisTests {
    func labels(_ contacts: [Contact]) -> [String] {
        let input = StatisticsInput(
            first: OpenStatisticsFixture.wednesday, last: OpenStatisticsFixture.wednesday, contacts: contacts,
            queueCalls: [], handovers: [])
        let html = StatisticsPage(OpenStatistics(configuration: OpenStatisticsFixture.configuration, input: input), language: .swedish).html
        // The first chart is contacts per hour; its labels sit under the bars.
        let chart = html.components(separatedBy: "<svg")[1].components(separatedBy: "</svg>")[0]
        return chart.components(separatedBy: "text-anchor=\"middle\" font-size=\"11\">").dropFirst()
            .map { String($0.prefix { $0 != "<" }) }.filter { $0.count == 2 || $0 == "övriga" }
    }

    @Test("Opening to closing (08–16), with a late contact counted in one 'övriga' bar instead of stretching the axis to 23")
    func axis() {
        let day = OpenStatisticsFixture.contacts
        let hours = (8...16).map { String(format: "%02d", $0) }
        #expect(labels(day) == hours)
        let late = OpenStatisticsFixture.contact(.visit, "bygglov", "stadsbyggnad", resolvable: true,
                                                 start: OpenStatisticsFixture.at(23, 1), handling: 120)
        #expect(labels(day + [late]) == hours + ["övriga"])
    }
}
