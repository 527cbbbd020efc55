// Measures `servicecenter import` of a million JSON Lines contacts against its floor, in a
// release build:
//
//     swift build -c release && .build/release/import-benchmark [--lines N] [--runs N]
//
// Writes (once; reused later) a file of N contacts (default 1,000,000) over 250 working days
// in the shipped categories, channels and outcomes. Each run imports it into a fresh,
// migrated database with the command as a user would (a new process: read, parse, validate,
// mask, insert in one transaction, commit). The floor inserts the same rows, already parsed,
// into a fresh database with SQLite's C API: one transaction, one prepared INSERT, the same
// columns and indexes, with the writer's pragmas. Rates are rows per second; the machine is
// shared and noisy, so compare the ratio within one run. The import's peak memory is read
// from the kernel's account of its child processes.
import BenchmarkSupport
import Foundation
import GRDBSQLite
import ServicecenterConfigFiles
import ServicecenterCore

let arguments = CommandLine.arguments
let option = BenchmarkArguments(
    program: "import-benchmark", summary: "Times `servicecenter import` of a large JSON Lines file against a raw SQLite insert.",
    options: [
        BenchmarkOption("--lines", "N", "Contacts in the file (default 1000000).", .wholeNumber(1...100_000_000)),
        BenchmarkOption("--runs", "N", "Timed runs (default 3).", .wholeNumber(1...1_000)),
    ])
let lineCount = option("--lines").flatMap(Int.init) ?? 1_000_000
let runs = option("--runs").flatMap(Int.init) ?? 3
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let configDirectory = repository.appendingPathComponent("Config")
let configuration = try ConfigurationLoader.load(directory: configDirectory)
let zone = configuration.timeZone
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-benchmark")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let file = folder.appendingPathComponent("contacts-\(lineCount).jsonl")

/// One generated contact, as the file and the floor both hold it.
struct Row {
    var id: String, started: String, ended: String, localDate: String, localHour: Int, channel: String
    var category: String, sector: String, resolvable: Bool, resolution: String, handling: Double, wait: Int, note: String
}

var random = SeededGenerator(seed: 1_000_000)
let categories = configuration.categories
let channels = ["phone", "phone", "phone", "visit", "visit", "digital", "sign_language"]
let days = DemoGenerator.openDays(count: 250, endingOn: LocalDay(year: 2026, month: 11, day: 20), calendar: configuration.workingDays)
var rows: [Row] = []
rows.reserveCapacity(lineCount)
for index in 0..<lineCount {
    let day = days[index * days.count / lineCount]
    let start = day.start(in: zone).addingTimeInterval(Double(8 * 3600 + Int.random(in: 0..<(8 * 3600), using: &random)))
    let handling = Double(Int.random(in: 60...900, using: &random))
    let category = categories[Int.random(in: 0..<categories.count, using: &random)]
    let referred = Int.random(in: 0..<10, using: &random) == 0
    rows.append(Row(
        id: "imp-\(index)", started: Timestamp.utcText(start), ended: Timestamp.utcText(start.addingTimeInterval(handling)),
        localDate: day.description, localHour: localHour(of: start, in: zone), channel: channels.randomElement(using: &random)!,
        category: category.id, sector: category.sector, resolvable: category.resolvable,
        resolution: referred ? "referred" : "resolved", handling: handling, wait: Int.random(in: 0...600, using: &random),
        note: "Fråga om \(category.name.lowercased()), ärende \(index)"))
}
if !FileManager.default.fileExists(atPath: file.path) {
    var text = ""
    text.reserveCapacity(lineCount * 260)
    for row in rows {
        text += #"{"id":"\#(row.id)","started_at":"\#(row.started)","ended_at":"\#(row.ended)","channel":"\#(row.channel)","category":"\#(row.category)","resolution":"\#(row.resolution)","operator":"anna","queue_wait_s":\#(row.wait),"note":"\#(row.note)"}"# + "\n"
    }
    try text.write(to: file, atomically: true, encoding: .utf8)
}
let bytes = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
print(String(format: "file: %@, %d lines, %.0f MB", file.path, lineCount, Double(bytes) / 1_048_576))

/// A fresh database with the store's schema, set up by opening the backend.
func freshDatabase(_ name: String) throws -> String {
    let path = folder.appendingPathComponent(name).path
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    _ = try openStore(at: path, configuration: configuration)
    return path
}

