import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

/// The knowledge articles read to the agreed format: the shipped set loads whole, and each kind
/// of bad article is named at its file and line and left out while the good ones load.
@Suite("Knowledge articles: reading knowledge/*.md")
struct KnowledgeLoaderTests {
    static let catalogue = KnowledgeLoader.Catalogue(categories: ["parkering", "parkeringstillstand", "avfall"], sectors: ["teknik"])

    static let good = """
        ---
        title: Parkeringstillstånd
        categories: parkeringstillstand, parkering
        sector: teknik
        reviewed: 2026-10-01
        review_months: 6
        audience: public
        eservice: https://www.orebro.se/parkeringstillstand
        ---
        ## Vad medborgaren behöver veta

        - Ansök i e-tjänsten.
        """

    static func parse(_ text: String, id: String = "artikel") -> (KnowledgeArticle?, [ConfigurationProblem]) {
        KnowledgeLoader.parse(Data(text.utf8), file: "/k/\(id).md", id: id, catalogue: catalogue)
    }

    @Test("The shipped articles all load, none with a problem, each serving known categories")
    func shipped() throws {
        let (configuration, problems) = ConfigurationLoader.read(directory: ConfigDirectory.shipped)
        #expect(problems.isEmpty)
        let knowledge = KnowledgeLoader.read(directory: ConfigDirectory.shipped, configuration: configuration)
        #expect(knowledge.problems.map(\.description) == [])
        #expect(knowledge.articles.count >= 30)
        #expect(configuration.knowledge.map(\.id) == knowledge.articles.map(\.id))
        #expect(configuration.knowledge.contains { $0.id == "parkeringstillstand" })
    }

    @Test("A good article: every key read, the body kept as Markdown after the front matter")
    func goodArticle() throws {
        let (article, problems) = Self.parse(Self.good)
        #expect(problems.isEmpty)
        let read = try #require(article)
        #expect(read.title == "Parkeringstillstånd")
        #expect(read.categories == ["parkeringstillstand", "parkering"])
        #expect(read.reviewed == LocalDay(year: 2026, month: 10, day: 1))
        #expect(read.reviewMonths == 6)
        #expect(read.isPublic)
        #expect(read.eservice == "https://www.orebro.se/parkeringstillstand")
        #expect(read.body == "## Vad medborgaren behöver veta\n\n- Ansök i e-tjänsten.")
        #expect(read.reviewDue == LocalDay(year: 2027, month: 4, day: 1))
    }

