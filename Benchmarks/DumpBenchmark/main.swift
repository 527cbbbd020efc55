// Measures `stats dump` for one busy day and for a whole year, in a release build:
//
//     swift build -c release && .build/release/dump-benchmark [--per-day N] [--days N] [--database PATH]
//
// Builds (once; reused when PATH already holds it) a year of demo data through the store,
// as `servicecenter demo --days 250 --per-day 2400` would: about 600,000 contacts with their
// queue events, repeat contacts and hand-overs. Then it times, with warm-up and repeated
// runs, for the last working day and for the whole year:
//   - the store's read (`Store.statisticsInput`: contacts without notes, queue calls, hand-overs);
//   - building the tables and the files (`OpenStatistics`, `DataPackage`: CSV, JSON, report);
//   - the whole command as cron runs it (`servicecenter stats dump`, a new process each time,
//     writing and syncing the package);
//   - the quality report's share: report.html alone (`QualityReport`, `StatisticsPage`, part of
//     the build above, which makes it beside the tables), and counting the periods it compares
//     with (`StatisticsDump.comparisons`: the previous period and the same one a year earlier,
//     which hold data only when the database goes back far enough: `--days 500` for the year),
//     the first time (the days counted and kept) and after (the kept counts read);
//   - the floor: hand-written SQL that groups the same rows (counts and sums per day, channel,
//     sector and category, and per day, channel and hour), stepped through.
// The machine is shared and noisy: compare ratios within one run.
import BenchmarkSupport
import Foundation
import GRDB
import ServicecenterConfigFiles
import ServicecenterCore

let arguments = CommandLine.arguments
let option = BenchmarkArguments(
    program: "dump-benchmark", summary: "Times `stats dump` for one busy day and a whole year (the database is built once).",
    options: [
        BenchmarkOption("--per-day", "N", "Contacts per working day (default 2400).", .wholeNumber(1...100_000)),
        BenchmarkOption("--days", "N", "Working days (default 250).", .wholeNumber(1...5_000)),
        BenchmarkOption("--database", "PATH", "The database to build or reuse (default: in $TMPDIR).", .path),
    ])
let perDay = option("--per-day").flatMap(Int.init) ?? 2_400
let openDayCount = option("--days").flatMap(Int.init) ?? 250
let path = option("--database")
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("dump-benchmark-\(openDayCount)x\(perDay).sqlite").path
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let configDirectory = repository.appendingPathComponent("Config")
let configuration = try ConfigurationLoader.load(directory: configDirectory)
let zone = configuration.timeZone
let now = Date()
let openDays = DemoGenerator.openDays(count: openDayCount, endingOn: LocalDay(now, in: zone).adding(days: -1), calendar: configuration.workingDays)

let store = try openDemoSite(at: path, configuration: configuration, openDays: openDays, perDay: perDay, now: now)

/// Runs `body` `warmUp` times, then `runs` times; prints and returns the median in ms.
@discardableResult
func measure(_ name: String, runs: Int, warmUp: Int = 1, _ body: () throws -> Void) rethrows -> Double {
    let timing = try Timing(runs: runs, warmUp: warmUp, body)
    print(String(format: "  %-50@ median %9.1f ms   p90 %9.1f ms", name as NSString, timing.median, timing.p90))
    return timing.median
}

let binary = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent().appendingPathComponent("servicecenter").path
let out = FileManager.default.temporaryDirectory.appendingPathComponent("dump-benchmark-out").path
let reader = try DatabaseQueue(path: path, configuration: { var c = GRDB.Configuration(); c.readonly = true; return c }())
/// Forgets the report's counted days, to time the first report over them again.
let forgetter = try DatabaseQueue(path: path)

/// The same grouping in SQL alone: what a hand-written report query costs on the same rows.
func floor(_ first: LocalDay, _ last: LocalDay) throws {
    try reader.read { db in
        for sql in [
            """
            SELECT local_date, channel, sector, category, COUNT(*), SUM(resolution = 'resolved'),
                   SUM(forward_reason = 'needs_case_officer'), SUM(forward_reason = 'could_not_answer'),
                   SUM(forward_reason = 'citizen_request'), SUM(resolution = 'referred'), SUM(digital_help),
                   SUM(incident IS NOT NULL), SUM(repeat_counts), AVG(handling_s), SUM(resolvable), SUM(resolvable AND resolution = 'resolved')
            FROM contact WHERE local_date BETWEEN ? AND ? GROUP BY local_date, channel, sector, category
            """,
            """
            SELECT local_date, channel, local_hour, COUNT(*), SUM(outcome = 'answered'), SUM(outcome = 'abandoned'),
                   AVG(julianday(answered_at) - julianday(offered_at))
            FROM queue_call WHERE local_date BETWEEN ? AND ? GROUP BY local_date, channel, local_hour
            """,
        ] {
            let rows = try Row.fetchCursor(db, sql: sql, arguments: [first.description, last.description])
            while try rows.next() != nil {}
        }
    }
}

