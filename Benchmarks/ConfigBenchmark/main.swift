// Measures reading the configuration with a large catalogue, in a release build:
//
//     swift build -c release && .build/release/config-benchmark [--sizes 5000,10000,20000,100000] [--runs N]
//
// Writes the shipped Config/ to a temporary folder with categories.toml replaced by N
// generated categories (each with id, name, sector, keywords, guidance), then times the
// whole `ConfigurationLoader.read` as every command does at start: parsing, locating every
// key's line, reading and validating. Loading was quadratic in the number of categories (5k
// 0.8 s, 20k 11.2 s, 100k more than 20 s); the per-1,000 column shows whether it still grows.
// Also times planning a hand-over at the largest working-day target the validator allows.
import BenchmarkSupport
import Foundation
import ServicecenterConfigFiles
import ServicecenterCore
import TOMLKit

let option = BenchmarkArguments(
    program: "config-benchmark", summary: "Times reading the configuration with a large generated catalogue.",
    options: [
        BenchmarkOption("--sizes", "N,N,…", "Catalogue sizes (default 5000,10000,20000,100000).", .wholeNumbers(1...1_000_000)),
        BenchmarkOption("--runs", "N", "Timed runs per size (default 3).", .wholeNumber(1...1_000)),
    ])
let sizes = (option("--sizes") ?? "5000,10000,20000,100000").split(separator: ",").compactMap { Int($0) }
let runs = option("--runs").flatMap(Int.init) ?? 3
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let shipped = repository.appendingPathComponent("Config")

func catalogue(_ count: Int) -> String {
    var text = "# config-benchmark: \(count) generated categories\n"
    text.reserveCapacity(count * 200)
    let sectors = ["forskola", "grundskola", "social", "stadsbyggnad", "teknik"]
    for index in 0..<count {
        text += """
            [[category]]
            id = "kategori-\(index)"
            name = "Kategori \(index) för åäö"
            sector = "\(sectors[index % sectors.count])"
            keywords = ["ord\(index)", "sökord \(index % 97)"]
            resolvable = \(index % 3 != 0)
            guidance = "Vägledning för kategori \(index)."


            """
    }
    return text
}

print("configuration load (release), median of \(runs) runs after one warm-up")
var perThousand: [Double] = []
for size in sizes {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("config-benchmark-\(size)-\(getpid())")
    try? FileManager.default.removeItem(at: directory)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for file in ConfigurationLoader.files where file != "categories.toml" {
        try FileManager.default.copyItem(at: shipped.appendingPathComponent(file), to: directory.appendingPathComponent(file))
    }
    try catalogue(size).write(to: directory.appendingPathComponent("categories.toml"), atomically: true, encoding: .utf8)
    var read = 0
    var problems = 0
    let timing = Timing(runs: runs, warmUp: 1) {
        let result = ConfigurationLoader.read(directory: directory)
        read = result.configuration.categories.count
        problems = result.problems.count
    }
    let share = timing.median / Double(size) * 1000
    perThousand.append(share)
    // The floor: the TOML library's parse of the same text alone, which every load includes.
    let text = try String(contentsOf: directory.appendingPathComponent("categories.toml"), encoding: .utf8)
    let parse = try Timing(runs: runs, warmUp: 1) { _ = try TOMLTable(string: text) }
    print(String(format: "  %7d categories: median %8.1f ms   p90 %8.1f ms   %.1f ms per 1,000   (%d read, %d problems); TOML parse alone %.1f ms",
                 size, timing.median, timing.p90, share, read, problems, parse.median))
}
if let first = perThousand.first, let last = perThousand.last, sizes.count > 1 {
    print(String(format: "  per-1,000 cost, largest ÷ smallest: %.2f (1.0 is linear; quadratic would be %.0f)",
                 last / first, Double(sizes.last!) / Double(sizes.first!)))
}

let configuration = try ConfigurationLoader.load(directory: shipped)
var limited = configuration
limited.targets.handoverWorkingDays = ConfigurationValidator.Limits.workingDays.upperBound
limited.sectors = limited.sectors.map { var sector = $0; sector.handoverWorkingDays = ConfigurationValidator.Limits.workingDays.upperBound; return sector }
let planner = HandoverPlanner(configuration: limited)
let sector = limited.sectors[0].id
let contact = Contact(startedAt: Date(), endedAt: Date(), channel: .phone, category: "x", sector: sector, resolvable: false,
                      operatorUser: "anna", resolution: .forwarded(to: sector, reason: .needsCaseOfficer))
let plan = Timing(runs: 200, warmUp: 5) { _ = planner.plan(for: contact) }
print(String(format: "hand-over planned %d working days ahead (the allowed maximum): median %.3f ms   p99 %.3f ms",
             ConfigurationValidator.Limits.workingDays.upperBound, plan.median, plan.p99))
