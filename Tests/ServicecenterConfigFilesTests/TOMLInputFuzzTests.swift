import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

/// Stray brackets and other TOML-ish junk must become located syntax errors, never reach the
/// TOML library's assertions (issue 16: `[[[[x]]` in any file aborted every command).
@Suite("Configuration: hostile TOML")
struct TOMLInputFuzzTests {
    @Test("[[[[x]], [=x], a lone [ and [[ [x]] in any of the four files: a syntax error with file and line")
    func badHeaders() throws {
        for file in ConfigurationLoader.files {
            for header in ["[[[[x]]", "[=x]", "[", "[[ [x]]", "[.a]", "[ [x]", "[[#]]", "[å]"] {
                let dir = try ConfigDirectory()
                let line = try dir.lineCount(file) + 1
                try dir.append(file, "\n\(header)\n")
                let problems = dir.problems()
                #expect(problems.contains { $0.hasPrefix("\(file):\(line + 0): TOML syntax error") }, "\(file) + \(header): \(problems)")
            }
        }
    }

    @Test("Brackets inside strings, comments and multi-line arrays are not headers")
    func bracketsInValues() {
        let text = """
            # [[[[ a comment
            name = "[[[[x]]"
            other = '[=x]'
            multi = \"\"\"
            [[[[not a header
            [
            \"\"\"
            literal = '''
            [=
            '''
            list = [
              [1, 2],
              [3], # ] a closing bracket in a comment
              "[", '[[',
            ]
            inline = { a = "[", b = [1] }

            [site]
            name = "x"

            [[category]]
            "quoted key" = 1

            [ "quoted" . header ]
            [[ 'literal' ]]
            """
        #expect(TableHeaderCheck.firstUnsafeHeader(in: text) == nil)
        #expect(TableHeaderCheck.firstUnsafeHeader(in: text + "\n[[[x]]") == 26)
        #expect(TableHeaderCheck.firstUnsafeHeader(in: "a = 1\r\n[\r\nb = 2") == 2)
        for file in ConfigurationLoader.files {
            let text = try? String(contentsOf: ConfigDirectory.shipped.appendingPathComponent(file), encoding: .utf8)
            #expect(text.map(TableHeaderCheck.firstUnsafeHeader) == .some(nil), "\(file)")
        }
    }

    static let fragments = [
        "[", "]", "[[", "]]", "[[[", "=", " = ", "\"", "'", "\"\"\"", "'''", "#", "x", "a.b", "\"k\"", "{", "}", ",", ".", "1", "-1",
        "1e19", "inf", "nan", "true", "1979-05-27", "07:32:00", " ", "\t", "\\", "\\u00e5", "å", "日本", "\u{301}", "\u{0}", "\u{7f}",
        "\r", "0x1F", "+", "_", "-", "\n",
    ]

    static func junkLine(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...10, using: &random)).map { _ in fragments.randomElement(using: &random)! }.joined()
    }

    @Test("20,000 documents of random TOML-ish lines through the parser, and 300 through the whole loader: no abort")
    func randomLines() throws {
        var random = SeededGenerator(seed: 16_3)
        var parsed = 0, refused = 0
        for _ in 0..<20_000 {
            let lines = (0..<Int.random(in: 1...6, using: &random)).map { _ in Self.junkLine(&random) }
            let text = (["[site]", "name = \"x\""] + lines).shuffled(using: &random).joined(separator: "\n")
            var problems: [ConfigurationProblem] = []
            if ConfigurationLoader.parse(text: text, file: "fuzz.toml", problems: &problems) != nil { parsed += 1 } else { refused += 1 }
            #expect(problems.allSatisfy { $0.location.file == "fuzz.toml" })
        }
        let dir = try ConfigDirectory()
        let originals = try Dictionary(uniqueKeysWithValues: ConfigurationLoader.files.map {
            ($0, try String(contentsOf: ConfigDirectory.shipped.appendingPathComponent($0), encoding: .utf8))
        })
        var located = 0
        for _ in 0..<300 {
            let file = ConfigurationLoader.files.randomElement(using: &random)!
            var lines = originals[file]!.components(separatedBy: "\n")
            lines.insert(Self.junkLine(&random), at: Int.random(in: 0...lines.count, using: &random))
            try dir.write(file, lines.joined(separator: "\n"))
            let problems = ConfigurationLoader.read(directory: dir.url).problems
            if problems.contains(where: { $0.location.line != nil }) { located += 1 }
            try dir.write(file, originals[file]!)
        }
        #expect(parsed > 0 && refused > 0)
        #expect(located > 100)
        FileHandle.standardError.write(Data("toml fuzz: 20000 documents (\(parsed) parsed, \(refused) refused), 300 loader runs (\(located) with a located problem)\n".utf8))
    }
}
