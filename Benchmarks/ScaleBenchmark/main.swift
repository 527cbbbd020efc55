// How each command's time and memory grow with the history (docs/performance.md, "Scaling"),
// in a release build:
//
//     swift build -c release --static-swift-stdlib && .build/release/scale-benchmark [--sizes 10000,100000,1000000] [--runs N]
//
// For each size, a site of that many contacts is built once with `servicecenter import` (500
// contacts a working day, every fourth forwarded to a sector: imported hand-overs are never
// closed, so a million contacts leave some 250,000 open) and reused. Then each command runs as
// a user would, a new process each time: the median of the runs, and the peak memory
// (maximum resident set) of one more run under /usr/bin/time. Beside them, the floors: the
// whole period's contacts grouped by channel and outcome in SQL, and the day's rows stepped,
// with SQLite's C API. The machine is shared and noisy: compare within one run.
import BenchmarkSupport
import Foundation
import GRDBSQLite
import ServicecenterConfigFiles
import ServicecenterCore

let option = BenchmarkArguments(
    program: "scale-benchmark", summary: "Times the commands on sites of growing size, with peak memory and SQL floors.",
    options: [
        BenchmarkOption("--sizes", "N,N,…", "Contacts per site (default 10000,100000,1000000).", .wholeNumbers(1_000...20_000_000)),
        BenchmarkOption("--runs", "N", "Timed runs of each command (default 3).", .wholeNumber(1...1_000)),
    ])
let sizes = option("--sizes").map { $0.split(separator: ",").compactMap { Int($0) } } ?? [10_000, 100_000, 1_000_000]
let runs = option("--runs").flatMap(Int.init) ?? 3
let perDay = 500
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let configDirectory = repository.appendingPathComponent("Config")
let configuration = try ConfigurationLoader.load(directory: configDirectory)
let zone = configuration.timeZone
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scale-benchmark")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("servicecenter").path
let lastDay = LocalDay(year: 2026, month: 11, day: 20)

/// Writes a line at once, unbuffered: a run at 5 million contacts takes half an hour, and its
/// rows should reach a file as they are measured.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// The open days a site of `size` contacts covers, 500 a day, ending on `lastDay`.
func days(for size: Int) -> [LocalDay] {
    DemoGenerator.openDays(count: max(1, size / perDay), endingOn: lastDay, calendar: configuration.workingDays)
}

/// Writes `size` contacts as JSON Lines, a chunk at a time (5 million lines are 1.6 GB).
func writeContacts(_ size: Int, to file: URL) throws {
    let open = days(for: size), categories = configuration.categories
    let channels = ["phone", "phone", "phone", "visit", "visit", "digital", "sign_language"]
    let reasons = ["needs_case_officer", "could_not_answer", "citizen_request"]
    var random = SeededGenerator(seed: UInt64(size))
    FileManager.default.createFile(atPath: file.path, contents: nil)
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    var chunk = ""
    for index in 0..<size {
        let day = open[index * open.count / size]
        let start = day.start(in: zone).addingTimeInterval(Double(8 * 3600 + Int.random(in: 0..<(8 * 3600), using: &random)))
        let end = start.addingTimeInterval(Double(Int.random(in: 60...900, using: &random)))
        let category = categories[Int.random(in: 0..<categories.count, using: &random)]
        let outcome: String
        switch Int.random(in: 0..<20, using: &random) {
        case 0..<5:
            outcome = #""resolution":"forwarded","forward_reason":"\#(reasons[index % 3])","matter":"Vill ha besked om \#(category.name.lowercased())""#
        case 5..<7: outcome = #""resolution":"referred""#
        default: outcome = #""resolution":"resolved""#
        }
        chunk += #"{"id":"scale-\#(index)","started_at":"\#(Timestamp.utcText(start))","ended_at":"\#(Timestamp.utcText(end))","channel":"\#(channels.randomElement(using: &random)!)","category":"\#(category.id)",\#(outcome),"operator":"anna","queue_wait_s":\#(Int.random(in: 0...600, using: &random)),"note":"Fråga om \#(category.name.lowercased())"}"# + "\n"
        if chunk.utf8.count > 4 << 20 {
            try handle.write(contentsOf: Data(chunk.utf8))
            chunk = ""
        }
    }
    try handle.write(contentsOf: Data(chunk.utf8))
}

/// The environment every command runs in: the shipped configuration, the site's database.
func environment(_ database: String) -> [String] {
    ["USER=admin", "SERVICECENTER_CONFIG=\(configDirectory.path)", "SERVICECENTER_DATABASE=\(database)", "PATH=/usr/bin:/bin",
     "HOME=\(folder.path)", "TMPDIR=\(folder.path)"]
}

/// The peak memory, in MB, of one run of the command under /usr/bin/time; nil when not measured.
func peakMemory(_ arguments: [String], database: String) -> Double? {
    let report = folder.appendingPathComponent("memory.txt").path
    guard runQuietly("/usr/bin/time", ["-f", "%M", "-o", report, binary] + arguments, environment: environment(database)) == 0,
          let text = try? String(contentsOfFile: report, encoding: .utf8),
          let kilobytes = Double(text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "") else { return nil }
    return kilobytes / 1024
}

