import Foundation
import Testing

/// Issue 17: `log --wait-seconds -5` said "Missing value for '--wait-seconds'": the argument
/// parser took "-5" for a flag. Every whole-number option now takes the next word as its value
/// and refuses one outside its range naming the value and the range; a negative id where a
/// positional id belongs is named as such instead of "Unknown option '-5'". The same held for
/// every other option that takes a value (`stats --date -1`, `incident start --title -Läcka`):
/// each now takes the next word as its value, whatever it starts with, and validates it.
@Suite("Negative and out-of-range numbers on the command line", .endsWhatItStarts)
struct NegativeNumberTests {
    /// Every whole-number option: the command that takes it and its allowed range. (A contact's
    /// `--wait-seconds` is checked with the rest of the contact: see `contactWait` below.)
    static let numericOptions: [(command: [String], option: String, lower: String, upper: String)] = [
        (["log", "--channel", "phone", "--category", "bygglov"], "--repeat-of", "1", "9223372036854775807"),
        (["demo"], "--days", "1", "5000"),
        (["demo"], "--per-day", "1", "100000"),
        (["demo"], "--seed", "0", "18446744073709551615"),
        (["handovers", "feed"], "--since", "0", "9223372036854775807"),
    ]

    /// Options whose value is text (a name, a date, a path, an enum): "-5" after them is no
    /// number, and the parser may say a value is missing. A new option must be put here or
    /// among the numeric ones above, so no numeric option is added without its range check.
    static let textOptions: Set<String> = [
        "--channel", "--category", "--resolution", "--medium", "--sector", "--forward-to", "--reason", "--referred-to", "--referred-other",
        "--started", "--ended", "--operator", "--incident", "--note", "--call-id", "--id", "--date", "--from", "--to",
        "--by", "--status", "--format", "--out", "--service", "--station", "--title", "--message", "--since", "--subject",
        "--matter", "--phone", "--email", "--callback-time", "--article",
        "--week",
    ]

    @Test("Each numeric option refuses -5 and a number past its range with exit 64, naming value and range")
    func numericOptionsRefuseOutOfRange() throws {
        let sandbox = try Sandbox()
        for entry in Self.numericOptions {
            for value in ["-5", entry.upper + "0"] {
                let outcome = try sandbox.run(as: "admin", arguments: entry.command + [entry.option, value])
                #expect(outcome.status == 64, "\(entry.option) \(value): \(outcome.status) \(outcome.stderr)")
                #expect(!outcome.stderr.contains("Missing value"), "\(entry.option) \(value): \(outcome.stderr)")
                let flat = outcome.stderr.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(flat.contains(value) && flat.contains(entry.option), "\(flat)")
                #expect(flat.contains("heltal från \(entry.lower) till \(entry.upper)"), "\(flat)")
            }
        }
        let english = try sandbox.run(as: "admin", arguments: ["demo", "--days", "-5", "--lang", "en"])
        #expect(english.status == 64 && english.stderr.contains("whole number from 1 to 5000"), "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
    }

    @Test("log --wait-seconds -5 reaches the contact's validation: named with its range among the contact's other problems, exit 65")
    func contactWait() throws {
        let sandbox = try Sandbox()
        let negative = try sandbox.run("log", "--channel", "phone", "--category", "bygglov", "--wait-seconds", "-5")
        #expect(negative.status == 65, "\(negative.stderr)")
        #expect(!negative.stderr.contains("Missing value"))
        #expect(negative.stderr.contains("kötiden -5 s är negativ") && negative.stderr.contains("0–604800"), "\(negative.stderr)")
        let both = try sandbox.run("log", "--channel", "fax", "--category", "bygglov", "--wait-seconds", "-5", "--lang", "en")
        #expect(both.status == 65 && both.stderr.contains("\"fax\"") && both.stderr.contains("-5 s is negative"), "\(both.stderr)")
        let huge = try sandbox.run("log", "--channel", "phone", "--category", "bygglov", "--wait-seconds", "99999999999999999999")
        #expect(huge.status == 64 && huge.stderr.contains("heltal från 0 till 604800"), "\(huge.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
        // In range, the same option still works.
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "bygglov", "--wait-seconds", "0").status == 0)
    }

    @Test("A negative id in place of a hand-over or incident id is named as a negative id, exit 64")
    func negativeIDs() throws {
        let sandbox = try Sandbox()
        for arguments in [["handovers", "ack", "-5"], ["handovers", "show", "-1"], ["handovers", "close", "-42", "--note", "x"],
                          ["incident", "end", "-3"]] {
            let outcome = try sandbox.run(as: "maria", arguments: arguments)
            #expect(outcome.status == 64, "\(arguments): \(outcome.stderr)")
            #expect(outcome.stderr.contains("negativt tal kan inte vara ett id"), "\(arguments): \(outcome.stderr)")
            #expect(!outcome.stderr.contains("Unknown option"), "\(arguments): \(outcome.stderr)")
        }
        let zero = try sandbox.run("handovers", "show", "0")
        #expect(zero.status == 64 && zero.stderr.contains("heltal från 1"), "\(zero.stderr)")
    }

    @Test("Walking every option of every command: -5 is never mistaken for a flag after a numeric option")
    func everyOption() throws {
        let sandbox = try Sandbox()
        let numeric = Set(Self.numericOptions.map(\.option) + ["--wait-seconds"])
        let global: Set<String> = ["--config", "--database", "--lang"]
        var seen: Set<String> = []
        for command in try CommandTree().commands where command.isLeaf && !["desk", "dashboard"].contains(command.path.first) {
            for option in command.options where !global.contains(option) {
                seen.insert(option)
                #expect(numeric.contains(option) || Self.textOptions.contains(option),
                        "servicecenter \(command.path.joined(separator: " ")) \(option): a new option; is it a number? (list it here)")
                guard numeric.contains(option) else { continue }
                let outcome = try sandbox.run(as: "admin", arguments: command.path + [option, "-5"], input: Data())
                #expect(outcome.status == 64 && !outcome.stderr.contains("Missing value"), "\(command.path) \(option): \(outcome.stderr)")
            }
        }
        #expect(seen.isSuperset(of: numeric), "numeric options not found in the tree: \(numeric.subtracting(seen))")
    }
}

