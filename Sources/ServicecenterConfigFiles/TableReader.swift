import ServicecenterCore
import TOMLKit

/// Reads typed values out of one TOML table, recording a located problem for each wrong one.
///
/// Also reports keys it was never asked for: a misspelt `resolveable = true` must not be
/// silently ignored, or the site would wonder why its setting has no effect.
final class TableReader {
    let table: TOMLTable
    let path: String
    let file: String
    let source: SourceLines
    let headerLine: Int?
    private(set) var problems: [ConfigurationProblem] = []
    private var asked: Set<String> = []

    init(table: TOMLTable, path: String, file: String, source: SourceLines, headerLine: Int?) {
        self.table = table
        self.path = path
        self.file = file
        self.source = source
        self.headerLine = headerLine
    }

    /// The table's location, with the line of every key it holds.
    var location: SourceLocation {
        var lines: [String: Int] = [:]
        for key in table.keys { lines[key] = source.key(key, after: headerLine) }
        return SourceLocation(file: file, line: headerLine, keyLines: lines)
    }

    func location(of key: String) -> SourceLocation {
        SourceLocation(file: file, line: source.key(key, after: headerLine) ?? headerLine)
    }

    /// The string under `key`. `lines` lets line feeds and tabs through, for the long texts
    /// meant to hold several lines (a category's guidance); every other control character,
    /// DEL and bidirectional override is a located problem (`InertText`'s rule), because a
    /// name in a configuration reaches the screens, `config check`'s output and report.html.
    func string(_ key: String, required: Bool = false, lines: Bool = false) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard let string = value.string else { return wrongType(key, value, .string) }
        checkInert(key, string, lines: lines)
        return string
    }

    func int(_ key: String, required: Bool = false) -> Int? {
        guard let value = value(key, required: required) else { return nil }
        guard let int = value.int else { return wrongType(key, value, .wholeNumber) }
        return int
    }

    func number(_ key: String, required: Bool = false) -> Double? {
        guard let value = value(key, required: required) else { return nil }
        if let int = value.int { return Double(int) }
        guard let double = value.double else { return wrongType(key, value, .number) }
        return double
    }

    func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let value = value(key, required: required) else { return nil }
        guard let bool = value.bool else { return wrongType(key, value, .bool) }
        return bool
    }

    func strings(_ key: String) -> [String]? {
        guard let value = value(key, required: false) else { return nil }
        guard let array = value.array else { return wrongType(key, value, .stringList) }
        var result: [String] = []
        for element in array {
            guard let string = element.string else { return wrongType(key, element, .stringListElement) }
            checkInert(key, string, lines: false)
            result.append(string)
        }
        return result
    }

    func table(_ key: String) -> TOMLTable? {
        guard let value = value(key, required: false) else { return nil }
        guard let table = value.table else { return wrongType(key, value, .table) }
        return table
    }

    /// The table under `key` as a reader of its own, named and located as the file has it
    /// (`[targets.phone]`); nil when the file has no such table.
    func section(_ key: String) -> TableReader? {
        guard let table = table(key) else { return nil }
        let path = self.path.isEmpty ? key : "\(self.path).\(key)"
        return TableReader(table: table, path: path, file: file, source: source, headerLine: source.tableHeader(path))
    }

    func problem(_ key: String, value: String?, _ kind: ConfigurationMessage) {
        problems.append(ConfigurationProblem(location: location(of: key), field: "\(path).\(key)", value: value, kind))
    }

    /// Reports every key present that nobody read. Call after reading the table.
    func finish(allowing extra: Set<String> = []) -> [ConfigurationProblem] {
        for key in table.keys.sorted() where !asked.contains(key) && !extra.contains(key) {
            problems.append(ConfigurationProblem(
                // Shown inert: a quoted key ("ev\u001b[2J" = 1) is as much a text as a value.
                location: location(of: key), field: "\(path).\(InertText.shown(key))", value: nil, .unknownKey))
        }
        return problems
    }

    private func value(_ key: String, required: Bool) -> TOMLValueConvertible? {
        asked.insert(key)
        guard let value = table[key] else {
            if required {
                problems.append(ConfigurationProblem(
                    location: location, field: "\(path).\(key)", value: nil, .missingRequired))
            }
            return nil
        }
        return value
    }

    /// Records a problem when `string` holds what must not reach a terminal or a page; the
    /// value is shown with its control pictures so that the problem itself is inert. The
    /// caller still gets the string, so one bad character is one problem, not also a
    /// "missing" or "unknown" that would point away from it.
    private func checkInert(_ key: String, _ string: String, lines: Bool) {
        guard InertText.containsUnsafe(string, allowingLineBreaks: lines) else { return }
        problem(key, value: InertText.shown(string), .controlCharacter(lineBreaksAllowed: lines))
    }

    private func wrongType<T>(_ key: String, _ value: TOMLValueConvertible, _ expected: ConfigurationMessage.ExpectedValue) -> T? {
        problem(key, value: value.string ?? value.debugDescription, .wrongType(expected))
        return nil
    }
}
