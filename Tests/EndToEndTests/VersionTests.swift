import Foundation
import Testing

/// Issue 17: `servicecenter --version` was an unknown option.
@Suite("servicecenter --version", .endsWhatItStarts)
struct VersionTests {
    @Test("Prints \"servicecenter X.Y.Z\" and exits 0, without reading the configuration")
    func version() throws {
        var sandbox = try Sandbox()
        sandbox.environment["SERVICECENTER_CONFIG"] = "/nonexistent"
        let outcome = try sandbox.run("--version")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let line = outcome.stdout.trimmingCharacters(in: .newlines)
        let parts = line.split(separator: " ")
        #expect(parts.count == 2 && parts[0] == "servicecenter", "\(line)")
        let numbers = parts.last?.split(separator: ".").map { Int($0) } ?? []
        #expect(numbers.count == 3 && numbers.allSatisfy { $0 != nil }, "\(line)")
        #expect(try sandbox.run("--help").stdout.contains("--version"))
    }
}
