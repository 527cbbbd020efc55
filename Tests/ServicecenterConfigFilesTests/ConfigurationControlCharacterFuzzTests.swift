import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

/// Every string key of the shipped configuration, each with every kind of character that
/// must not reach a terminal or report.html, written as the TOML escape a hostile or careless
/// edit would use (`user = "ev\u001b[2Jil"`): each is a problem located at its file and line,
/// naming the key and showing the value inert. Guidance alone keeps line feeds and tabs.
@Suite("Configuration: control characters in strings")
struct ConfigurationControlCharacterFuzzTests {
    /// One string key as the shipped files first write it.
    struct StringKey: CustomStringConvertible {
        var file: String
        var table: String
        var key: String
        /// Index of its line in the file (0-based).
        var index: Int
        var description: String { "\(file) [\(table)] \(key)" }
    }

    /// The TOML escapes tried: C0 (NUL excepted: TOML libraries differ on it), line breaks
    /// and tab, DEL, C1, and the bidirectional overrides and isolates.
    static let escapes = [
        "\\u0001", "\\u0007", "\\b", "\\r", "\\u001B", "\\u001F", "\\n", "\\t", "\\u007F", "\\u0080", "\\u0085", "\\u009B", "\\u009F",
        "\\u202A", "\\u202E", "\\u2066", "\\u2069",
    ]
    static let lineBreaks: Set<String> = ["\\n", "\\t"]

    /// The first line of every distinct (file, table, key) whose value is a string or a list of strings.
    static func stringKeys() throws -> [StringKey] {
        var keys: [StringKey] = []
        var seen: Set<String> = []
        for file in ConfigurationLoader.files {
            let text = try String(contentsOf: ConfigDirectory.shipped.appendingPathComponent(file), encoding: .utf8)
            var table = ""
            for (index, line) in text.components(separatedBy: "\n").enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("[") { table = trimmed; continue }
                guard let equals = trimmed.firstIndex(of: "="), !trimmed.hasPrefix("#") else { continue }
                let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
                let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                guard value.hasPrefix("\"") || value.hasPrefix("[\"") || value == "[]" else { continue }
                if seen.insert("\(file) \(table) \(key)").inserted {
                    keys.append(StringKey(file: file, table: table, key: key, index: index))
                }
            }
        }
        return keys
    }

    /// The file's text with `escape` put at the start of the key's (first) string.
    static func inserting(_ escape: String, at key: StringKey, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let line = lines[key.index]
        if let quote = line.firstIndex(of: "\"") {
            lines[key.index] = String(line[...quote]) + escape + String(line[line.index(after: quote)...])
        } else {
            lines[key.index] = line.replacingOccurrences(of: "[]", with: "[\"\(escape)\"]")
        }
        return lines.joined(separator: "\n")
    }

    @Test("Every string key × every control character, DEL, C1 and bidi override → a problem at file:line naming the key")
    func everyKey() throws {
        let keys = try Self.stringKeys()
        // The shipped files' string keys: enough that a new file or table is not silently skipped.
        #expect(keys.count >= 18, "\(keys)")
        #expect(Set(keys.map(\.key)).isSuperset(of: ["user", "name", "guidance", "keywords", "skills", "closed_days", "license"]))
        let dir = try ConfigDirectory()
        var cases = 0
        for key in keys {
            let shipped = try String(contentsOf: ConfigDirectory.shipped.appendingPathComponent(key.file), encoding: .utf8)
            for escape in Self.escapes {
                try dir.write(key.file, Self.inserting(escape, at: key, in: shipped))
                let problems = ConfigurationLoader.read(directory: dir.url).problems
                let ours = problems.filter {
                    $0.message.contains("control character") && $0.field?.hasSuffix(".\(key.key)") == true
                        && $0.location.file.hasSuffix(key.file) && $0.location.line == key.index + 1
                }
                if key.key == "guidance", Self.lineBreaks.contains(escape) {
                    #expect(problems.isEmpty, "\(key) with \(escape): \(problems)")
                } else {
                    #expect(ours.count == 1, "\(key) with \(escape): \(problems)")
                    // The problem itself is inert: its text can be printed to a terminal.
                    #expect(ours.allSatisfy { !InertText.containsUnsafe($0.description) }, "\(key) with \(escape)")
                }
                cases += 1
            }
            try dir.write(key.file, shipped)
        }
        #expect(cases == keys.count * Self.escapes.count)
        #expect(cases >= 300)
    }

    @Test("The issue's three: a user, a sector name with an OSC sequence, the site name")
    func reproductions() throws {
        let dir = try ConfigDirectory()
        let operators = try String(contentsOf: dir.url.appendingPathComponent("operators.toml"), encoding: .utf8)
        try dir.write("operators.toml", operators.replacingOccurrences(of: "user = \"erik\"", with: "user = \"ev\\u001b[2Jil\""))
        let sectors = try String(contentsOf: dir.url.appendingPathComponent("sectors.toml"), encoding: .utf8)
        let firstName = try #require(sectors.range(of: "name = \""))
        try dir.write("sectors.toml", sectors.replacingCharacters(in: firstName, with: "name = \"\\u001b]0;PWNED\\u0007"))
        let settings = try String(contentsOf: dir.url.appendingPathComponent("servicecenter.toml"), encoding: .utf8)
        let siteName = try #require(settings.range(of: "name = \""))
        try dir.write("servicecenter.toml", settings.replacingCharacters(in: siteName, with: "name = \"\\u009b2J"))
        let problems = dir.problems()
        #expect(problems.contains { $0.contains("operators.toml:") && $0.contains("operator.user \"ev␛[2Jil\"") }, "\(problems)")
        #expect(problems.contains { $0.contains("sectors.toml:") && $0.contains(".name \"␛]0;PWNED␇") }, "\(problems)")
        #expect(problems.contains { $0.contains("servicecenter.toml:") && $0.contains("site.name \"�2J") }, "\(problems)")
        #expect(problems.allSatisfy { !InertText.containsUnsafe($0) })
    }
}

/// A quoted key is text too: an unknown one is named with its control characters shown.
@Suite("Configuration: control characters in key names")
struct ConfigurationControlCharacterKeyTests {
    @Test("An unknown quoted key holding ESC is reported inert")
    func unknownKey() throws {
        let dir = try ConfigDirectory()
        try dir.append("servicecenter.toml", "\n\"ev\\u001b[2J\" = 1\n")
        let problems = dir.problems()
        #expect(problems.contains { $0.contains("ev␛[2J") && $0.contains("is not a known setting") }, "\(problems)")
        #expect(problems.allSatisfy { !InertText.containsUnsafe($0) }, "\(problems)")
    }
}
