import Foundation
import Testing

/// `config check` on the knowledge articles, end to end: a broken article is an error at its
/// file and line (exit 78) while the other commands still start with the good ones; a stale
/// article is a warning listed under its owner and a category without an article is named
/// (exit 0).
@Suite("servicecenter config check: knowledge articles, end to end", .endsWhatItStarts)
struct KnowledgeCheckTests {
    @Test("The shipped articles are clean: exit 0, the count, and the categories without an article as warnings")
    func shipped() throws {
        let outcome = try Sandbox().run("config", "check")
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Kunskapsartiklar: 47 läses in."))
        #expect(outcome.stdout.contains("varning:") && outcome.stdout.contains("saknar artikel"))
    }

    @Test("A stale article is a warning under its owner; a broken one an error at file:line, exit 78; the desk's commands still start")
    func staleAndBroken() throws {
        var sandbox = try Sandbox()
        let config = try sandbox.copyConfiguration()
        let folder = config.appendingPathComponent("knowledge")
        let parking = folder.appendingPathComponent("parkeringstillstand.md")
        var text = try String(contentsOf: parking, encoding: .utf8)
        text = text.replacingOccurrences(of: "reviewed: 2026-10-01", with: "reviewed: 2020-01-15")
        try text.write(to: parking, atomically: true, encoding: .utf8)

        let stale = try sandbox.run("config", "check", "--lang", "en")
        #expect(stale.status == 0)
        // Listed under its owner, with the day it was due (other shipped articles may be due by now too).
        #expect(stale.stdout.contains("past the review date"))
        let owner = stale.stdout.split(separator: "\n").first { $0.contains("parkeringstillstand (due for review by 2021-01-15)") }
        #expect(owner?.hasPrefix("  ") == true && owner?.contains("(teknik): ") == true, "\(stale.stdout)")

        let broken = folder.appendingPathComponent("trasig.md")
        try "---\ntitle: Trasig\ncategories: parkering, finnsinte\nsector: teknik\nreviewed: 2026-01-01\nreview_monts: 6\n---\nText \u{1B}]0;x\u{07}\n"
            .write(to: broken, atomically: true, encoding: .utf8)
        let outcome = try sandbox.run("config", "check")
        #expect(outcome.status == 78)
        #expect(outcome.stdout.contains("\(broken.path):8: "), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("styrtecken"))
        #expect(!outcome.stdout.contains("\u{1B}"))
        #expect(outcome.stdout.contains("47 läses in, 1 utelämnas"))

        try "---\ntitle: Trasig\ncategories: parkering, finnsinte\nsector: teknik\nreviewed: 2026-01-01\nreview_monts: 6\n---\nText\n"
            .write(to: broken, atomically: true, encoding: .utf8)
        let named = try sandbox.run("config", "check")
        #expect(named.status == 78)
        #expect(named.stdout.contains("\(broken.path):3: categories \"finnsinte\": är ingen kategori i categories.toml"))
        #expect(named.stdout.contains("\(broken.path):6: review_monts: är ingen känd nyckel"))

        // The article is left out, not the site: a command that reads the configuration starts.
        let log = try sandbox.run("log", "--channel", "phone", "--category", "avfall")
        #expect(log.status == 0, "\(log.stderr)")
    }
}
