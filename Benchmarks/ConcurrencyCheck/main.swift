// Fifty desks saving at once: N processes, each saving contacts through the store as fast as
// it can for a while, against one database (WAL, busy timeout, BEGIN IMMEDIATE).
//
//     swift build -c release && .build/release/concurrency-check [--processes 50] [--seconds 60] [--database PATH|postgresql://…]
//
// Each child process opens its own store, as a desk does, and saves contacts with external
// ids of its own, timing every durable save. The parent then checks the database: no save
// failed, every acknowledged contact is stored exactly once, nothing else was stored,
// PRAGMA integrity_check says ok. It prints saves per second and the save latency's
// median, p99 and maximum (milliseconds, over every save of every process), and the WAL's
// size at the end. Exit status 1 if any check fails.
import BenchmarkSupport
import Foundation
import GRDB
import ServicecenterConfigFiles
import ServicecenterCore

let arguments = CommandLine.arguments
let option = BenchmarkArguments(
    program: "concurrency-check", summary: "Fifty desks saving at once against one database; exit 1 if any check fails.",
    options: [
        BenchmarkOption("--processes", "N", "Processes saving at once (default 50).", .wholeNumber(1...1_000)),
        BenchmarkOption("--seconds", "S", "How long each saves (default 60).", .seconds),
        BenchmarkOption("--database", "PATH", "The database: an SQLite file, or a postgresql:// address of an empty database (default: a new SQLite file in $TMPDIR).", .path),
    ])
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let configuration = try ConfigurationLoader.load(directory: repository.appendingPathComponent("Config"))
let environment = ProcessInfo.processInfo.environment

func contact(_ externalID: String, at now: Date) -> Contact {
    Contact(
        externalID: externalID, startedAt: now.addingTimeInterval(-180), endedAt: now, channel: .phone, category: "bygglov",
        sector: "stadsbyggnad", resolvable: true, operatorUser: "anna", queueWaitSeconds: 30, resolution: .resolved,
        note: "Samtidighetsprov \(externalID)")
}

// A child: save until the deadline, then write "failures" and one latency per line (µs).
if let index = environment["CONCURRENCY_CHILD"], let path = environment["CONCURRENCY_DATABASE"],
   let deadline = environment["CONCURRENCY_DEADLINE"].flatMap(Double.init), let report = environment["CONCURRENCY_REPORT"] {
    let store = try openStore(at: path, configuration: configuration)
    var latencies: [Int] = []
    var failures: [String] = []
    var number = 0
    while Date().timeIntervalSince1970 < deadline {
        number += 1
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            _ = try store.save(contact("p\(index)-\(number)", at: Date())).id
            latencies.append(Int((DispatchTime.now().uptimeNanoseconds - start) / 1000))
        } catch {
            failures.append("p\(index)-\(number): \(error)")
        }
    }
    let text = ([String(failures.count)] + failures.prefix(5) + ["--"] + latencies.map(String.init)).joined(separator: "\n")
    try text.write(toFile: report, atomically: true, encoding: .utf8)
    exit(0)
}

let processes = option("--processes").flatMap(Int.init) ?? 50
let seconds = option("--seconds").flatMap(Double.init) ?? 60
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concurrency-check-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let path = option("--database") ?? folder.appendingPathComponent("servicecenter.sqlite").path
let before = try openStore(at: path, configuration: configuration).contactCount()
// Every child starts saving at the same moment, a second from now, and stops together.
let deadline = Date().timeIntervalSince1970 + 1 + seconds

var children: [pid_t] = []
for index in 0..<processes {
    let report = folder.appendingPathComponent("child-\(index).txt").path
    let env = environment.merging([
        "CONCURRENCY_CHILD": String(index), "CONCURRENCY_DATABASE": path, "CONCURRENCY_DEADLINE": String(deadline),
        "CONCURRENCY_REPORT": report,
    ]) { $1 }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    let argv = [strdup(arguments[0]), nil]
    var pid: pid_t = 0
    guard posix_spawn(&pid, arguments[0], nil, nil, argv, env) == 0 else { fatalError("cannot start child \(index)") }
    env.forEach { free($0) }
    argv.forEach { free($0) }
    children.append(pid)
}
var crashed = 0
for pid in children {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    if status != 0 { crashed += 1 }
}

var latencies: [Int] = []
var failures = 0
var failureLines: [String] = []
for index in 0..<processes {
    let lines = ((try? String(contentsOfFile: folder.appendingPathComponent("child-\(index).txt").path, encoding: .utf8)) ?? "")
        .split(separator: "\n").map(String.init)
    guard let separator = lines.firstIndex(of: "--"), let count = Int(lines.first ?? "") else { crashed += 1; continue }
    failures += count
    failureLines += lines[1..<separator]
    latencies += lines[(separator + 1)...].compactMap(Int.init)
}

// What was stored, read back: on SQLite with its own SQL (and its integrity check); on
// PostgreSQL through the contract, where the UNIQUE external id already forbids a twice-stored save.
let stored: Int, duplicates: Int, integrity: String, walBytes: Int
if case .postgreSQL = DatabaseLocation(setting: path) {
    stored = try openStore(at: path, configuration: configuration).contactCount() - before
    (duplicates, integrity, walBytes) = (0, "ok", 0)
} else {
    let reader = try DatabaseQueue(path: path, configuration: { var c = GRDB.Configuration(); c.readonly = true; return c }())
    (stored, duplicates, integrity) = try reader.read { db in
        (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM contact WHERE external_id LIKE 'p%-%'") ?? 0,
         try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT external_id FROM contact GROUP BY external_id HAVING COUNT(*) > 1)") ?? 0,
         try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "?")
    }
    walBytes = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
}
let sorted = latencies.sorted()
func percentile(_ p: Double) -> Double { sorted.isEmpty ? 0 : Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p / 100))]) / 1000 }

print("\(processes) processes saving for \(Int(seconds)) s into \(DatabaseLocation(setting: path).shown) (\(before) contacts before)")
print(String(format: "  saves acknowledged: %d (%.0f per second); failed: %d; processes that crashed: %d", latencies.count,
             Double(latencies.count) / seconds, failures, crashed))
print("  stored: \(stored) (acknowledged \(latencies.count)); stored twice: \(duplicates); integrity_check: \(integrity)")
print(String(format: "  save latency: median %.1f ms, p99 %.1f ms, max %.1f ms; WAL at the end: %.1f MB", percentile(50), percentile(99),
             percentile(100), Double(walBytes) / 1_048_576))
for line in failureLines.prefix(5) { print("  failure: \(line)") }
let ok = failures == 0 && crashed == 0 && duplicates == 0 && stored == latencies.count && integrity == "ok"
print(ok ? "OK" : "FAILED")
exit(ok ? 0 : 1)
