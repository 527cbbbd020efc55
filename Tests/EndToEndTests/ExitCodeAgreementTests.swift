import Foundation
import Testing

/// Issue 17: the top-level help's exit codes left out 69 and that 77 also means "another role
/// is needed". The help is now written from `ExitStatus.documented`; this holds the README's
/// exit-code table (README "## Commands") to the same list.
@Suite("Exit codes: --help and the README agree", .endsWhatItStarts)
struct ExitCodeAgreementTests {
    /// The codes in the help's "Exit codes:" paragraph.
    func helpCodes() throws -> (codes: Set<Int>, text: String) {
        let help = try Sandbox().run("--help").stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let paragraph = try #require(help.range(of: "Exit codes: ").map { String(help[$0.upperBound...]) })
        // "128 + n" (a screen ended by a signal) is a family, not a code: compared on its own.
        let codes = paragraph.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.hasPrefix("128 + n") }.compactMap { Int($0.prefix { $0.isNumber }) }
        return (Set(codes), paragraph)
    }

    /// The codes in the README's table under "## Commands" (rows "| 64 | …").
    func readmeCodes() throws -> Set<Int> {
        let readme = try String(contentsOf: Sandbox.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let commands = try #require(readme.range(of: "## Commands").map { String(readme[$0.upperBound...]) })
        let table = commands.components(separatedBy: "| code | meaning |").dropFirst().first ?? ""
        var codes: Set<Int> = []
        for line in table.split(separator: "\n") {
            guard line.hasPrefix("|") else { if !codes.isEmpty { break } else { continue } }
            let cell = line.dropFirst().prefix { $0 != "|" }.trimmingCharacters(in: .whitespaces)
            if let code = Int(cell) { codes.insert(code) }
        }
        return codes
    }

    @Test("The same codes in both, 69 among them, and 77 names roles")
    func agree() throws {
        let (help, text) = try helpCodes()
        let table = try readmeCodes()
        #expect(help == table, "help \(help.sorted()) vs README \(table.sorted())")
        #expect(help.isSuperset(of: [0, 64, 65, 66, 69, 73, 74, 75, 77, 78, 79, 80]))
        #expect(text.contains("77 the database is read-only, or the command needs another role"))
        #expect(text.contains("128 + n"))
        let readme = try String(contentsOf: Sandbox.repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("| 128 + n |"))
    }
}
