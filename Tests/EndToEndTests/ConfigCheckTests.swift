import Foundation
import Testing

@Suite("servicecenter config check, end to end", .endsWhatItStarts)
struct ConfigCheckTests {
    @Test("The shipped configuration is clean: exit 0 and a summary")
    func clean() throws {
        let outcome = try Sandbox().run("config", "check")
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("är korrekt"))
        #expect(outcome.stdout.contains("66 ärendetyper"))
    }

    @Test("Every problem is listed with file and line; exit 78; no other command starts")
    func broken() throws {
        var sandbox = try Sandbox()
        let config = try sandbox.copyConfiguration()
        let categories = config.appendingPathComponent("categories.toml")
        var text = try String(contentsOf: categories, encoding: .utf8)
        text = text.replacingOccurrences(of: "sector = \"stadsbyggnad\"\nkeywords = [\"bygglov\",", with: "sector = \"byggnad\"\nkeywords = [\"bygglov\",")
        text += "\n[[category]]\nid = \"vaxel\"\nname = \"\"\nsector = \"kommunledning\"\nresolvable = \"ja\"\n"
        try text.write(to: categories, atomically: true, encoding: .utf8)

        let outcome = try sandbox.run("config", "check")
        #expect(outcome.status == 78)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        let file = categories.path
        #expect(lines.contains { $0.hasPrefix("\(file):12: category.sector \"byggnad\"") })
        // In the summary's language (Swedish by default), not English details under a Swedish summary.
        #expect(lines.contains { $0.hasPrefix("\(file):") && $0.contains("category.resolvable") && $0.contains("ska vara true eller false") })
        #expect(lines.contains { $0.contains("category.id \"vaxel\": finns redan") })
        #expect(lines.contains { $0.contains("category.name \"\": får inte vara tom") })
        #expect(outcome.stderr.contains("problem i konfigurationen"))

        let log = try sandbox.run("log", "--channel", "phone", "--category", "avfall")
        #expect(log.status == 78)
        #expect(log.stderr.contains("Startar inte"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
    }
}