extension NegativeNumberTests {
    /// What each command needs besides the option under test, so the parser reaches it: its
    /// required options and positionals (the tree's non-optional arguments).
    static func required(_ path: [String], root: URL) -> [String] {
        switch path.joined(separator: " ") {
        case "log": ["--channel", "phone", "--category", "bygglov"]
        case "import": [root.appendingPathComponent("contacts.csv").path]
        case "stats dump": ["--out", root.appendingPathComponent("package").path]
        case "incident start": ["--title", "Test"]
        case "migrate": ["--from", root.appendingPathComponent("missing.sqlite").path, "--to", "postgresql://sc@127.0.0.1:1/x"]
        // The commands on one hand-over take its id; list and the delivery commands take none.
        case let command where command.hasPrefix("handovers ")
            && !["handovers list", "handovers deliver", "handovers outbox", "handovers feed"].contains(command): ["1"]
        case let command where ["queue call", "queue no-show", "queue transfer"].contains(command): ["B001"]
        default: []
        }
    }

    @Test("Walking every option that takes a value: a value beginning with \"-\" is taken as the value, never \"Missing value\"")
    func everyValueOption() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        var walked = 0
        for command in try CommandTree().commands where command.isLeaf && !["desk", "dashboard"].contains(command.path.first) {
            let required = Self.required(command.path, root: sandbox.root)
            for option in command.options {
                // A required option under test gets the dash value instead of its filler.
                var base = required
                if let index = base.firstIndex(of: option) { base.removeSubrange(index...index + 1) }
                for value in ["-1", "-x"] {
                    let arguments = command.path + base + [option, value]
                    let outcome = try sandbox.run(as: "admin", arguments: arguments, input: Data())
                    let said = "servicecenter \(arguments.joined(separator: " ")): \(outcome.status) \(outcome.stderr)"
                    #expect(!outcome.stderr.contains("Missing value"), "\(said)")
                    #expect(!outcome.stderr.contains("Unknown option"), "\(said)")
                    // Refused as a usage error, the message names the value it refused.
                    if outcome.status == 64 { #expect(outcome.stderr.contains(value), "\(said)") }
                    walked += 1
                }
            }
        }
        print("value options walked: \(walked) runs")
        #expect(walked > 80)
    }

    @Test("The tester's examples: a bad date is named (64), a text beginning with \"-\" is kept")
    func testersExamples() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        for arguments in [["stats", "--date", "-1"], ["stats", "--from", "-1"], ["stats", "--to", "-1"], ["audit", "--since", "-3"]] {
            let outcome = try sandbox.run(as: "admin", arguments: arguments)
            #expect(outcome.status == 64, "\(arguments): \(outcome.stderr)")
            #expect(outcome.stderr.contains(arguments[1]) && outcome.stderr.contains("\"\(arguments[2])\" är inget datum"), "\(arguments): \(outcome.stderr)")
        }
        let note = try sandbox.run("log", "--channel", "phone", "--category", "bygglov", "--note", "-x")
        #expect(note.status == 0, "\(note.stderr)")
        let bullets = try sandbox.run("log", "--channel", "phone", "--category", "bygglov", "--note", "- punkt 1\n- punkt 2")
        #expect(bullets.status == 0, "\(bullets.stderr)")
        let incident = try sandbox.run(as: "maria", arguments: ["incident", "start", "--title", "-Läcka"])
        #expect(incident.status == 0 && incident.stdout.contains("-Läcka"), "\(incident.stderr)")
        let list = try sandbox.run(as: "maria", arguments: ["incident", "list"])
        #expect(list.stdout.contains("-Läcka"), "\(list.stdout)")
    }
}

private extension Sandbox {
    func run(as user: String, arguments: [String], input: Data? = nil) throws -> Outcome {
        var other = self
        other.environment["USER"] = user
        return try other.run(arguments: arguments, input: input)
    }
}
