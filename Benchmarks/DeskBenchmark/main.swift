// Measures the desk's key press → update → render → terminal write path, in a release build:
//
//     swift run -c release desk-benchmark [--iterations N]
//
// Each case replays a guide typing a category word and taking it, key by key, and reports
// the median, p90 and p99 time per key. The machine is shared and noisy: compare the cases
// with each other within one run rather than with figures from another day.
import BenchmarkSupport
import Foundation
import NcursesTerminal
import ServicecenterApp
import ServicecenterConfigFiles
import ServicecenterCore
import TerminalUI

let option = BenchmarkArguments(
    program: "desk-benchmark", summary: "Times the desk's key press → update → render → terminal write path.",
    options: [BenchmarkOption("--iterations", "N", "Times each case is replayed (default 300).", .wholeNumber(1...1_000_000))])
let iterations = option("--iterations").flatMap { Int($0) } ?? 300
let configDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Config")
let shipped = try ConfigurationLoader.load(directory: configDirectory)

/// The shipped catalogue plus `extra` synthetic categories with Swedish-looking words.
func catalogue(extra: Int) -> Configuration {
    var configuration = shipped
    let syllables = ["bo", "för", "sko", "la", "vat", "ten", "av", "fall", "park", "ering", "hem", "tjänst", "bygg", "lov"]
    var random = SystemRandomNumberGenerator()
    for index in 0..<extra {
        let word = (0..<3).map { _ in syllables.randomElement(using: &random)! }.joined()
        configuration.categories.append(Category(
            id: "syntetisk_\(index)", name: word.capitalized + " \(index)", sector: shipped.sectors[index % shipped.sectors.count].id,
            keywords: [word, String(word.reversed())], resolvable: index % 3 != 0, guidance: "Syntetisk vägledning \(index)."))
    }
    return configuration
}

let keys: [Key] = "förskla".map { .character($0) } + [.down, .up, .enter, .character("d"), .backTab] + "bygglov".map { .character($0) } + [.escape]

func measure(_ name: String, keys: [Key] = keys, _ perKey: (Key) -> Void) {
    for key in keys.prefix(50) { perKey(key) } // warm-up
    var samples: [Double] = []
    samples.reserveCapacity(iterations * keys.count)
    for _ in 0..<iterations {
        for key in keys {
            let start = DispatchTime.now().uptimeNanoseconds
            perKey(key)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        }
    }
    let sorted = samples.sorted()
    func p(_ rank: Double) -> Double { Distribution.percentile(rank, ofSorted: sorted)! }
    print(String(format: "%-52@ median %8.1f µs   p90 %8.1f µs   p99 %8.1f µs", name as NSString, p(50), p(90), p(99)))
}

func model(_ configuration: Configuration, _ size: Size) -> DeskModel {
    DeskModel(configuration: configuration, guide: configuration.operators[0], text: SwedishDeskStrings(), now: Date(),
              size: size, station: Station(channel: .phone), draft: nil)
}

print("Desk benchmark: \(iterations) × \(keys.count) keys per case; \(ProcessInfo.processInfo.activeProcessorCount) cores; \(ProcessInfo.processInfo.operatingSystemVersionString)")
for (label, configuration) in [("66 categories", shipped), ("2,066 categories", catalogue(extra: 2_000))] {
    for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
        var desk = model(configuration, size)
        measure("update + view, \(size), \(label)") { key in
            desk.update(.key(key))
            _ = desk.view(theme: .color)
        }
    }
}

/// `count` articles made from the shipped ones: each a shipped body with a fifth of its words
/// replaced by synthetic compounds, so the vocabulary grows as a real knowledge base's would.
func knowledgeBase(count: Int) -> Configuration {
    var configuration = shipped
    let syllables = ["bo", "för", "sko", "la", "vat", "ten", "av", "fall", "park", "ering", "hem", "tjänst", "bygg", "lov", "stöd", "bidrag"]
    var random = SystemRandomNumberGenerator()
    configuration.knowledge = (0..<count).map { index in
        let model = shipped.knowledge[index % shipped.knowledge.count]
        let body = model.body.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            Int.random(in: 0..<5, using: &random) == 0 ? (0..<3).map { _ in syllables.randomElement(using: &random)! }.joined() : String(word)
        }.joined(separator: " ")
        var article = model
        article.id = "syntetisk_\(index)"
        article.title = model.title + " \(index)"
        article.body = body
        return article
    }
    return configuration
}

// A guide opens the knowledge base on a chosen category, searches with a typo, moves in the
// list, searches again without å/ä/ö, opens an article, scrolls it and goes back.
func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }
var knowledgeKeys: [Key] = typed("bygglov") + [Key.enter, Key.control("l")]
knowledgeKeys += typed("parkeringstilstand") + [Key.down, Key.up, Key.control("u")]
knowledgeKeys += typed("hamtdag") + [Key.enter, Key.pageDown, Key.pageDown, Key.escape, Key.backTab, Key.escape]
for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
    var desk = model(knowledgeBase(count: 2_000), size)
    measure("knowledge search, update + view, \(size), 2,000 articles", keys: knowledgeKeys) { key in
        desk.update(.key(key))
        _ = desk.view(theme: .color)
    }
}

// The whole path as the program loop does it: update, draft written to an SQLite file (FULL
// sync), render, and ncurses writing to /dev/null.
setenv("LC_ALL", "C.UTF-8", 1)
let output = fopen("/dev/null", "w")!, input = fopen("/dev/null", "r")!
let terminal = try NcursesTerminal(headless: (input, output, "xterm-256color"))
let databaseFolder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-benchmark-\(UUID().uuidString)")
let store = try openStore(at: databaseFolder.appendingPathComponent("bench.sqlite").path, configuration: shipped)
for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
    let desk = model(shipped, size)
    // The desk starts as a guide's would, at the station kept from the last shift.
    try store.setStation(of: desk.guide.user, to: Station(channel: .phone).storedValue)
    let program = Program(
        screen: DeskScreen(model: desk), effects: DeskEffects(store: store), backend: terminal, changes: store, theme: .color, glyphs: .unicode)
    program.start()
    measure("key → update → draft saved → ncurses, \(size)") { key in
        program.receive(.key(key))
        program.draw()
    }
}
terminal.close()
try? FileManager.default.removeItem(at: databaseFolder)