print("database: \(path), \(try store.contactCount()) contacts")
for (label, first, last, runs) in [
    ("one day", openDays.last!, openDays.last!, 30),
    ("a year", openDays.last!.adding(days: -364), openDays.last!, 5),
] {
    var input: StatisticsInput!
    print("\(label): \(first) – \(last)")
    let read = try measure("read (Store.statisticsInput)", runs: runs) {
        input = try store.statisticsInput(from: first, through: last, includingOperators: false)
    }
    let forecastRead = try measure("read the forecast's history (staffingHistory)", runs: runs) {
        input.forecastHistory = try StatisticsDump.forecastHistory(from: store, input: input, configuration: configuration)
    }
    let build = measure("tables and files (OpenStatistics, DataPackage)", runs: runs) {
        _ = DataPackage(
            OpenStatistics(configuration: configuration, input: input),
            options: DataPackage.Options(formats: [.csv, .json], excel: true))
    }
    let statistics = OpenStatistics(configuration: configuration, input: input)
    var comparisons = ReportComparisons.none
    // What the report adds to the dump's build: the page runs beside the tables on the other
    // core, so this is less than the page's own time. The two builds alternate, so a busy
    // moment on the shared machine falls on both; the median of the pairs' differences is taken.
    var added: [Double] = []
    for run in 0...runs {
        let without = seconds { _ = DataPackage(statistics, options: DataPackage.Options(formats: [.csv, .json], excel: true, report: false)) }
        let with = seconds { _ = DataPackage(statistics, options: DataPackage.Options(formats: [.csv, .json], excel: true)) }
        if run > 0 { added.append((with - without) * 1000) } // the first pair warms up
    }
    let addedMedian = Distribution.percentile(50, ofSorted: added.sorted())!
    print(String(format: "  %-50@ median %9.1f ms", "report.html added to the build (with − without)" as NSString, addedMedian))
    // The first report that compares with these days counts them and keeps the counts
    // (`report_day`); every later one reads what was kept. The first is timed with the kept
    // days forgotten before each run, as after an import of history or a change of targets.
    var firstReads: [Double] = []
    for run in 0...runs {
        try forgetter.write { try $0.execute(sql: "DELETE FROM report_day") }
        let time = try seconds { comparisons = try StatisticsDump.comparisons(from: store, first: first, last: last, configuration: configuration) }
        if run > 0 { firstReads.append(time * 1000) }
    }
    let firstRead = Distribution.percentile(50, ofSorted: firstReads.sorted())!
    print(String(format: "  %-50@ median %9.1f ms", "read the comparison periods, counted and kept" as NSString, firstRead))
    let comparisonRead = try measure("read the report's comparison periods (kept)", runs: runs) {
        comparisons = try StatisticsDump.comparisons(from: store, first: first, last: last, configuration: configuration)
    }
    let page = measure("report.html alone (QualityReport, StatisticsPage)", runs: runs) {
        _ = StatisticsPage(statistics, language: .swedish, comparisons: comparisons).html
    }
    print(String(format: "  report.html ÷ (read + build): %.1f %%; its comparison read ÷ (read + build): %.1f %%; forecast read ÷ (read + build): %.1f %%",
                 page / (read + build) * 100, comparisonRead / (read + build) * 100, forecastRead / (read + build) * 100))
    print(String(format: "  what report.html adds to read + build (with − without, beside the tables): %.1f %%", addedMedian / (read + build) * 100))
    let floorTime = try measure("floor: the same grouping in SQL, rows stepped", runs: runs) { try floor(first, last) }
    let command = measure("servicecenter stats dump (a new process)", runs: runs) {
        let status = runQuietly(binary, ["stats", "dump", "--from", first.description, "--to", last.description, "--out", out,
                                  "--format", "csv,json", "--excel", "--database", path, "--config", configDirectory.path])
        guard status == 0 else { fatalError("stats dump exited \(status)") }
    }
    print(String(format: "  %d contacts, %d queue calls; read + build ÷ floor: %.2f; whole command ÷ floor: %.2f",
                 input.contacts.count, input.queueCalls.count, (read + build) / floorTime, command / floorTime))
    // The measure: all the report costs a dump is its comparisons' read and the page
    // built beside the tables (the comparison periods hold data only in a database that goes
    // back far enough: --days 500 for the year).
    let previous = comparisons.previous.map { $0.contacts.values.reduce(0) { $0 + $1.contacts } } ?? 0
    let earlier = comparisons.yearEarlier.map { $0.contacts.values.reduce(0) { $0 + $1.contacts } } ?? 0
    print(String(format: "  the report adds %.1f ms (comparisons' read %.1f + page beside the tables %.1f) = %.1f %% of the whole command; compared with %d and %d contacts",
                 comparisonRead + addedMedian, comparisonRead, addedMedian, (comparisonRead + addedMedian) / command * 100, previous, earlier))
    print(String(format: "  the first report over these days (counting them) adds %.1f ms = %.1f %% of the whole command",
                 firstRead + addedMedian, (firstRead + addedMedian) / command * 100))
}