/// The median milliseconds of `runs` runs of the command, a new process each.
func median(_ arguments: [String], database: String) -> Double {
    let timing = Timing(runs: runs, warmUp: 1) {
        let status = runQuietly(binary, arguments, environment: environment(database))
        guard status == 0 else { fatalError("\(arguments.joined(separator: " ")) exited \(status)") }
    }
    return timing.median
}

/// The median milliseconds of stepping `sql`'s rows with SQLite's C API, on a fresh connection each time.
func floor(_ sql: String, database: String) -> Double {
    Timing(runs: runs, warmUp: 1) {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(database, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let handle else { fatalError("open \(database)") }
        defer { sqlite3_close(handle) }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { fatalError(String(cString: sqlite3_errmsg(handle))) }
        while sqlite3_step(statement) == SQLITE_ROW {}
        sqlite3_finalize(statement)
    }.median
}

func row(_ size: Int, _ what: String, _ milliseconds: Double, _ memory: Double?, _ note: String = "") {
    // Swift's own padding: String(format:)'s %-34@ does not pad on Linux.
    let shownMemory = memory.map { String(format: "%6.0f MB", $0) } ?? "     – MB"
    say(String(format: "%9d  ", size) + what.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: " %10.1f ms  ", milliseconds) + shownMemory + note)
}

say(" contacts  command" + String(repeating: " ", count: 36) + "median       peak")
for size in sizes {
    let open = days(for: size), first = open.first!, last = open.last!
    let database = folder.appendingPathComponent("site-\(size).sqlite").path
    let built = database + ".import.txt"
    if !FileManager.default.fileExists(atPath: database) || !FileManager.default.fileExists(atPath: built) {
        let file = folder.appendingPathComponent("contacts-\(size).jsonl")
        try writeContacts(size, to: file)
        for suffix in ["", "-wal", "-shm"] { unlink(database + suffix) }
        let report = folder.appendingPathComponent("import-memory.txt").path
        var status: Int32 = 0
        let elapsed = seconds {
            status = runQuietly("/usr/bin/time", ["-f", "%M", "-o", report, binary, "import", "--create", file.path], environment: environment(database))
        }
        guard status == 0 else { fatalError("import of \(size) contacts exited \(status)") }
        let kilobytes = (try? String(contentsOfFile: report, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        try "\(elapsed * 1000) \(kilobytes / 1024)".write(toFile: built, atomically: true, encoding: .utf8)
        unlink(file.path)
    }
    let imported = (try String(contentsOfFile: built, encoding: .utf8)).split(separator: " ").compactMap { Double($0) }
    row(size, "import (when the site was built)", imported[0], imported[1])
    let out = folder.appendingPathComponent("out").path
    let commands: [(String, [String])] = [
        ("--version", ["--version"]),
        ("log", ["log", "--channel", "phone", "--category", "avfall"]),
        ("stats, the whole period", ["stats", "--from", first.description, "--to", last.description]),
        ("stats dump, the last day", ["stats", "dump", "--date", last.description, "--out", out]),
        ("stats dump, the whole period", ["stats", "dump", "--from", first.description, "--to", last.description, "--out", out]),
    ]
    for (what, arguments) in commands {
        row(size, what, median(arguments, database: database), peakMemory(arguments, database: database))
    }
    let whole = """
        SELECT channel, resolution, COUNT(*), SUM(queue_wait_s), SUM(handling_s) FROM contact
        WHERE local_date BETWEEN '\(first)' AND '\(last)' GROUP BY channel, resolution
        """
    row(size, "floor: the period grouped in SQL", floor(whole, database: database), nil)
    // The rows `stats` reads (ContactRow.statisticsSelection): the floor of any figure that
    // needs each contact, as a median does.
    let rows = """
        SELECT id, started_at, handling_s, channel, medium, category, sector, resolvable, queue_wait_s, resolution,
               forward_reason, forward_to, referred_to, digital_help, incident, repeat_of, repeat_counts
        FROM contact WHERE local_date BETWEEN '\(first)' AND '\(last)' ORDER BY local_date
        """
    row(size, "floor: the period's rows stepped", floor(rows, database: database), nil)
    row(size, "floor: the last day's rows", floor("SELECT * FROM contact WHERE local_date = '\(last)'", database: database), nil)
    let openQuery = "SELECT COUNT(*) FROM handover WHERE status != 'closed'"
    var handle: OpaquePointer?, statement: OpaquePointer?
    sqlite3_open_v2(database, &handle, SQLITE_OPEN_READONLY, nil)
    sqlite3_prepare_v2(handle, openQuery, -1, &statement, nil)
    sqlite3_step(statement)
    say(String(format: "%9d  hand-overs open: %lld", size, sqlite3_column_int64(statement, 0)))
    sqlite3_finalize(statement)
    sqlite3_close(handle)
}
