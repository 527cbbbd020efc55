import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

/// Every number in the configuration meets extreme values (issue 16): each either becomes a
/// located problem in `config check` or leaves a configuration every command can compute with.
/// Before, `percent = inf` trapped while its problem was being written, and a hand-over due in
/// Int64.max working days hung every forwarded save.
@Suite("Configuration: extreme numbers")
struct ConfigurationExtremeValuesTests {
    /// A numeric key: the file, the table it sits in, and its name.
    struct NumericKey: CustomStringConvertible {
        var file: String
        var table: String
        var key: String
        var description: String { "\(file) [\(table)] \(key)" }
    }

    static let keys: [NumericKey] = [
        NumericKey(file: "servicecenter.toml", table: "targets", key: "digital_reply_working_days"),
        NumericKey(file: "servicecenter.toml", table: "targets", key: "handover_working_days"),
        NumericKey(file: "servicecenter.toml", table: "targets", key: "repeat_window_days"),
        NumericKey(file: "servicecenter.toml", table: "retention", key: "note_days"),
        NumericKey(file: "servicecenter.toml", table: "statistics", key: "suppress_below"),
        NumericKey(file: "sectors.toml", table: "[sector]", key: "handover_working_days"),
        NumericKey(file: "servicecenter.toml", table: "retention", key: "callback_days"),
    ] + Channel.allCases.flatMap { channel in
        [NumericKey(file: "servicecenter.toml", table: "targets.\(channel.rawValue)", key: "answer_within_s"),
         NumericKey(file: "servicecenter.toml", table: "targets.\(channel.rawValue)", key: "percent")]
    }

    static let extremes = [
        "inf", "+inf", "-inf", "nan", "-nan", "1e19", "-1e19", "1e308", "-1e308", "5e-324", "9223372036854775807", "-9223372036854775808",
        "-1", "0", "1", "2", "0.5", "99.9", "100", "100.0001", "365", "366", "36500", "36501", "86400", "86401", "3000000", "100000000",
    ]

