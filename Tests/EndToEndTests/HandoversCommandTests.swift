import Foundation
import Testing

@Suite("servicecenter handovers, end to end", .endsWhatItStarts)
struct HandoversCommandTests {
    /// Forwards a five-minute contact about `category` that ended at `end` (ISO 8601).
    func forward(_ sandbox: Sandbox, category: String, endingAt end: String, channel: String = "phone") throws {
        let ended = try #require(ISO8601DateFormatter().date(from: end))
        let started = ISO8601DateFormatter().string(from: ended.addingTimeInterval(-300))
        let outcome = try sandbox.run(
            "log", "--channel", channel, "--category", category, "--resolution", "forwarded", "--reason", "needs_case_officer",
            "--matter", "Medborgaren vill ha besked", "--started", started, "--ended", end)
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    @Test("Forwarded on the Thursday before Easter: due the Wednesday after; list, overdue list and stats agree")
    func easter() throws {
        let sandbox = try Sandbox()
        try forward(sandbox, category: "avfall", endingAt: "2026-04-02T10:00:00+02:00")
        try forward(sandbox, category: "bygglov", endingAt: "2026-04-02T16:45:00+02:00") // after closing time
        let list = try sandbox.run("handovers")
        #expect(list.status == 0)
        let rows = list.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 2)
        #expect(rows.first?.contains("Tekniska förvaltningen") == true)
        #expect(rows.first?.contains("2026-04-02  2026-04-08  Öppet") == true) // skips långfredagen and annandag påsk
        #expect(list.stdout.contains("2026-04-09")) // counted from the Tuesday after Easter

        let csv = try sandbox.run("handovers", "--overdue", "--format", "csv")
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first == "id,contact_id,sector,category,channel,reason,created_at,due_date,status,status_at,status_by,overdue,working_days_overdue")
        try #require(lines.count == 3)
        #expect(lines[1].hasPrefix("1,1,teknik,avfall,phone,needs_case_officer,2026-04-02T08:") && lines[1].contains(",2026-04-08,open,"))

        let json = try sandbox.run("handovers", "--sector", "stadsbyggnad", "--format", "json")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 1)
        #expect(objects.first?["due_date"] as? String == "2026-04-09")
        #expect(objects.first?["overdue"] as? Bool == true)

        let stats = try sandbox.run("stats", "--date", "2026-04-02", "--by", "sector")
        let teknik = stats.stdout.split(separator: "\n").drop { !$0.hasPrefix("Överlämnade ärenden per förvaltning") }
            .first { $0.hasPrefix("Tekniska förvaltningen") }
        #expect(teknik?.split(separator: " ", omittingEmptySubsequences: true).suffix(6) == ["1", "0", "0", "–", "1", "1"])
    }

    @Test("Close from a script: the second close is refused naming who closed it, unknown ids exit 66, history shows both")
    func close() throws {
        var sandbox = try Sandbox()
        try forward(sandbox, category: "avfall", endingAt: "2026-11-20T10:00:00+01:00")
        let ack = try sandbox.run("handovers", "ack", "1")
        #expect(ack.status == 0 && ack.stdout == "Ärende 1: mottaget av förvaltningen.\n")
        let closed = try sandbox.run("handovers", "close", "1", "--note", "Beslut skickat")
        #expect(closed.status == 0)
        // A supervisor: a guide other than the one who forwarded it may not change it at all.
        sandbox.environment["USER"] = "maria"
        let again = try sandbox.run("handovers", "close", "1")
        #expect(again.status == 65)
        #expect(again.stderr.contains("Ärende 1") && again.stderr.contains("anna"))
        #expect(try sandbox.run("handovers").stdout.contains("Inga överlämnade ärenden matchar."))
        #expect(try sandbox.run("handovers", "--all").stdout.contains("Avslutat"))
        let missing = try sandbox.run("handovers", "close", "99")
        #expect(missing.status == 66 && missing.stderr.contains("99"))
        let reopened = try sandbox.run("handovers", "reopen", "1", "--note", "Medborgaren ringde igen")
        #expect(reopened.status == 0)
        let show = try sandbox.run("handovers", "show", "1")
        let history = show.stdout.split(separator: "\n").suffix(4)
        #expect(history.map { $0.split(separator: " ").dropFirst(3).first.map(String.init) } == ["skapat", "mottaget", "avslutat", "återöppnat"])
        #expect(show.stdout.contains("Beslut skickat") && show.stdout.contains("maria"))
    }

    @Test("Bad arguments: an unknown sector or status is a usage error naming the value")
    func badArguments() throws {
        let sandbox = try Sandbox()
        let sector = try sandbox.run("handovers", "--sector", "rymden")
        #expect(sector.status == 64 && sector.stderr.contains("\"rymden\""))
        let status = try sandbox.run("handovers", "--status", "glömt")
        #expect(status.status == 64 && status.stderr.contains("glömt"))
    }
}
