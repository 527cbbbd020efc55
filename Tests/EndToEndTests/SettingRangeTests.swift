import Foundation
import Testing

/// Numbers from the environment and the arguments stay in range end to end (issue 16 follow-up).
@Suite("Settings and arguments in range, end to end", .endsWhatItStarts)
struct SettingRangeTests {
    @Test("A bad SERVICECENTER_BUSY_TIMEOUT_MS exits 78 naming the variable, the value and the range; it no longer crashes")
    func busyTimeout() throws {
        var sandbox = try Sandbox()
        // An existing database, as in the report: opening it ran the value into SQLite's Int32 (SIGILL).
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "bygglov", "--resolution", "resolved").status == 0)
        for bad in ["2147483648", "99999999999999999999", "inf", "-1", "abc", "1e3"] {
            sandbox.environment["SERVICECENTER_BUSY_TIMEOUT_MS"] = bad
            let outcome = try sandbox.run("stats")
            #expect(outcome.status == 78, "\(bad): \(outcome.status) \(outcome.stderr)")
            #expect(outcome.stderr.contains("SERVICECENTER_BUSY_TIMEOUT_MS") && outcome.stderr.contains("\"\(bad)\"")
                && outcome.stderr.contains("600000"), "\(bad): \(outcome.stderr)")
        }
        sandbox.environment["SERVICECENTER_BUSY_TIMEOUT_MS"] = "600000"
        #expect(try sandbox.run("stats").status == 0)
    }

    @Test("log --wait-seconds beyond 7 days is refused with the range; 7 days itself is taken")
    func waitSeconds() throws {
        let sandbox = try Sandbox()
        let outcome = try sandbox.run(
            "log", "--lang", "en", "--channel", "phone", "--category", "bygglov", "--resolution", "resolved",
            "--wait-seconds", "9223372036854775807")
        #expect(outcome.status == 65, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("queue_wait_s") && outcome.stderr.contains("0–604800"), "\(outcome.stderr)")
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "bygglov", "--resolution", "resolved", "--wait-seconds", "604800").status == 0)
    }

    @Test("A time outside the window is not also said to end before the contact starts")
    func noMadeUpOrder() throws {
        let sandbox = try Sandbox()
        let outcome = try sandbox.run(
            "log", "--channel", "phone", "--category", "bygglov", "--resolution", "resolved",
            "--started", "2099-12-31T23:59:59Z", "--ended", "2100-01-01T00:00:01Z")
        #expect(outcome.status == 65, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("2099-12-31"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("före den börjar"), "\(outcome.stderr)")
    }
}