    /// The shipped file's text with `key`'s value in `table` replaced by `value`.
    static func replacing(_ key: NumericKey, with value: String, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        var inTable = false
        for index in lines.indices {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") { inTable = trimmed == "[\(key.table)]" || (key.table == "[sector]" && trimmed == "[[sector]]") }
            if inTable, trimmed.hasPrefix(key.key + " =") || trimmed.hasPrefix(key.key + "=") {
                lines[index] = "\(key.key) = \(value)"
                return lines.joined(separator: "\n")
            }
        }
        // Not written in the shipped file: add it right after the table's header.
        let header = key.table == "[sector]" ? "[[sector]]" : "[\(key.table)]"
        if let at = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == header }) {
            lines.insert("\(key.key) = \(value)", at: at + 1)
        } else {
            lines += ["", header, "\(key.key) = \(value)"]
        }
        return lines.joined(separator: "\n")
    }

    static func shippedText(_ file: String) throws -> String {
        try String(contentsOf: ConfigDirectory.shipped.appendingPathComponent(file), encoding: .utf8)
    }

    /// Runs what commands do with a configuration that passed `config check`; traps here
    /// would take the test process down, so reaching the end is the assertion.
    static func exercise(_ configuration: Configuration) -> Int {
        var steps = 0
        let planner = HandoverPlanner(configuration: configuration)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        for sector in configuration.sectors.prefix(3) {
            for medium in [nil, DigitalMedium.email] {
                let contact = Contact(
                    startedAt: now, endedAt: now, channel: medium == nil ? .phone : .digital, medium: medium, category: "x",
                    sector: sector.id, resolvable: false, operatorUser: "anna", resolution: .forwarded(to: sector.id, reason: .needsCaseOfficer))
                if let plan = planner.plan(for: contact) { _ = plan.dueDate.description; steps += 1 }
            }
        }
        let today = LocalDay(now, in: configuration.timeZone)
        let cutoff = today.adding(days: -configuration.retention.noteDays)
        _ = cutoff.description
        _ = cutoff.start(in: configuration.timeZone)
        // What purge computes for the call-back details (`[retention] callback_days`).
        _ = CallbackRetention(configuration.retention).cutoffs(today: today).closedOnOrBefore.description
        _ = today.adding(days: -configuration.targets.repeatWindowDays).start(in: configuration.timeZone)
        for channel in Channel.allCases {
            let target = configuration.targets.serviceLevel(for: channel)
            _ = Formatting.number(target.percent)
            _ = Formatting.percent(target.percent / 100, .swedish)
            _ = Formatting.duration(Double(target.seconds))
            steps += 1
        }
        return steps + 1
    }

    /// Checks one outcome: problems all located, or a usable configuration.
    static func check(_ key: String, _ value: String, problems: [ConfigurationProblem], configuration: Configuration) -> String? {
        if problems.isEmpty {
            _ = exercise(configuration)
            return nil
        }
        // Writing each problem out, as config check does, is where percent = inf used to trap.
        _ = problems.map(\.description)
        if let unlocated = problems.first(where: { $0.location.line == nil }) { return "\(key) = \(value): unlocated problem \(unlocated)" }
        return nil
    }

    @Test("The issue's values: percent = inf, 1e19 and Int64.max; note_days = 3000000; handover_working_days = Int64.max")
    func reproductions() throws {
        let dir = try ConfigDirectory()
        let settings = try Self.shippedText("servicecenter.toml")
        for value in ["inf", "1e19", "9223372036854775807"] {
            try dir.write("servicecenter.toml", Self.replacing(Self.keys.first { $0.table == "targets.phone" && $0.key == "percent" }!, with: value, in: settings))
            let problems = dir.problems()
            #expect(problems.contains { $0.hasPrefix("servicecenter.toml:") && $0.contains("targets.phone.percent") && $0.contains("at most 100") },
                    "percent = \(value): \(problems)")
        }
        var text = Self.replacing(Self.keys[3], with: "3000000", in: settings)
        text = Self.replacing(Self.keys[1], with: "9223372036854775807", in: text)
        try dir.write("servicecenter.toml", text)
        let problems = dir.problems()
        #expect(problems.contains { $0.contains("retention.note_days \"3000000\": must be between 1 and 36500 days") }, "\(problems)")
        #expect(problems.contains { $0.contains("targets.handover_working_days \"9223372036854775807\": must be between 0 and 365 working days") })
        #expect(problems.allSatisfy { $0.hasPrefix("servicecenter.toml:") && $0.dropFirst("servicecenter.toml:".count).first?.isNumber == true })

        try dir.write("servicecenter.toml", settings)
        try dir.write("sectors.toml", Self.replacing(Self.keys[5], with: "100000000", in: try Self.shippedText("sectors.toml")))
        #expect(dir.problems().contains { $0.hasPrefix("sectors.toml:") && $0.contains("sector.handover_working_days \"100000000\"") })
    }

    @Test("Every numeric key × 28 extreme values, then 400 random mixes: a located problem or a usable configuration")
    func everyKeyEveryExtreme() throws {
        let dir = try ConfigDirectory()
        let texts = try Dictionary(uniqueKeysWithValues: ["servicecenter.toml", "sectors.toml"].map { ($0, try Self.shippedText($0)) })
        var failures: [String] = []
        var refused = 0, usable = 0
        func run(_ edits: [(NumericKey, String)]) throws {
            var edited = texts
            for (key, value) in edits { edited[key.file] = Self.replacing(key, with: value, in: edited[key.file]!) }
            for (file, text) in edited { try dir.write(file, text) }
            let (configuration, problems) = ConfigurationLoader.read(directory: dir.url)
            let label = edits.map { "\($0.0) = \($0.1)" }.joined(separator: ", ")
            if let failure = Self.check(label, "", problems: problems, configuration: configuration) { failures.append(failure) }
            // The value each edit wrote must be either refused with its line or in range.
            if problems.isEmpty { usable += 1 } else { refused += 1 }
        }
        for key in Self.keys {
            for value in Self.extremes { try run([(key, value)]) }
        }
        var random = SeededGenerator(seed: 16_2)
        for _ in 0..<400 {
            let count = Int.random(in: 2...5, using: &random)
            try run((0..<count).map { _ in (Self.keys.randomElement(using: &random)!, Self.extremes.randomElement(using: &random)!) })
        }
        #expect(failures == [])
        #expect(refused + usable == Self.keys.count * Self.extremes.count + 400)
        #expect(usable > 0 && refused > 0)
        FileHandle.standardError.write(Data("config extremes: \(Self.keys.count) keys × \(Self.extremes.count) values + 400 mixes: \(refused) refused with a line, \(usable) usable\n".utf8))
    }

    @Test("Values inside every range leave a configuration that plans, purges and formats, at both ends of each range")
    func rangeEnds() throws {
        let dir = try ConfigDirectory()
        let settings = try Self.shippedText("servicecenter.toml")
        let ends: [(Int, String)] = [(0, "365"), (1, "365"), (2, "365"), (3, "36500"), (4, "100"), (0, "0"), (1, "0"), (2, "1"), (3, "1"), (4, "1"), (6, "0"), (6, "36500")]
        for (index, value) in ends {
            try dir.write("servicecenter.toml", Self.replacing(Self.keys[index], with: value, in: settings))
            let (configuration, problems) = ConfigurationLoader.read(directory: dir.url)
            #expect(problems.isEmpty, "\(Self.keys[index]) = \(value): \(problems)")
            #expect(Self.exercise(configuration) > 4)
        }
    }
}
