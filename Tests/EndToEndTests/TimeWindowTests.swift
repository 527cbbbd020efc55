import Foundation
import GRDB
import Testing

@Suite("Times at the edges of ISO 8601, end to end", .endsWhatItStarts)
struct TimeWindowTests {
    static let edges = ["0000-01-01T00:00:00+14:00", "9999-12-31T23:00:00-14:00"]

    @Test("log, import and queue events refuse year 0000 and year 10000 with the window named, and store nothing")
    func refusedEverywhere() throws {
        let sandbox = try Sandbox()
        // A good contact first, so the database exists and holds exactly one row.
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "bygglov", "--resolution", "resolved").status == 0)
        for (index, time) in Self.edges.enumerated() {
            let log = try sandbox.run(
                "log", "--channel", "phone", "--category", "bygglov", "--resolution", "forwarded", "--reason", "needs_case_officer",
                "--matter", "Besked om bygglov", "--started", time, "--ended", time)
            #expect(log.status == 65 && log.stderr.contains("1970-01-01 – 2099-12-31"), "log \(time): \(log.stderr)")

            let contacts = try sandbox.file("c\(index).jsonl", """
                {"id":"edge-\(index)","started_at":"\(time)","ended_at":"\(time)","channel":"phone","category":"bygglov","operator":"anna","resolution":"resolved"}

                """)
            let imported = try sandbox.run("import", contacts)
            #expect(imported.status == 65 && imported.stderr.contains(":1: ") && imported.stderr.contains("2099-12-31"), "\(imported.stderr)")

            let events = try sandbox.file("e\(index).jsonl", """
                {"at":"\(time)","channel":"phone","event":"offered","call_id":"edge-\(index)"}

                """)
            let fed = try sandbox.run("queue", "events", events)
            #expect(fed.status == 65 && fed.stderr.contains("2099-12-31"), "\(fed.stderr)")
        }
        let database = try DatabaseQueue(path: sandbox.databasePath)
        let counts = try database.read { db in
            try ["SELECT COUNT(*) FROM contact", "SELECT COUNT(*) FROM handover",
                 "SELECT COUNT(*) FROM contact WHERE started_at NOT LIKE '20__-%'"].map { try Int.fetchOne(db, sql: $0) }
        }
        #expect(counts == [1, 0, 0])
    }

    @Test("A day outside the window on the command line is a usage error (64) naming the option")
    func days() throws {
        let sandbox = try Sandbox()
        let stats = try sandbox.run("stats", "--date", "9999-12-31")
        #expect(stats.status == 64 && stats.stderr.contains("--date") && stats.stderr.contains("1970-01-01 – 2099-12-31"))
        let period = try sandbox.run("stats", "--from", "0001-01-01", "--to", "2026-01-01")
        #expect(period.status == 64 && period.stderr.contains("--from"))
    }

    @Test("--to alone before today: 64, saying the period would begin today and how to give --from, not a --from never typed")
    func toAlone() throws {
        let sandbox = try Sandbox()
        let alone = try sandbox.run("stats", "--to", "2020-01-01")
        #expect(alone.status == 64, "\(alone.stderr)")
        #expect(alone.stderr.contains("--to 2020-01-01 ligger före 20") && alone.stderr.contains("dagen perioden börjar utan --from") && alone.stderr.contains("--from 2019-12-26 --to 2020-01-01"), "\(alone.stderr)")
        #expect(!alone.stderr.contains("ligger efter"), "\(alone.stderr)")
        // The language given before the subcommand, as with git -C.
        let english = try sandbox.run("--lang", "en", "stats", "--to", "2020-01-01")
        #expect(english.status == 64 && english.stderr.contains("--to 2020-01-01 is before") && english.stderr.contains("the day the period begins without --from"), "\(english.stderr)")
        let both = try sandbox.run("stats", "--from", "2020-01-02", "--to", "2020-01-01")
        #expect(both.status == 64 && both.stderr.contains("--from 2020-01-02 ligger efter --to 2020-01-01"), "\(both.stderr)")
    }
}
