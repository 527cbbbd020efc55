// The store on PostgreSQL beside its floors and beside SQLite, in one run on one machine:
//
//     swift build -c release && .build/release/postgres-benchmark --server postgresql://postgres@127.0.0.1:5432/postgres
//
// `--server` is a superuser's address on a server with durable commits (fsync and
// synchronous_commit on: `scripts/postgres-test-cluster start DIR --durable`); the benchmark
// makes databases of its own there (sc_bench_*) and drops them at the end. It prints:
//
// - save: `Store.save` on PostgreSQL against the floor, the same INSERT in its own transaction
//   through postgres-nio on one connection, and against pgbench running that INSERT as its
//   transaction; and `Store.save` on SQLite (a file in $TMPDIR, synchronous = FULL) beside them;
// - the wallboard after a change: from another store's commit until this store's change mark
//   moves, and the `liveDay` read that follows, on both backends, over a month of demo history;
// - a year's dump: `StatisticsDump` of 250 open days of 500 contacts, on both backends.
//
// Medians and p99 in milliseconds. Fifty concurrent writers: `concurrency-check --database postgresql://…`.
import BenchmarkSupport
import Foundation
import PostgresNIO
import ServicecenterConfigFiles
import ServicecenterCore
import ServicecenterPostgres

let option = BenchmarkArguments(
    program: "postgres-benchmark", summary: "The store on PostgreSQL beside its floors and SQLite, in one run.",
    options: [
        BenchmarkOption("--server", "ADDRESS", "A superuser's postgresql:// address (default: $SERVICECENTER_TEST_POSTGRES).", .path),
        BenchmarkOption("--saves", "N", "Saves timed per backend (default 2000).", .wholeNumber(10...1_000_000)),
        BenchmarkOption("--year-per-day", "N", "Contacts per open day in the year's dump (default 500; 0 skips it).", .wholeNumber(0...10_000)),
    ])
guard let server = option("--server") ?? ProcessInfo.processInfo.environment["SERVICECENTER_TEST_POSTGRES"] else {
    FileHandle.standardError.write(Data("postgres-benchmark: give --server postgresql://… (a superuser on a test server)\n".utf8))
    exit(64)
}
let saves = option("--saves").flatMap(Int.init) ?? 2000
let yearPerDay = option("--year-per-day").flatMap(Int.init) ?? 500
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let configuration = try ConfigurationLoader.load(directory: repository.appendingPathComponent("Config"))
let zone = configuration.timeZone
let admin = try PostgresAddress.parse(server, loginName: "postgres")
var made: [String] = []

/// Runs `sql` on the server's own database as the superuser.
func adminQuery(_ sql: String, database: String? = nil) throws {
    var address = admin
    if let database { address.database = database }
    let connection = try PostgresConnection.connect(
        on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration(address), id: 0, logger: quiet).wait()
    defer { try? connection.close().wait() }
    _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: quiet).wait()
}

let quiet: Logger = { var logger = Logger(label: "bench"); logger.logLevel = .critical; return logger }()

func configuration(_ address: PostgresAddress) -> PostgresConnection.Configuration {
    switch address.endpoint {
    case .tcp(let host, let port):
        return .init(host: host, port: port, username: address.user, password: address.password, database: address.database, tls: .disable)
    case .socket:
        return .init(unixSocketPath: address.endpoint.socketPath!, username: address.user, password: address.password, database: address.database)
    }
}

/// A new database on the server, as an address the store opens.
@MainActor func newDatabase() throws -> String {
    let name = "sc_bench_\(UUID().uuidString.prefix(8).lowercased())"
    try adminQuery("CREATE DATABASE \(name)")
    made.append(name)
    var address = server.components(separatedBy: "/").dropLast().joined(separator: "/")
    address += "/\(name)"
    return address
}

func contact(_ number: Int, at now: Date) -> Contact {
    Contact(
        externalID: "bench-\(number)", startedAt: now.addingTimeInterval(-180), endedAt: now, channel: .phone, category: "bygglov",
        sector: "stadsbyggnad", resolvable: true, operatorUser: "anna", queueWaitSeconds: 30, resolution: .resolved,
        note: "Mätning \(number)")
}

