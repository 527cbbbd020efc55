import Foundation
import Testing

/// `log` and `import` refuse a contact that cannot have happened, naming the value and the limit.
@Suite("Impossible contact times, end to end", .endsWhatItStarts)
struct ImpossibleTimesTests {
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Stockholm")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    @Test("log --started a day ago without --ended, and a start a year ahead: exit 65, the value and the limit named, nothing stored")
    func log() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        let dayAgo = Self.iso(Date().addingTimeInterval(-86_400))
        let long = try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--started", dayAgo, "--lang", "en")
        #expect(long.status == 65, "\(long.stderr)")
        #expect(long.stderr.contains(dayAgo) && long.stderr.contains("240 min") && long.stderr.contains("max_contact_minutes"), "\(long.stderr)")
        let ahead = Self.iso(Date().addingTimeInterval(365 * 86_400))
        let future = try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--started", ahead)
        #expect(future.status == 65, "\(future.stderr)")
        #expect(future.stderr.contains(ahead) && future.stderr.contains("framtiden"), "\(future.stderr)")
        #expect(try sandbox.run("stats").stdout.contains("Inga kontakter"))
        // The same start with its real end is fine.
        let fine = try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--started", dayAgo,
                                   "--ended", Self.iso(Date().addingTimeInterval(-86_400 + 300)))
        #expect(fine.status == 0, "\(fine.stderr)")
    }

    @Test("import: a five-hour contact is refused with its line number, and nothing of the file is stored")
    func importLine() throws {
        let sandbox = try Sandbox()
        let good = #"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"anna"}"#
        let long = #"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T14:00:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"anna"}"#
        let file = try sandbox.file("day.jsonl", good + "\n" + long + "\n")
        let outcome = try sandbox.run("import", file)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("day.jsonl:2:") && outcome.stderr.contains("300 min") && outcome.stderr.contains("240 min"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("day.jsonl:1:"))
    }
}
