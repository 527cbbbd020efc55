// Measures a day's staffing plan for every channel on a year of history, in a release build:
//
//     swift build -c release && .build/release/staffing-benchmark [--per-day N] [--days N] [--runs N] [--database PATH]
//
// Builds (once; reused when PATH already holds it: the same file dump-benchmark builds) a year
// of demo data through the store, as `servicecenter demo --days 250 --per-day 2400` would.
// Then it times, with warm-up and repeated runs, for the next working day:
//   - the store's read (`StaffingHistorySource.staffingHistory`: counts and handling sums per
//     day, channel and interval over the history weeks, and the queues' waits and abandons);
//   - the plan (`StaffingPlanner.plan`: forecast, Erlang C/A or deferred work, every channel);
//   - both together, as `servicecenter staffing` and the wallboard ask them (the target:
//     well under 50 ms);
//   - the floor: the same history read by a bare SQL query, rows stepped.
// The machine is shared and noisy: compare ratios within one run.
import BenchmarkSupport
import Foundation
import GRDB
import ServicecenterConfigFiles
import ServicecenterCore

let option = BenchmarkArguments(
    program: "staffing-benchmark", summary: "Times a day's staffing plan on a year of history (the database is built once).",
    options: [
        BenchmarkOption("--per-day", "N", "Contacts per working day (default 2400).", .wholeNumber(1...100_000)),
        BenchmarkOption("--days", "N", "Working days (default 250).", .wholeNumber(1...5_000)),
        BenchmarkOption("--runs", "N", "Timed runs of each part (default 50).", .wholeNumber(1...100_000)),
        BenchmarkOption("--database", "PATH", "The database to build or reuse (default: in $TMPDIR, shared with dump-benchmark).", .path),
    ])
let perDay = option("--per-day").flatMap(Int.init) ?? 2_400
let openDayCount = option("--days").flatMap(Int.init) ?? 250
let runs = option("--runs").flatMap(Int.init) ?? 50
let path = option("--database")
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("dump-benchmark-\(openDayCount)x\(perDay).sqlite").path
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let configuration = try ConfigurationLoader.load(directory: repository.appendingPathComponent("Config"))
let zone = configuration.timeZone
let now = Date()
let openDays = DemoGenerator.openDays(count: openDayCount, endingOn: LocalDay(now, in: zone).adding(days: -1), calendar: configuration.workingDays)

let store = try openDemoSite(at: path, configuration: configuration, openDays: openDays, perDay: perDay, now: now)

/// Runs `body` once to warm up, then `runs` times; prints and returns the median in ms.
@discardableResult
func measure(_ name: String, _ body: () throws -> Void) rethrows -> Double {
    let timing = try Timing(runs: runs, warmUp: 1, body)
    print(String(format: "  %-52@ median %8.2f ms   p90 %8.2f ms", name as NSString, timing.median, timing.p90))
    return timing.median
}

let planner = StaffingPlanner(configuration: configuration)
let day = configuration.workingDays.workingDay(onOrAfter: openDays.last!.adding(days: 1))
let historyDays = planner.historyDays(for: day)
let reader = try DatabaseQueue(path: path, configuration: { var c = GRDB.Configuration(); c.readonly = true; return c }())

/// The same counts and sums in one bare query each, stepped through: what the read cannot beat.
func floor() throws {
    let dates = historyDays.map(\.description)
    let marks = dates.map { _ in "?" }.joined(separator: ", ")
    try reader.read { db in
        for sql in [
            "SELECT local_date, channel, local_hour, COUNT(*), SUM(handling_s) FROM contact WHERE local_date IN (\(marks)) GROUP BY 1, 2, 3",
            "SELECT channel, COUNT(*), SUM(outcome = 'abandoned') FROM queue_call WHERE local_date IN (\(marks)) GROUP BY channel",
        ] {
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(dates))
            while try rows.next() != nil {}
        }
    }
}

print("database: \(path), \(try store.contactCount()) contacts")
print("plan for \(day) from \(historyDays.count) earlier days (\(historyDays.last.map(\.description) ?? "–") – \(historyDays.first.map(\.description) ?? "–"))")
var history: StaffingHistory!
let read = try measure("read (Store.staffingHistory)") {
    history = try store.staffingHistory(on: historyDays, intervalMinutes: planner.intervalMinutes)
}
var plan: StaffingPlan!
let planning = measure("plan (StaffingPlanner.plan, every channel)") { plan = planner.plan(for: day, history: history) }
let whole = try measure("read + plan, as `staffing` and the wallboard ask") {
    _ = planner.plan(for: day, history: try store.staffingHistory(on: historyDays, intervalMinutes: planner.intervalMinutes))
}
let floorTime = try measure("floor: the same history by a bare query, rows stepped") { try floor() }
let needed = plan.intervals.compactMap(\.needed)
print(String(format: "  %d cells read, %d intervals planned (most needed %d); read ÷ floor: %.2f; read + plan: %.2f ms (target < 50 ms)",
             history.cells.count, plan.intervals.count, needed.max() ?? 0, read / floorTime, whole))
_ = planning
