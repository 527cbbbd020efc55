import Foundation
import Testing
import TestSupport

/// Every package `stats dump` writes validates with the Frictionless Framework, whatever the
/// period holds: each case empties a different table (issue 23: an empty JSON table was `[]`,
/// which Frictionless cannot read).
@Suite("stats dump: a valid package whatever is empty, end to end", .endsWhatItStarts, .serialized)
struct PackageValidityTests {
    /// A Friday, and the weekend after it.
    static let friday = "2026-11-20"
    static let sunday = "2026-11-22"

    /// `frictionless validate` on the package in `folder`; found on PATH as the other dump tests find it.
    static func expectValid(_ folder: URL, _ label: String) throws {
        let validation = try Spawn.run(
            "/usr/bin/env", ["frictionless", "validate", folder.appendingPathComponent("datapackage.json").path],
            environment: ProcessInfo.processInfo.environment)
        #expect(validation.status != 127, "frictionless is not installed: pip install 'frictionless[json]' (.ci/run does)")
        #expect(validation.status == 0, "\(label): \(validation.stdout)\(validation.stderr)")
    }

    /// Dumps `period` in every format (CSV, JSON, the spreadsheet variant) and validates it.
    static func dumpAndValidate(_ sandbox: Sandbox, _ period: [String], label: String, lang: String = "sv") throws -> URL {
        let out = sandbox.root.appendingPathComponent("stats-\(label)")
        let dumped = try sandbox.run(arguments: ["stats", "dump"] + period + ["--out", out.path, "--format", "csv,json", "--excel", "--lang", lang])
        #expect(dumped.status == 0, "\(label): \(dumped.stderr)")
        let name = period.count == 2 ? period[1] : "\(period[1])_\(period[3])"
        let package = out.appendingPathComponent(name)
        try expectValid(package, label)
        // JSON alone: the resources then keep the plain table names.
        let jsonOut = sandbox.root.appendingPathComponent("stats-\(label)-json")
        let json = try sandbox.run(arguments: ["stats", "dump"] + period + ["--out", jsonOut.path, "--format", "json"])
        #expect(json.status == 0, "\(label) json: \(json.stderr)")
        try expectValid(jsonOut.appendingPathComponent(name), label + " (json only)")
        return package
    }

    /// Logs one contact on `day` (the Friday) at `hour`.
    static func log(
        _ sandbox: Sandbox, channel: String = "phone", resolution: [String] = ["--resolution", "resolved"], hour: Int = 10, day: String = friday
    ) throws {
        let time = String(format: "%02d", hour)
        let outcome = try sandbox.run(arguments: [
            "log", "--channel", channel, "--category", "forsakringskassan",
            "--started", "\(day)T\(time):00:00+01:00", "--ended", "\(day)T\(time):03:00+01:00",
        ] + resolution)
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    @Test("Contacts on one channel, no queue events, no hand-overs, no referrals: the issue's day, valid in CSV and JSON")
    func contactsOnly() throws {
        let sandbox = try Sandbox()
        try Self.log(sandbox)
        let package = try Self.dumpAndValidate(sandbox, ["--date", Self.friday], label: "contacts-only")
        let levels = try String(contentsOf: package.appendingPathComponent("service_level_by_channel_hour.json"), encoding: .utf8)
        #expect(levels.hasPrefix("[\n[\"date\",\"channel\",\"hour\","), "an empty table is its header alone: \(levels)")
        let referrals = try String(contentsOf: package.appendingPathComponent("referrals_by_destination.json"), encoding: .utf8)
        #expect(referrals == "[\n[\"date\",\"destination\",\"destination_name\",\"referred\",\"suppressed\"]\n]\n")
    }

    @Test("No contacts at all (a Sunday), and queue events without contacts: valid")
    func noContacts() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        _ = try Self.dumpAndValidate(sandbox, ["--date", Self.sunday], label: "sunday", lang: "en")
        let events = [
            #"{"at":"2026-11-20T09:00:00+01:00","channel":"phone","event":"offered","call_id":"c1"}"#,
            #"{"at":"2026-11-20T09:00:40+01:00","channel":"phone","event":"answered","call_id":"c1","operator":"anna"}"#,
            #"{"at":"2026-11-20T09:05:00+01:00","channel":"phone","event":"offered","call_id":"c2"}"#,
            #"{"at":"2026-11-20T09:09:00+01:00","channel":"phone","event":"abandoned","call_id":"c2"}"#,
        ]
        let fed = try sandbox.run("queue", "events", try sandbox.file("events.jsonl", events.joined(separator: "\n") + "\n"))
        #expect(fed.status == 0, "\(fed.stderr)")
        let package = try Self.dumpAndValidate(sandbox, ["--date", Self.friday], label: "queue-only")
        let contacts = try String(contentsOf: package.appendingPathComponent("contacts_by_channel_sector_category.json"), encoding: .utf8)
        #expect(contacts.hasPrefix("[\n[\"date\","), "\(contacts)")
    }

    @Test("A period with hand-overs and referrals on one day and an empty weekend after it: valid")
    func period() throws {
        let sandbox = try Sandbox()
        try Self.log(sandbox, resolution: ["--resolution", "forwarded", "--reason", "needs_case_officer", "--matter", "Vill ha besked om sitt beslut"], hour: 9)
        try Self.log(sandbox, channel: "visit", resolution: ["--resolution", "referred", "--referred-to", "skatteverket"], hour: 11)
        _ = try Self.dumpAndValidate(sandbox, ["--from", Self.friday, "--to", Self.sunday], label: "period")
    }

    @Test("A forecast above and below what came (a negative error): valid, with the error signed")
    func forecastError() throws {
        let sandbox = try Sandbox()
        // Three phone contacts the Friday before and one on the day: 3 forecast, 1 came, error −2.
        for hour in [9, 10, 11] { try Self.log(sandbox, hour: hour, day: "2026-11-13") }
        try Self.log(sandbox)
        let package = try Self.dumpAndValidate(sandbox, ["--date", Self.friday], label: "forecast")
        let forecast = try String(contentsOf: package.appendingPathComponent("forecast_by_channel_day.csv"), encoding: .utf8)
        #expect(forecast.contains("2026-11-20,phone,3.0000,1,-2.0000,2.0000,1"), "\(forecast)")
    }
}
