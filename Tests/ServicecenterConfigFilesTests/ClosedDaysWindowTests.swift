import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

/// A closed day is a day from outside like any other: outside `AcceptedTimes` it is a located
/// problem in `config check`, not a calendar entry that runs working-day arithmetic off four digits.
@Suite("Configuration files: closed days in the accepted window")
struct ClosedDaysWindowTests {
    @Test("Year 0000 and 9999 are refused with file:line and the window; the window's own ends pass")
    func outsideWindow() throws {
        let dir = try ConfigDirectory()
        let text = try String(contentsOf: dir.url.appendingPathComponent("servicecenter.toml"), encoding: .utf8)
            .replacingOccurrences(
                of: "closed_days = []",
                with: "closed_days = [\"0000-01-01\", \"1970-01-01\", \"2099-12-31\", \"2100-01-01\", \"9999-12-31\"]")
        try dir.write("servicecenter.toml", text)
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("closed_days") }.map { $0 + 1 }
        let problems = dir.problems()
        for refused in ["0000-01-01", "2100-01-01", "9999-12-31"] {
            #expect(problems.contains {
                $0.contains("servicecenter.toml:\(line ?? -1)") && $0.contains("calendar.closed_days \"\(refused)\"")
                    && $0.contains(AcceptedTimes.description)
            }, "\(refused) not refused: \(problems)")
        }
        #expect(problems.count == 3, "\(problems)")
    }
}
