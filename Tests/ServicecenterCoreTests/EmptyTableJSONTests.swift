import Foundation
import Testing
@testable import ServicecenterCore

/// A table without rows is written as JSON a Frictionless reader accepts: its header row alone,
/// never `[]` (issue 23). The end-to-end `PackageValidityTests` run the real validator.
@Suite("Open statistics: empty tables in JSON")
struct EmptyTableJSONTests {
    @Test("Every table of an empty day is its field names as one header row; a table with rows stays an array of objects")
    func headerAlone() throws {
        let day = OpenStatisticsFixture.julafton
        let statistics = OpenStatistics(
            configuration: OpenStatisticsFixture.configuration, input: StatisticsInput(first: day, last: day, contacts: [], queueCalls: []))
        for table in statistics.tables(includingOperators: true) {
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(table.json.utf8)) as? [Any], "\(table.name)")
            if table.rows.isEmpty {
                #expect(table.json != "[]\n")
                #expect(parsed.count == 1, "\(table.name)")
                #expect(parsed.first as? [String] == table.fields.map(\.name), "\(table.name)")
            } else {
                #expect(parsed.count == table.rows.count && parsed.allSatisfy { $0 is [String: Any] }, "\(table.name)")
            }
        }
        // The summary has a row for every day, empty or not; the others have none on julafton.
        #expect(statistics.summaryTable.rows.count == 1 && statistics.contactTable.rows.isEmpty)
    }
}