func floorInsert(_ rows: [Row], into path: String) {
    var handle: OpaquePointer?
    guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let handle else { fatalError("open") }
    defer { sqlite3_close(handle) }
    // The writer's settings (`SQLiteStore`): a commit waits for the disk, statement journals in memory.
    sqlite3_exec(handle, "PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; BEGIN IMMEDIATE", nil, nil, nil)
    var insert: OpaquePointer?
    sqlite3_prepare_v2(handle, """
        INSERT INTO contact (external_id, started_at, ended_at, local_date, local_hour, channel, category, sector, resolvable,
            operator, queue_wait_s, resolution, handling_s, digital_help, note, created_at, repeat_counts)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'anna', ?, ?, ?, 0, ?, '2026-11-23T00:00:00Z', 0)
        """, -1, &insert, nil)
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    for row in rows {
        for (index, text) in [row.id, row.started, row.ended, row.localDate].enumerated() {
            sqlite3_bind_text(insert, Int32(index + 1), text, -1, transient)
        }
        sqlite3_bind_int64(insert, 5, Int64(row.localHour))
        sqlite3_bind_text(insert, 6, row.channel, -1, transient)
        sqlite3_bind_text(insert, 7, row.category, -1, transient)
        sqlite3_bind_text(insert, 8, row.sector, -1, transient)
        sqlite3_bind_int64(insert, 9, row.resolvable ? 1 : 0)
        sqlite3_bind_int64(insert, 10, Int64(row.wait))
        sqlite3_bind_text(insert, 11, row.resolution, -1, transient)
        sqlite3_bind_double(insert, 12, row.handling)
        sqlite3_bind_text(insert, 13, row.note, -1, transient)
        guard sqlite3_step(insert) == SQLITE_DONE else { fatalError(String(cString: sqlite3_errmsg(handle))) }
        sqlite3_reset(insert)
    }
    sqlite3_finalize(insert)
    sqlite3_exec(handle, "COMMIT", nil, nil, nil)
}

let binary = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent().appendingPathComponent("servicecenter").path
/// The import's environment, storing into `target`.
func environment(into target: String) -> [String] {
    ["USER=anna", "SERVICECENTER_CONFIG=\(configDirectory.path)", "SERVICECENTER_DATABASE=\(target)", "PATH=/usr/bin:/bin", "HOME=\(folder.path)"]
}
var ours: [Double] = [], floors: [Double] = []
for _ in 0..<runs {
    let target = try freshDatabase("ours.sqlite")
    ours.append(seconds {
        let status = runQuietly(binary, ["import", file.path], environment: environment(into: target))
        guard status == 0 else { fatalError("import exited \(status)") }
    })
    let floorPath = try freshDatabase("floor.sqlite")
    floors.append(seconds { floorInsert(rows, into: floorPath) })
}
let ourMedian = ours.sorted()[runs / 2], floorMedian = floors.sorted()[runs / 2]
print(String(format: "servicecenter import (a new process)            median %6.1f s   %8.0f rows/s", ourMedian, Double(lineCount) / ourMedian))
print(String(format: "floor: one prepared INSERT per row, C API       median %6.1f s   %8.0f rows/s", floorMedian, Double(lineCount) / floorMedian))
print(String(format: "our rate ÷ floor's rate: %.2f (target: at least 0.8)", floorMedian / ourMedian))
// The import's peak memory, as `/usr/bin/time` reports it: a child's own account
// (`RUSAGE_CHILDREN`) counts what it shared with this process before it ran the command,
// and this process holds the floor's million rows.
let memoryFile = folder.appendingPathComponent("import-memory.txt").path
let memoryTarget = try freshDatabase("ours.sqlite")
let measured = runQuietly("/usr/bin/time", ["-f", "%M", "-o", memoryFile, binary, "import", file.path], environment: environment(into: memoryTarget))
if measured == 0, let kilobytes = (try? String(contentsOfFile: memoryFile, encoding: .utf8)).flatMap({ Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) {
    print(String(format: "servicecenter import's peak memory (maximum resident set): %.0f MB (target: under 100 MB at a million lines)", kilobytes / 1024))
} else {
    print("servicecenter import's peak memory: not measured (/usr/bin/time missing or the import failed: \(measured))")
}
