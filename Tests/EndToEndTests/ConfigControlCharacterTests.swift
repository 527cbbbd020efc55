import Foundation
import Testing

/// `config check` refuses control characters in configuration strings end to end, and the
/// closed days outside the accepted window (issue 16 follow-up).
@Suite("Configuration strings and days, end to end", .endsWhatItStarts)
struct ConfigControlCharacterTests {
    @Test("ESC in a user, OSC in a sector name, C1 in the site name, year 9999 closed: exit 78, each at file:line, printed inert")
    func refused() throws {
        var sandbox = try Sandbox()
        let config = try sandbox.copyConfiguration()
        func edit(_ file: String, _ change: (String) -> String) throws {
            let url = config.appendingPathComponent(file)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("operators.toml") { $0.replacingOccurrences(of: "user = \"erik\"", with: "user = \"ev\\u001b[2Jil\"") }
        try edit("sectors.toml") { text in
            guard let name = text.range(of: "name = \"") else { return text }
            return text.replacingCharacters(in: name, with: "name = \"\\u001b]0;PWNED\\u0007")
        }
        try edit("servicecenter.toml") { text in
            var text = text.replacingOccurrences(of: "closed_days = []", with: "closed_days = [\"0000-01-01\", \"9999-12-31\"]")
            if let name = text.range(of: "name = \"") { text.replaceSubrange(name, with: "name = \"\\u0085") }
            return text
        }
        let outcome = try sandbox.run("config", "check")
        #expect(outcome.status == 78, "\(outcome.stdout)\(outcome.stderr)")
        let output = outcome.stdout + outcome.stderr
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || (0x80...0x9F).contains($0.value) })
        #expect(output.contains("operators.toml:") && output.contains("operator.user \"ev␛[2Jil\""), "\(output)")
        #expect(output.contains("sectors.toml:") && output.contains("␛]0;PWNED␇"), "\(output)")
        #expect(output.contains("servicecenter.toml:") && output.contains("site.name \"�"), "\(output)")
        #expect(output.contains("calendar.closed_days \"0000-01-01\"") && output.contains("calendar.closed_days \"9999-12-31\""), "\(output)")
    }
}
