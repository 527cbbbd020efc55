// Measures the dashboard's refresh on a large database, in a release build:
//
//     swift run -c release dashboard-benchmark [--contacts N] [--database PATH] [--iterations N]
//
// Builds (once; reused when PATH already holds enough) a database of N contacts (default
// 5,000,000) spread over ten years of working days, then a busy today: 3,000 contacts and
// 5,000 queue events written through the store as a feed would. Then it times, with warm-up
// and many iterations, what the wallboard does when another process commits:
//   - the change check (PRAGMA data_version), which is all an idle dashboard does;
//   - the day's read (`Store.liveDay`): queue calls, contacts per channel and hour, the
//     weekday average, staff, overdue hand-overs, incidents;
//   - the same SQL stepped through in SQLite's C API without reading values: the floor;
//   - rendering the board into a buffer at 80×24 and 200×60;
//   - taking in the day's read (the hours and the alerts worked out) and a tick of the clock;
//   - saving one contact through the store (a durable commit, synchronous = FULL, as a desk
//     saves), beside its floor: the same INSERT alone in BEGIN IMMEDIATE … COMMIT on a plain
//     connection with the same synchronous setting.
// The machine is shared and noisy: compare ratios within one run.
import BenchmarkSupport
import Foundation
import GRDB
import GRDBSQLite
import ServicecenterApp
import ServicecenterConfigFiles
import ServicecenterCore
import TerminalUI

let option = BenchmarkArguments(
    program: "dashboard-benchmark", summary: "Times the dashboard's refresh on a large database (built once, then reused).",
    options: [
        BenchmarkOption("--contacts", "N", "Contacts in the database (default 5000000).", .wholeNumber(1...100_000_000)),
        BenchmarkOption("--database", "PATH", "The database to build or reuse (default: in $TMPDIR).", .path),
        BenchmarkOption("--iterations", "N", "Timed iterations (default 200).", .wholeNumber(1...1_000_000)),
    ])
let contactCount = option("--contacts").flatMap(Int.init) ?? 5_000_000
let iterations = option("--iterations").flatMap(Int.init) ?? 200
let path = option("--database") ?? FileManager.default.temporaryDirectory.appendingPathComponent("dashboard-benchmark-\(contactCount).sqlite").path
let configDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Config")
let configuration = try ConfigurationLoader.load(directory: configDirectory)
let zone = configuration.timeZone
let now = Date()
let today = LocalDay(now, in: zone)

let store = try openStore(at: path, configuration: configuration)
let history = try store.contactCount()
if history < contactCount {
    // Ten years of history straight in SQL: going through the store would take an hour and
    // measure the import, which is not what this benchmark is about.
    let days = (1...3650).map { today.adding(days: -$0) }.filter { configuration.workingDays.isWorkingDay($0) }
    let perDay = contactCount / days.count + 1
    let queue = try DatabaseQueue(path: path)
    let built = try seconds {
        try queue.inTransaction { db in
            try db.execute(sql: "CREATE TEMP TABLE bench_day (day TEXT, n INTEGER)")
            for (index, day) in days.enumerated() { try db.execute(sql: "INSERT INTO bench_day VALUES (?, ?)", arguments: [day.description, index]) }
            let categories = configuration.categories.map(\.id)
            try db.execute(sql: "CREATE TEMP TABLE bench_category (n INTEGER, id TEXT, sector TEXT)")
            for (index, category) in configuration.categories.enumerated() {
                try db.execute(sql: "INSERT INTO bench_category VALUES (?, ?, ?)", arguments: [index, category.id, category.sector])
            }
            try db.execute(sql: """
                WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i + 1 < ?)
                INSERT INTO contact (external_id, started_at, ended_at, local_date, local_hour, channel, category, sector,
                                     resolvable, operator, queue_wait_s, resolution, handling_s, created_at)
                SELECT NULL, d.day || 'T' || printf('%02d', 8 + (k.i % 9) - 1) || ':15:00Z', d.day || 'T' || printf('%02d', 8 + (k.i % 9) - 1) || ':19:00Z',
                       d.day, 8 + (k.i % 9),
                       CASE k.i % 10 WHEN 0 THEN 'visit' WHEN 1 THEN 'visit' WHEN 2 THEN 'digital' WHEN 3 THEN 'sign_language' ELSE 'phone' END,
                       c.id, c.sector, 1, 'anna', k.i % 120, CASE WHEN k.i % 5 = 0 THEN 'referred' ELSE 'resolved' END, 240, d.day
                FROM bench_day d CROSS JOIN k JOIN bench_category c ON c.n = (k.i + d.n) % ?
                ORDER BY d.day, k.i
                """,
                arguments: [perDay, categories.count])
            return .commit
        }
    }
    print(String(format: "built %d contacts over %d working days in %.1f s", try store.contactCount(), days.count, built))
}

