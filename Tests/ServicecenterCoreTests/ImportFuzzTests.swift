import Foundation
import Testing
@testable import ServicecenterCore

/// The JSON Lines importers fed mutated lines: every line must come back accepted or
/// rejected with a reason, numbered as an editor numbers it, and never crash the parser or
/// the validator behind it. A seeded generator, so a failure replays.
@Suite("Import: fuzzing the JSON Lines readers")
struct ImportFuzzTests {
    static let contactLine = Data(#"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"forwarded","forward_reason":"needs_case_officer","forward_to":"teknik","matter":"Kärlet töms inte","callback_phone":"070-123 45 67","operator":"anna","queue_wait_s":42,"digital_help":true,"note":"Ringer om kärl 811218-9876","id":"tel-1"}"#.utf8)
    static let eventLine = Data(#"{"at":"2026-11-23T09:05:00Z","channel":"phone","event":"answered","call_id":"c-7","operator":"anna"}"#.utf8)

    /// Bytes and fragments that break JSON, types and values in interesting ways.
    static let splices: [[UInt8]] = [
        "\"", "\\", "{", "}", "[", "]", ",", ":", "null", "true", "-0", "1e999", "99999999999999999999999",
        "\\u0000", "\\ud800", "\u{0}", "\r", "\t", "💥", "å", "\"\":\"\"", "{\"a\":{\"b\":[[[[[]]]]]}}",
        "2026-02-30T09:00:00Z", "9999-12-31T23:59:59+14:00", "-1", "1.5", "\"phone\"", "\"sign_language\"",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]

    static func mutate(_ line: Data, _ random: inout SeededGenerator) -> Data {
        var bytes = Array(line)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0: if !bytes.isEmpty { bytes.remove(at: min(at, bytes.count - 1)) }
            case 1: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
            case 2: bytes.insert(contentsOf: splices.randomElement(using: &random)!, at: at)
            case 3: bytes = Array(bytes.prefix(at))
            case 4: if !bytes.isEmpty { bytes[min(at, bytes.count - 1)] = UInt8.random(in: 0x20...0x7E, using: &random) }
            default: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "a"), count: Int.random(in: 1...5_000, using: &random)), at: at)
            }
        }
        // A newline inside a mutation would make two lines: keep one line per line.
        return Data(bytes.map { $0 == 0x0A ? 0x20 : $0 })
    }

    @Test("20,000 mutated contact lines: each accepted or rejected with a reason, none crashing, good lines kept")
    func contacts() {
        var random = SeededGenerator(seed: 7)
        let validator = ContactValidator(configuration: Fixtures.configuration)
        var file = Data()
        var expectedGood: [Int] = []
        for number in 1...20_000 {
            if number % 10 == 0 {
                file += Self.contactLine
                expectedGood.append(number)
            } else {
                file += Self.mutate(Self.contactLine, &random)
            }
            file.append(0x0A)
        }
        let results = ContactLines.parse(file)
        var rejected = 0, accepted = 0
        for (_, result) in results {
            switch result {
            case .success(let draft):
                // The validator behind the parser must take anything the parser lets through.
                switch Result(catching: { () throws(InvalidContact) -> Contact in try validator.validate(draft, now: Date()) }) {
                case .success: accepted += 1
                case .failure(let error): rejected += error.problems.isEmpty ? 0 : 1
                }
            case .failure:
                rejected += 1
            }
        }
        // Lines that became blank are skipped; every other line is numbered and answered.
        #expect(results.count >= 19_000)
        #expect(accepted + rejected == results.count)
        #expect(Set(expectedGood).isSubset(of: Set(results.map(\.line))))
        let byLine = Dictionary(uniqueKeysWithValues: results.map { ($0.line, $0.result) })
        let goodValid = expectedGood.filter { number in
            (try? byLine[number]?.get()).map { draft in (try? validator.validate(draft, now: Date())) != nil } ?? false
        }
        #expect(goodValid.count == expectedGood.count)
    }

    @Test("20,000 mutated queue-event lines: each accepted or rejected with a reason, none crashing")
    func queueEvents() {
        var random = SeededGenerator(seed: 11)
        var file = Data()
        for number in 1...20_000 {
            file += number % 10 == 0 ? Self.eventLine : Self.mutate(Self.eventLine, &random)
            file.append(0x0A)
        }
        let results = QueueEventLines.parse(file)
        #expect(results.count >= 19_000)
        let good = results.filter { $0.line % 10 == 0 }
        #expect(good.count == 2_000)
        #expect(good.allSatisfy { (try? $0.result.get()) != nil })
        // Every rejection has a reason a person can read.
        for (_, result) in results {
            if case .failure(let problem) = result { #expect(!SwedishStrings().lineProblem(problem).isEmpty) }
        }
    }

    @Test("The fast reader answers exactly as JSONSerialization on every line it takes, and leaves the rest")
    func fastReaderAgrees() {
        var random = SeededGenerator(seed: 13)
        var taken = 0
        var disagreements: [String] = []
        let extras = [
            Data(#"{"a":"x\"y\\z\/\n\t","b":-0,"c":1.5e3,"d":true,"e":false,"f":null,"g":123456789012345}"#.utf8),
            Data(#"  { "a" : "b" , "c" : 0.25 }  "#.utf8),
            Data(#"{"a":"\u00e5"}"#.utf8), Data(#"{"a":1,"a":2}"#.utf8), Data(#"{"a":[1]}"#.utf8), Data(#"{}"#.utf8),
            Data(#"{"a":01}"#.utf8), Data(#"{"a":1.}"#.utf8), Data(#"{"a":1234567890123456789}"#.utf8), Data("{\"a\":\"\u{1}\"}".utf8),
        ]
        let lines = extras + (0..<20_000).map { index in
            Self.mutate(index % 2 == 0 ? Self.contactLine : Self.eventLine, &random)
        }
        // As the importers do: a line that is not UTF-8 is refused before either reader sees it.
        for line in lines where String(validating: line, as: UTF8.self) != nil {
            guard let fast = line.withUnsafeBytes({ FlatJSON.object($0.bindMemory(to: UInt8.self)) }) else { continue }
            taken += 1
            if JSONLines.serializedObject(line) != .success(fast), disagreements.count < 5 {
                disagreements.append(String(String(decoding: line, as: UTF8.self).prefix(200)))
            }
        }
        #expect(disagreements == [])
        #expect(taken > 1_000)
    }
}
