import Foundation
import Testing

/// `servicecenter staffing` as a supervisor runs it: a day's forecast and need from the same
/// weekday's history, the outcome beside the plan for a past day, a week as CSV for the
/// scheduling spreadsheet, a closed day said in words, and bad input refused with exit 64.
@Suite("staffing: the forecast and staff needed, end to end", .endsWhatItStarts)
struct StaffingCommandTests {
    /// Four phone calls at 09:05 on Monday 16 November and two on Monday 9 November.
    static func site() throws -> Sandbox {
        let sandbox = try Sandbox()
        for day in ["2026-11-16", "2026-11-16", "2026-11-16", "2026-11-16", "2026-11-09", "2026-11-09"] {
            let logged = try sandbox.run(
                "log", "--create", "--channel", "phone", "--category", "forsakringskassan", "--started", "\(day)T09:05:00+01:00",
                "--ended", "\(day)T09:09:00+01:00", "--resolution", "resolved")
            #expect(logged.status == 0, "\(logged.stderr)")
        }
        return sandbox
    }

    static func rows(_ json: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test("A coming Monday: the mean of the Mondays with data, its handling time, the need, and thin history said")
    func comingDay() throws {
        let sandbox = try Self.site()
        let json = try sandbox.run("staffing", "--date", "2026-11-30", "--channel", "phone", "--format", "json")
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try Self.rows(json.stdout)
        let nine = try #require(rows.first { $0["start"] as? String == "09:00" })
        #expect(nine["forecast"] as? Double == 3 && nine["handling_seconds"] as? Double == 240)
        #expect((nine["needed"] as? Int ?? 0) >= 1 && nine["problem"] as? String == "thin_history_2_weeks")
        #expect(rows.allSatisfy { $0["channel"] as? String == "phone" && $0["actual_contacts"] is NSNull })
        let table = try sandbox.run("staffing", "--date", "2026-11-30", "--channel", "phone")
        #expect(table.status == 0)
        #expect(table.stdout.contains("09:00–09:30      3,0           4:00"), "\(table.stdout)")
        #expect(table.stdout.contains("tunn historik (2 v)"))
    }

    @Test("A past Monday: what came stands beside what was forecast from the weeks before it")
    func pastDay() throws {
        let sandbox = try Self.site()
        let rows = try Self.rows(try sandbox.run("staffing", "--date", "2026-11-16", "--channel", "phone", "--format", "json").stdout)
        let nine = try #require(rows.first { $0["start"] as? String == "09:00" })
        #expect(nine["forecast"] as? Double == 2 && nine["actual_contacts"] as? Int == 4)
        let english = try sandbox.run("staffing", "--date", "2026-11-16", "--channel", "phone", "--lang", "en")
        #expect(english.status == 0 && english.stdout.contains("Came"), "\(english.stdout)")
    }

    @Test("A week is CSV by default, a row per day, channel and interval; a holiday is closed in words; bad input is 64")
    func weekClosedAndBadInput() throws {
        let sandbox = try Self.site()
        let week = try sandbox.run("staffing", "--week", "2026-W49")
        #expect(week.status == 0, "\(week.stderr)")
        let lines = week.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasPrefix("date,channel,start,end,forecast,") == true)
        // Monday to Friday, 08:00–16:30 in half hours, four channels; the weekend is closed.
        let days = Set(lines.dropFirst().map { $0.prefix(10) })
        #expect(days == ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"], "\(days)")
        let christmas = try sandbox.run("staffing", "--date", "2026-12-25")
        #expect(christmas.status == 0 && christmas.stdout.contains("Stängt fredag 25 december 2026"), "\(christmas.stdout)")
        for bad in [["--week", "2026-W60"], ["--date", "2026-13-01"], ["--channel", "fax"], ["--date", "2026-12-01", "--week", "2026-W49"]] {
            let refused = try sandbox.run(arguments: ["staffing"] + bad)
            #expect(refused.status == 64 && !refused.stderr.isEmpty && refused.stdout.isEmpty, "\(bad): \(refused.status) \(refused.stderr)")
        }
    }
}