// A busy today: 3,000 contacts with their calls (5,000 events: offered + answered, and some
// callers who gave up), staff at work, open hand-overs and an incident.
if try store.liveDay(today).calls.isEmpty {
    var events: [QueueEvent] = []
    var contacts: [Contact] = []
    let start = today.start(in: zone).addingTimeInterval(8 * 3600)
    let categories = configuration.categories
    for index in 0..<3_000 {
        let channel: Channel = [.phone, .phone, .phone, .visit, .digital][index % 5]
        let startedAt = start.addingTimeInterval(Double(index) * 9)
        let category = categories[index % categories.count]
        let callID = "bench-\(today)-\(index)"
        if index < 2_300 {
            events.append(QueueEvent(at: startedAt.addingTimeInterval(-Double(index % 90)), channel: channel, kind: .offered, callID: callID))
            events.append(QueueEvent(at: startedAt, channel: channel, kind: .answered, callID: callID, operatorUser: "anna"))
        } else if index < 2_700 {
            events.append(QueueEvent(at: startedAt, channel: channel, kind: .offered, callID: callID + "-gave-up"))
        }
        contacts.append(Contact(
            startedAt: startedAt, endedAt: startedAt.addingTimeInterval(200), channel: channel, category: category.id,
            sector: category.sector, resolvable: category.resolvable, operatorUser: ["anna", "erik", "sara", "johan"][index % 4],
            resolution: index % 7 == 0 ? .forwarded(to: category.sector, reason: .needsCaseOfficer) : .resolved,
            callID: index < 2_300 ? callID : nil))
    }
    let written = try seconds {
        _ = try store.importContacts(contacts)
        _ = try store.recordQueueEvents(events)
        for (index, user) in ["anna", "erik", "sara", "johan", "maria"].enumerated() {
            try store.setStatus(of: user, to: OperatorStatus.allCases[index], channel: .phone, station: "Telefon")
        }
        _ = try store.startIncident(title: "Benchmark", message: "Allt är lugnt", by: "maria")
    }
    print(String(format: "busy day: %d contacts and %d queue events written in %.1f s", contacts.count, events.count, written))
}

@discardableResult
/// Times `body` and prints its median, p90 and p99 (the core's percentiles); returns the median.
func measure(_ name: String, _ body: () throws -> Void) rethrows -> Double {
    try percentiles(name, body).median
}

/// The same, returning the median and the 99th percentile.
func percentiles(_ name: String, _ body: () throws -> Void) rethrows -> (median: Double, p99: Double) {
    let timing = try Timing(runs: iterations, warmUp: 10, body)
    print(String(format: "%-52@ median %8.3f ms   p90 %8.3f ms   p99 %8.3f ms", name as NSString, timing.median, timing.p90, timing.p99))
    return (timing.median, timing.p99)
}

print("database: \(path), \(try store.contactCount()) contacts; \(iterations) iterations")
try measure("change check (PRAGMA data_version)") { _ = try store.changeMark() }
let live = try store.liveDay(today)
let read = try measure("day's read (Store.liveDay)") { _ = try store.liveDay(today) }

// The floor: the same statements in SQLite's C API on a read-only connection of its own,
// each prepared (as the sqlite3 shell would), stepped to the end and finalized, in one read
// transaction; no value is read out of a row.
var readHandle: OpaquePointer?
guard sqlite3_open_v2(path, &readHandle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let readHandle else { fatalError("open") }
let day = today.description
let weeks = (1...LiveDay.weekdayAverageWeeks).map { today.adding(days: -7 * $0).description }
let weekPlaceholders = weeks.map { _ in "?" }.joined(separator: ",")
func stepThrough(_ statements: [(String, [String])]) {
    let bound = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    sqlite3_exec(readHandle, "BEGIN", nil, nil, nil)
    for (sql, arguments) in statements {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(readHandle, sql, -1, &statement, nil) == SQLITE_OK else { fatalError(String(cString: sqlite3_errmsg(readHandle))) }
        for (index, argument) in arguments.enumerated() { sqlite3_bind_text(statement, Int32(index + 1), argument, -1, bound) }
        while sqlite3_step(statement) == SQLITE_ROW {}
        sqlite3_finalize(statement)
    }
    sqlite3_exec(readHandle, "COMMIT", nil, nil, nil)
}
let floorStatements: [(String, [String])] = [
    ("""
     SELECT call_id, channel, service, ticket, first_at, offered_at, answered_at, answered_by, abandoned_at, no_show_at,
            transferred_at, station FROM queue_call WHERE local_date BETWEEN ? AND ?
     """, [day, day]),
    ("SELECT channel, local_hour, contacts, resolved FROM contact_hour_count WHERE local_date = ? AND contacts > 0", [day]),
    ("SELECT local_date, channel, local_hour, contacts FROM contact_hour_count WHERE local_date IN (\(weekPlaceholders)) AND contacts > 0", weeks),
    ("SELECT * FROM operator_status WHERE status != 'logged_out'", []),
    ("SELECT sector, COUNT(*) FROM handover WHERE status IN ('open', 'acknowledged', 'called_back') AND due_date < ? GROUP BY sector ORDER BY COUNT(*) DESC, sector", [day]),
    ("SELECT * FROM incident WHERE ended_at IS NULL", []),
] + live.incidents.map { ("SELECT COUNT(*) FROM contact WHERE incident = ? AND local_date = ?", [$0.tag, day]) }
let floor = measure("floor: the same SQL in the C API, rows stepped") { stepThrough(floorStatements) }
print(String(format: "day's read ÷ floor: %.2f (median)", read / floor))
// For the record, what the kept counts (migration v11) save: the same figures counted from
// the contacts themselves, as the read did before.
measure("  counting contacts per hour instead (before v11)") {
    stepThrough([
        ("SELECT channel, local_hour, COUNT(*), SUM(resolution = 'resolved') FROM contact WHERE local_date = ? GROUP BY channel, local_hour", [day]),
        ("SELECT local_date, channel, local_hour, COUNT(*) FROM contact WHERE local_date IN (\(weekPlaceholders)) GROUP BY local_date, channel, local_hour", weeks),
    ])
}

let supervisor = configuration.operators.first { $0.role != .guide }!
for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
    var model = DashboardModel(configuration: configuration, viewer: supervisor, text: SwedishDashboardStrings(), now: now, size: size)
    model.update(.loaded(live))
    measure("render the board into a buffer at \(size.width)×\(size.height)") { _ = model.view(theme: .color) }
}
// What the board works out per read since issue 21 (each hour's service level, the waits and
// the interval's alerts), and per tick (the wait alert against the clock).
var reading = DashboardModel(configuration: configuration, viewer: supervisor, text: SwedishDashboardStrings(), now: now,
                             size: Size(width: 80, height: 24))
