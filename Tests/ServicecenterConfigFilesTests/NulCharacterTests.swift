import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

/// A `\u0000` escape passed `config check` and cut the value short ("Kommun\u0000x" became
/// "Kommun"): the TOML library hands strings over as C strings. It must be refused at file:line
/// like every other control character.
@Suite("Configuration: NUL characters")
struct NulCharacterTests {
    @Test("The issue's sector name with \\u0000, and \\U00000000, in every file: a problem at file:line, no configuration")
    func escapes() throws {
        let sectorName = #"name = "Kommunledningsförvaltningen""#
        for escape in [#"\u0000"#, #"\U00000000"#] {
            let dir = try ConfigDirectory()
            let original = try String(contentsOf: dir.url.appendingPathComponent("sectors.toml"), encoding: .utf8)
            let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
            let line = try #require(lines.firstIndex { $0 == sectorName }) + 1
            try dir.write("sectors.toml", original.replacingOccurrences(of: sectorName, with: #"name = "Kommun\#(escape)x""#))
            let problems = dir.problems()
            #expect(problems.contains { $0.hasPrefix("sectors.toml:\(line):") && $0.contains("NUL") }, "\(escape): \(problems)")
            #expect((try? ConfigurationLoader.load(directory: dir.url)) == nil)
        }
        for file in ConfigurationLoader.files {
            let dir = try ConfigDirectory()
            let line = try dir.lineCount(file) + 1
            try dir.append(file, "\n" + #"nul_escape = "a\u0000b""# + "\n")
            #expect(dir.problems().contains { $0.hasPrefix("\(file):\(line + 0):") && $0.contains("NUL") }, "\(file): \(dir.problems())")
        }
    }

    @Test("Where it is found: basic and multi-line strings, quoted keys and raw NUL bytes; not literal strings or an escaped backslash")
    func scanner() {
        #expect(NulCharacterCheck.firstNul(in: #"a = "x\u0000""#) == 1)
        #expect(NulCharacterCheck.firstNul(in: #"a = "\"\U00000000""#) == 1)
        #expect(NulCharacterCheck.firstNul(in: "a = 1\nb = \"\"\"\nline\n" + #"\u0000"# + "\n\"\"\"") == 4)
        #expect(NulCharacterCheck.firstNul(in: "x = 1\n" + #""k\u0000" = 1"#) == 2)
        #expect(NulCharacterCheck.firstNul(in: "a = 1\nb = \"x\0y\"") == 2)
        #expect(NulCharacterCheck.firstNul(in: "a = 1 # note\0\nb = 2") == 1)
        #expect(NulCharacterCheck.firstNul(in: "a = 1\n\0") == 2)
        // Not a NUL: six characters in a literal string, an escaped backslash, other escapes.
        #expect(NulCharacterCheck.firstNul(in: #"a = '\u0000'"#) == nil)
        #expect(NulCharacterCheck.firstNul(in: "a = '''\n" + #"\u0000"# + "\n'''") == nil)
        #expect(NulCharacterCheck.firstNul(in: #"a = "\\u0000""#) == nil)
        #expect(NulCharacterCheck.firstNul(in: #"a = "\u0001 \u00000 \U00000041 \u000""#) == 1)
        #expect(NulCharacterCheck.firstNul(in: #"a = "\u0001 \U00000041 \u0010""#) == nil)
        for file in ConfigurationLoader.files {
            let text = try? String(contentsOf: ConfigDirectory.shipped.appendingPathComponent(file), encoding: .utf8)
            #expect(text.map(NulCharacterCheck.firstNul) == .some(nil), "\(file)")
        }
    }
}