func line(_ label: String, _ timing: Timing) {
    print(String(format: "  %-58@ median %6.2f ms  p99 %6.2f ms", label as NSString, timing.median, timing.p99))
}

// MARK: - Save

print("save, \(saves) times each (after 50 untimed):")
let sqlitePath = FileManager.default.temporaryDirectory.appendingPathComponent("pgbench-sqlite-\(UUID().uuidString).sqlite").path
let sqlite = try openStore(at: sqlitePath, configuration: configuration)
var number = 0
let sqliteSave = try Timing(runs: saves, warmUp: 50) { number += 1; _ = try sqlite.save(contact(number, at: Date())) }
let postgresLocation = try newDatabase()
let postgres = try openStore(at: postgresLocation, configuration: configuration)
number = 0
let postgresSave = try Timing(runs: saves, warmUp: 50) { number += 1; _ = try postgres.save(contact(number, at: Date())) }

// The floor: the same row, one INSERT in its own transaction, on one connection, no reads.
let floorAddress = try PostgresAddress.parse(postgresLocation, loginName: "postgres")
let floorConnection = try PostgresConnection.connect(
    on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration(floorAddress), id: 1, logger: quiet).wait()
number = 1_000_000
let insert = """
    INSERT INTO servicecenter.contact (external_id, started_at, ended_at, local_date, local_hour, channel, category, sector,
        resolvable, operator, queue_wait_s, resolution, handling_s, digital_help, note, created_at)
    """
let floorSave = try Timing(runs: saves, warmUp: 50) {
    number += 1
    let now = Date()
    let external = "floor-\(number)", day = LocalDay(now, in: zone), hour = localHour(of: now, in: zone), note = "Mätning \(number)"
    _ = try floorConnection.query("BEGIN", logger: quiet).wait()
    var binds = PostgresBindings()
    binds.append(external)
    binds.append(now.addingTimeInterval(-180))
    binds.append(now)
    binds.append(day.description)
    binds.append(hour)
    binds.append(note)
    binds.append(now)
    _ = try floorConnection.query(PostgresQuery(unsafeSQL: insert + """
         VALUES ($1, $2, $3, $4::date, $5, 'phone', 'bygglov', 'stadsbyggnad', true, 'anna', 30, 'resolved', 180.0, false, $6, $7)
        """, binds: binds), logger: quiet).wait()
    _ = try floorConnection.query("COMMIT", logger: quiet).wait()
}
try? floorConnection.close().wait()

// pgbench: the same INSERT as its transaction, its per-transaction log read for percentiles.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgbench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let script = folder.appendingPathComponent("insert.sql").path
try """
    \\set n random(1, 1000000000)
    BEGIN;
    \(insert) VALUES ('pgbench-' || :n || '-' || :client_id || '-' || random(), now() - interval '3 minutes', now(), current_date, 9,
        'phone', 'bygglov', 'stadsbyggnad', true, 'anna', 30, 'resolved', 180.0, false, 'Mätning', now());
    END;
    """.write(toFile: script, atomically: true, encoding: .utf8)
let pgbenchArguments = ["-n", "-c", "1", "-t", String(saves), "-f", script, "-l", "--log-prefix", folder.appendingPathComponent("log").path, postgresLocation]
let pgbenchStatus = runQuietly("/usr/bin/env", ["pgbench"] + pgbenchArguments)
var pgbenchLatencies: [Double] = []
for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where file.hasPrefix("log") {
    let text = (try? String(contentsOfFile: folder.appendingPathComponent(file).path, encoding: .utf8)) ?? ""
    // client_id transaction_no time(µs) script_no time_epoch time_us
    pgbenchLatencies += text.split(separator: "\n").compactMap { $0.split(separator: " ").dropFirst(2).first.flatMap { Double($0) } }
}
line("Store.save on SQLite (file, synchronous = FULL)", sqliteSave)
line("Store.save on PostgreSQL", postgresSave)
line("floor: the same INSERT in a transaction, postgres-nio", floorSave)
if pgbenchStatus == 0, !pgbenchLatencies.isEmpty {
    let sorted = pgbenchLatencies.sorted().map { $0 / 1000 }
    print(String(format: "  %-58@ median %6.2f ms  p99 %6.2f ms", "pgbench, the same INSERT as its transaction" as NSString,
                 Distribution.percentile(50, ofSorted: sorted)!, Distribution.percentile(99, ofSorted: sorted)!))
} else {
    print("  pgbench: not run (status \(pgbenchStatus); is it installed?)")
}
print(String(format: "  ratio Store.save ÷ floor on PostgreSQL: median %.2f, p99 %.2f", postgresSave.median / floorSave.median, postgresSave.p99 / floorSave.p99))

