import Foundation
import Testing
import TestSupport

/// Issue 17: the README's `stats --database …` after `demo` showed today alone, which is empty
/// before opening and on weekends. The README's own lines run here (with the built binary and a
/// sandbox database in place of `swift run` and /tmp), and every stats line must show the demo's
/// weeks: the period it prints reaches back to the demo's first day, and it has contacts.
@Suite("The README's demo and stats lines show the demo's weeks", .endsWhatItStarts)
struct ReadmeDemoStatsTests {
    @Test("demo, then each README stats line: the period covers the demo's days and shows contacts")
    func demoThenStats() throws {
        let readme = try String(contentsOf: Sandbox.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let demo = try #require(lines.firstIndex { $0.contains("servicecenter demo --database /tmp/servicecenter-demo.sqlite") })
        let block = lines[demo...].prefix { !$0.isEmpty }
        #expect(block.filter { $0.contains("servicecenter stats") }.count >= 2, "\(block)")
        let sandbox = try Sandbox()
        let database = sandbox.root.appendingPathComponent("demo.sqlite").path
        // Each stats line's output between markers, so each is checked on its own.
        let script = block.map { line in
            let command = line.replacingOccurrences(of: "swift run servicecenter", with: "'\(Sandbox.binary.path)'")
                .replacingOccurrences(of: "/tmp/servicecenter-demo.sqlite", with: database)
            return command.contains("servicecenter stats") || line.contains("servicecenter stats") ? "echo '@@'; \(command)" : command
        }.joined(separator: "\n")
        let result = try Spawn.run("/bin/bash", ["-euo", "pipefail", "-c", script], environment: sandbox.environment, directory: sandbox.root.path)
        #expect(result.status == 0, "\(result.stderr)")
        let created = try #require(result.stdout.firstMatch(of: /\((\d{4}-\d\d-\d\d) – (\d{4}-\d\d-\d\d)\)/), "\(result.stdout)")
        let first = String(created.1)
        let outputs = result.stdout.components(separatedBy: "@@\n").dropFirst()
        #expect(outputs.count >= 2)
        for output in outputs {
            let period = try #require(output.firstMatch(of: /(\d{4}-\d\d-\d\d) – (\d{4}-\d\d-\d\d)/), "\(output)")
            #expect(String(period.1) <= first, "the period \(period.0) misses the demo's first day \(first)")
            #expect(!output.contains("Inga kontakter") && !output.contains("No contacts"), "\(output)")
        }
    }
}