    @Test("Windows line ends and a byte-order mark are read as the same article")
    func windowsLineEnds() {
        let (article, problems) = Self.parse("\u{FEFF}" + Self.good.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(problems.isEmpty)
        #expect(article?.title == "Parkeringstillstånd")
    }

    @Test("Each bad article is named at its line with what is wrong, and left out", arguments: [
        ("reviewed: 2026-10-01", "reviewed: 2026-02-30", 5, KnowledgeProblem.reviewedDate),
        ("sector: teknik", "sector: tekniska", 4, .unknownSector),
        ("categories: parkeringstillstand, parkering", "categories: parkeringstillstand, parkeringar", 3, .unknownCategory),
        ("review_months: 6", "review_monts: 6", 6, .unknownKey(known: KnowledgeLoader.keys)),
        ("review_months: 6", "review_months: 61", 6, .reviewMonths),
        ("audience: public", "audience: alla", 7, .audience),
        ("eservice: https://www.orebro.se/parkeringstillstand", "eservice: http://www.orebro.se", 8, .eserviceAddress),
        ("title: Parkeringstillstånd", "title Parkeringstillstånd", 2, .notKeyValue),
        ("title: Parkeringstillstånd", "title:", 2, .emptyValue),
        ("audience: public", "sector: teknik", 7, .duplicateKey(firstLine: 4)),
        ("## Vad medborgaren", "## Vad \u{1B}[2Jmedborgaren", 10, .controlCharacter),
        ("- Ansök", "- \u{202E}Ansök", 12, .controlCharacter),
        ("title: Parkeringstillstånd", "title: Parkering\u{0}stillstånd", 2, .controlCharacter),
    ])
    func badArticle(original: String, replacement: String, line: Int, kind: KnowledgeProblem) throws {
        let (article, problems) = Self.parse(Self.good.replacingOccurrences(of: original, with: replacement))
        #expect(article == nil)
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.location.file == "/k/artikel.md" })
        #expect(problems.contains { $0.location.line == line && $0.kind == .knowledge(kind) }, "\(problems)")
    }

    @Test("A missing required key is named; a file without front matter or its end says so at line 1")
    func frontMatterShape() {
        let missing = Self.parse(Self.good.replacingOccurrences(of: "sector: teknik\n", with: ""))
        #expect(missing.1.contains { $0.field == "sector" && $0.kind == .knowledge(.missingKey) })
        #expect(Self.parse("# Bara text\n").1.first?.kind == .knowledge(.noFrontMatter))
        #expect(Self.parse("---\ntitle: x\n").1.first?.kind == .knowledge(.frontMatterNotClosed))
        #expect(Self.parse("").1.first?.location.line == 1)
    }

    @Test("Bytes that are not UTF-8 are named at their line")
    func notUTF8() {
        var data = Data(Self.good.utf8)
        data.insert(contentsOf: [0xFF, 0xFE], at: data.count - 3)
        let (article, problems) = KnowledgeLoader.parse(data, file: "/k/a.md", id: "a", catalogue: Self.catalogue)
        #expect(article == nil)
        #expect(problems.first?.kind == .knowledge(.notUTF8))
        #expect(problems.first?.location.line == 12)
    }

    @Test("In a folder: a huge file, a bad name and a broken article are left out, the good ones load")
    func folder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("knowledge-\(UUID().uuidString)")
        let folder = directory.appendingPathComponent(KnowledgeLoader.folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.good.write(to: folder.appendingPathComponent("parkering.md"), atomically: true, encoding: .utf8)
        try Self.good.write(to: folder.appendingPathComponent("Parkering Gammal.md"), atomically: true, encoding: .utf8)
        try Self.good.replacingOccurrences(of: "teknik", with: "okand").write(to: folder.appendingPathComponent("trasig.md"), atomically: true, encoding: .utf8)
        try Data(repeating: 0x41, count: KnowledgeLoader.sizeLimit + 1).write(to: folder.appendingPathComponent("stor.md"))
        try "inte en artikel".write(to: folder.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
        var configuration = Configuration()
        configuration.categories = ["parkering", "parkeringstillstand"].map {
            ServicecenterCore.Category(id: $0, name: $0, sector: "teknik", keywords: [], resolvable: true, guidance: "")
        }
        configuration.sectors = [Sector(id: "teknik", name: "Teknik", handoverWorkingDays: 5)]
        let (articles, problems) = KnowledgeLoader.read(directory: directory, configuration: configuration)
        #expect(articles.map(\.id) == ["parkering"])
        #expect(problems.count == 3)
        #expect(problems.contains { $0.kind == .knowledge(.fileName) && $0.value == "Parkering Gammal.md" })
        #expect(problems.contains { $0.kind == .knowledge(.tooLarge(limit: KnowledgeLoader.sizeLimit)) && $0.location.file.hasSuffix("stor.md") })
        #expect(problems.contains { $0.kind == .knowledge(.unknownSector) && $0.location.file.hasSuffix("trasig.md") && $0.location.line == 4 })
    }

    @Test("No knowledge folder: no articles and no problem")
    func noFolder() {
        let (articles, problems) = KnowledgeLoader.read(directory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"), configuration: Configuration())
        #expect(articles.isEmpty && problems.isEmpty)
    }

    @Test("Fuzz: random bytes, control characters and cut files never crash and are always named at file and line")
    func fuzz() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("---\n".utf8), Array("title: x\n".utf8), Array("categories: avfall\n".utf8), Array("sector: teknik\n".utf8),
            Array("reviewed: 2026-01-01\n".utf8), [0x1B, 0x5B, 0x32, 0x4A], [0x00], [0x0D], [0xC2, 0x9B], [0xE2, 0x80, 0xAE],
            [0xFF], [0xC3], Array("**".utf8), Array("[a](".utf8), Array("\n".utf8), Array(":".utf8), Array("å".utf8),
        ]
        for round in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                if Bool.random(using: &generator) {
                    bytes += pieces.randomElement(using: &generator)!
                } else {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                }
            }
            let (article, problems) = KnowledgeLoader.parse(Data(bytes), file: "/k/f\(round).md", id: "f", catalogue: Self.catalogue)
            #expect((article == nil) != problems.isEmpty, "round \(round): \(bytes)")
            for problem in problems {
                #expect(problem.location.file == "/k/f\(round).md")
                #expect(problem.location.line != nil, "round \(round): \(problem)")
                // Every problem's sentence is printable as it is: no byte of the file reaches the terminal.
                #expect(!InertText.containsUnsafe(problem.description), "round \(round): \(problem)")
            }
            if let article { #expect(!InertText.containsUnsafe(article.body, allowingLineBreaks: true)) }
        }
    }
}
