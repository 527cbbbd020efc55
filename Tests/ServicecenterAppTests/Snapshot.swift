import Foundation
import Testing

/// Compares rendered text with a snapshot kept next to the tests in `__Snapshots__/`.
///
/// A missing snapshot is written and the test fails, so every new picture is looked at
/// before it is trusted; `RECORD_SNAPSHOTS=1 swift test` re-records on purpose.
func assertSnapshot(_ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent("\(name).txt")
    let actual = lines.joined(separator: "\n") + "\n"
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name); review \(file.path) and run again.", sourceLocation: sourceLocation)
        return
    }
    if actual != expected {
        let diff = zip(expected.split(separator: "\n", omittingEmptySubsequences: false), actual.split(separator: "\n", omittingEmptySubsequences: false))
            .enumerated().first { $0.element.0 != $0.element.1 }
        Issue.record(
            "Snapshot \(name) differs at line \((diff?.offset ?? 0) + 1):\n  expected: \(diff?.element.0 ?? "")\n  actual:   \(diff?.element.1 ?? "")",
            sourceLocation: sourceLocation)
    }
}
