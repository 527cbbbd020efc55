import Foundation
import Testing

/// `servicecenter stats --by knowledge` (issue 22): contacts logged with `log --article` are
/// counted with an article, FCR with and without one per category, as text, CSV and JSON; for
/// supervisors and admins only; the open package's knowledge table holds counts, no words.
@Suite("End to end: the knowledge figures", .endsWhatItStarts)
struct StatsKnowledgeTests {
    /// Refuse contacts: two resolved with the article open, one resolved without, two
    /// forwarded because the guide could not answer; one parking permit resolved with two
    /// articles open.
    /// Without `permit`, the refuse contacts only (parkeringstillstand is a sensitive
    /// category: its lone contact would withhold the day's rows in the open package).
    /// The site's articles are the shipped ones, except that refuse collection has none of its
    /// own: the guides open `sophamtning`, written for recycling, so avfall is a category to
    /// write for whatever the calendar says about the shipped articles' review dates.
    func sandboxWithArticles(permit: Bool = true) throws -> Sandbox {
        var sandbox = try Sandbox()
        let knowledge = try sandbox.copyConfiguration().appendingPathComponent("knowledge")
        try FileManager.default.removeItem(at: knowledge.appendingPathComponent("avfall.md"))
        try """
            ---
            title: Sortering av hushållsavfall
            categories: atervinning
            sector: teknik
            reviewed: 2026-11-01
            ---
            ## Vad medborgaren behöver veta

            Matavfall i den bruna påsen, förpackningar till återvinningsstationen.
            """.write(to: knowledge.appendingPathComponent("sophamtning.md"), atomically: true, encoding: .utf8)
        var lines: [[String]] = [
            ["--category", "avfall", "--article", "sophamtning"],
            ["--category", "avfall", "--article", "sophamtning", "--article", "sophamtning"],
            ["--category", "avfall"],
            ["--category", "avfall", "--resolution", "forwarded", "--reason", "could_not_answer", "--matter", "Tunnan är trasig"],
            ["--category", "avfall", "--resolution", "forwarded", "--reason", "could_not_answer", "--matter", "Hämtning uteblev"],
        ]
        if permit { lines.append(["--category", "parkeringstillstand", "--article", "parkeringstillstand", "--article", "parkering"]) }
        for line in lines {
            let logged = try sandbox.run(arguments: ["log", "--channel", "phone"] + line)
            #expect(logged.status == 0, "\(line): \(logged.stderr)")
        }
        return sandbox
    }

    @Test("A supervisor gets FCR with and without an article per category, as text, CSV and JSON")
    func figures() throws {
        let sandbox = try sandboxWithArticles()
        let text = try sandbox.run(as: "maria", "stats", "--by", "knowledge", "--lang", "en")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("First-contact resolution over all 6 contacts: 66.7%"), "\(text.stdout)")
        // The category by its name in Config/categories.toml (the CSV below keeps the id).
        let avfall = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("Avfall och sophämtning") })
        #expect(avfall.split(separator: " ").map(String.init) == ["Avfall", "och", "sophämtning", "5", "2", "100.0%", "3", "33.3%", "2", "2"], "\(avfall)")
        #expect(text.stdout.contains("No search without a match."))

        let csv = try sandbox.run(as: "admin", "stats", "--by", "knowledge", "--format", "csv", "--date", "today")
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.split(separator: "\r\n").map(String.init) == [
            "category,contacts,with_article,resolved_with_article,without_article,resolved_without_article,could_not_answer,articles_opened,gap",
            "avfall,5,2,2,3,1,2,2,no_article",
            "parkeringstillstand,1,1,1,0,0,0,2,",
        ])

        let json = try sandbox.run(as: "maria", "stats", "--by", "knowledge", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let categories = try #require(object["categories"] as? [[String: Any]])
        #expect(categories.map { $0["category"] as? String } == ["avfall", "parkeringstillstand"])
        #expect(categories.first?["with_article"] as? Int == 2)
        #expect((object["unmatched_searches"] as? [Any])?.isEmpty == true)
    }

    @Test("A guide is refused with 77; --format without --by knowledge is a usage error (64)")
    func refused() throws {
        let sandbox = try sandboxWithArticles()
        let guide = try sandbox.run("stats", "--by", "knowledge")
        #expect(guide.status == 77)
        #expect(!guide.stdout.contains("avfall"))
        let misplaced = try sandbox.run(as: "maria", "stats", "--by", "category", "--format", "csv")
        #expect(misplaced.status == 64)
        #expect(misplaced.stderr.contains("--by knowledge"))
    }

    @Test("log --article refuses what is no article id with 65 and stores nothing")
    func badArticle() throws {
        let sandbox = try Sandbox()
        // A control character is refused for every option alike, as a usage error (64).
        for (bad, status) in [("Sopor.md", 65), ("", 65), ("sopor\u{1B}[2J", 64)] {
            let logged = try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--article", bad)
            #expect(logged.status == Int32(status), "\(bad): \(logged.stderr)")
            #expect(logged.stderr.contains("--article") && !logged.stderr.contains("\u{1B}"))
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
    }

    @Test("The open package's knowledge table counts per day and category; no article appears by name elsewhere than its id column")
    func openPackage() throws {
        let sandbox = try sandboxWithArticles(permit: false)
        let out = sandbox.root.appendingPathComponent("open")
        let dump = try sandbox.run(as: "maria", "stats", "dump", "--date", "today", "--out", out.path, "--format", "csv")
        #expect(dump.status == 0, "\(dump.stderr)")
        // The package is written into a folder named by the period.
        let files = FileManager.default.enumerator(atPath: out.path)?.compactMap { $0 as? String } ?? []
        let path = try #require(files.first { $0.hasSuffix("knowledge_by_category.csv") }, "\(files)")
        let table = try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
        let rows = table.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == [
            "date", "category", "category_name", "with_article", "resolved_with_article", "fcr_with_article", "without_article",
            "resolved_without_article", "fcr_without_article", "articles_opened", "suppressed",
        ])
        let avfall = try #require(rows.first { $0.count > 2 && $0[1] == "avfall" })
        #expect(Array(avfall[3...]) == ["2", "2", "1.0000", "3", "1", "0.3333", "2", "false"])
        #expect(!table.contains("sophamtning"))
    }
}