measure("take in the day's read (update .loaded: hours and alerts)") { _ = reading.update(.loaded(live)) }
measure("a tick of the clock (update .tick: the wait alert)") { _ = reading.update(.tick(now)) }
print("calls today: \(live.calls.count); contacts today: \(live.contacts.values.map(\.contacts).reduce(0, +))")

// Saving one contact, as a desk does, on top of the whole history; then the floor.
var saved = 0
let save = try percentiles("save one contact (Store.save, synchronous = FULL)") {
    saved += 1
    let start = Date()
    _ = try store.save(Contact(
        externalID: "bench-save-\(UUID().uuidString)", startedAt: start.addingTimeInterval(-200), endedAt: start, channel: .phone,
        category: "bygglov", sector: "stadsbyggnad", resolvable: true, operatorUser: "anna", queueWaitSeconds: 40,
        resolution: .resolved, note: "Mätning \(saved)"))
}
// The floor in SQLite's C API on a connection of its own: three prepared statements, stepped.
var handle: OpaquePointer?
guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let handle else { fatalError("open") }
sqlite3_busy_timeout(handle, 5_000)
sqlite3_exec(handle, "PRAGMA synchronous = FULL", nil, nil, nil)
func prepare(_ sql: String) -> OpaquePointer {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else { fatalError(String(cString: sqlite3_errmsg(handle))) }
    return statement
}
let begin = prepare("BEGIN IMMEDIATE"), commit = prepare("COMMIT")
let insert = prepare("""
    INSERT INTO contact (external_id, started_at, ended_at, local_date, local_hour, channel, category, sector, resolvable,
        operator, queue_wait_s, resolution, handling_s, digital_help, note, created_at, repeat_counts)
    VALUES (?, ?, ?, ?, ?, 'phone', 'bygglov', 'stadsbyggnad', 1, 'anna', 40, 'resolved', 200, 0, ?, ?, 0)
    """)
let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
func step(_ statement: OpaquePointer) {
    guard sqlite3_step(statement) == SQLITE_DONE else { fatalError(String(cString: sqlite3_errmsg(handle))) }
    sqlite3_reset(statement)
}
let insertFloor = percentiles("floor: BEGIN IMMEDIATE; the same INSERT; COMMIT (C API)") {
    let start = Date()
    for (index, text) in ["bench-floor-\(UUID().uuidString)", Timestamp.utcText(start.addingTimeInterval(-200)), Timestamp.utcText(start),
                          day].enumerated() {
        sqlite3_bind_text(insert, Int32(index + 1), text, -1, transient)
    }
    sqlite3_bind_int64(insert, 5, Int64(localHour(of: start, in: zone)))
    sqlite3_bind_text(insert, 6, "Mätning", -1, transient)
    sqlite3_bind_text(insert, 7, Timestamp.utcText(start), -1, transient)
    step(begin)
    step(insert)
    step(commit)
}
print(String(format: "save ÷ floor: median %.2f, p99 %.2f", save.median / insertFloor.median, save.p99 / insertFloor.p99))

// The saves above landed on today: take them out again, so the next run reads the same busy
// day of 3,000 contacts rather than one that grows by every run's saves.
let removed = try DatabaseQueue(path: path).write { db in
    try db.execute(sql: "DELETE FROM contact WHERE external_id LIKE 'bench-save-%' OR external_id LIKE 'bench-floor-%'")
    return db.changesCount
}
print("removed the \(removed) contacts saved by this run")