// MARK: - The wallboard after a change

/// From another store's commit until `watcher`'s mark moves, and the liveDay read after it.
func wallboard(_ location: String, label: String) throws {
    let watcher = try openStore(at: location, configuration: configuration)
    let writer = try openStore(at: location, configuration: configuration)
    let today = LocalDay(Date(), in: zone)
    var days: [LocalDay] = []
    var day = today.adding(days: -1)
    while days.count < 22 {
        if day.weekday <= 5 { days.append(day) }
        day = day.adding(days: -1)
    }
    _ = try writer.addDemo(DemoGenerator(configuration: configuration), days: days, perDay: 300, now: Date())
    var mark = try watcher.changeMark()
    var notice: [Double] = []
    var reads: [Double] = []
    for round in 0..<200 {
        _ = try writer.save(contact(5_000_000 + round, at: Date()))
        let committed = DispatchTime.now().uptimeNanoseconds
        var moved = try watcher.changeMark()
        while moved == mark {
            usleep(50)
            moved = try watcher.changeMark()
        }
        notice.append(Double(DispatchTime.now().uptimeNanoseconds - committed) / 1e6)
        mark = moved
        reads.append(try seconds { _ = try watcher.liveDay(today) } * 1000)
    }
    let n = notice.sorted(), r = reads.sorted()
    print(String(format: "  %-14@ commit → mark moved: median %6.2f ms  p99 %6.2f ms;  liveDay: median %6.2f ms  p99 %6.2f ms",
                 label as NSString, Distribution.percentile(50, ofSorted: n)!, Distribution.percentile(99, ofSorted: n)!,
                 Distribution.percentile(50, ofSorted: r)!, Distribution.percentile(99, ofSorted: r)!))
}
print("the wallboard after another store's save (22 open days of 300 demo contacts before), 200 rounds:")
try wallboard(FileManager.default.temporaryDirectory.appendingPathComponent("pgbench-board-\(UUID().uuidString).sqlite").path, label: "SQLite")
try wallboard(try newDatabase(), label: "PostgreSQL")

// MARK: - A year's dump

if yearPerDay > 0 {
    print("a year's dump (250 open days of \(yearPerDay) demo contacts):")
    let last = LocalDay(Date(), in: zone).adding(days: -1)
    var days: [LocalDay] = []
    var day = last
    while days.count < 250 {
        if day.weekday <= 5 { days.append(day) }
        day = day.adding(days: -1)
    }
    for (label, location) in [
        ("SQLite", FileManager.default.temporaryDirectory.appendingPathComponent("pgbench-year-\(UUID().uuidString).sqlite").path),
        ("PostgreSQL", try newDatabase()),
    ] {
        let store = try openStore(at: location, configuration: configuration)
        let filled = try seconds { _ = try store.addDemo(DemoGenerator(configuration: configuration), days: days, perDay: yearPerDay, now: Date()) }
        let out = folder.appendingPathComponent("dump-\(label)")
        let dump = StatisticsDump(configuration: configuration, options: DataPackage.Options(formats: [.csv, .json]))
        var timings: [Double] = []
        for run in 0..<3 {
            let into = out.appendingPathComponent("\(run)")
            try FileManager.default.createDirectory(at: into, withIntermediateDirectories: true)
            timings.append(try seconds { _ = try dump.write(from: store, first: days.last!, last: days.first!, into: into) })
        }
        print(String(format: "  %-14@ %d contacts added in %.1f s; dump of the year: median %.2f s (3 runs)", label as NSString,
                     try store.contactCount(), filled, timings.sorted()[1]))
    }
}

for name in made { try? adminQuery("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
try? FileManager.default.removeItem(at: folder)
