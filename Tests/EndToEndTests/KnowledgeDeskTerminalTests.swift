import Foundation
import GRDB
import Testing

/// The knowledge articles at the desk in a real terminal: a guide searches "parkeringstillstand",
/// opens the article, goes back to the contact and resolves it.
@Suite("The desk's knowledge articles in tmux, end to end", .endsWhatItStarts, .enabled(if: Tmux.available, "tmux is not installed (.ci/run installs it)"))
struct KnowledgeDeskTerminalTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    @Test("Search, open, Esc back, resolve: the contact is saved whole, at 80×24")
    func searchOpenResolve() throws {
        let tmux = try sandbox.desk(width: 80, height: 24)
        #expect(try tmux.waitFor("Välj station och kanal").found)
        try tmux.keys("1")
        try tmux.type("handikapptillstand")
        let category = try tmux.waitFor("▶ Parkeringstillstånd för")
        #expect(category.found, "screen:\n\(category.screen)")
        try tmux.keys("Enter")
        let guidance = try tmux.waitFor("Artiklar (^L)")
        #expect(guidance.found, "screen:\n\(guidance.screen)")
        try tmux.keys("C-l")
        #expect(try tmux.waitFor("Kunskapsbanken").found)
        try tmux.type("parkeringstillstand")
        let found = try tmux.waitFor("Parkeringstillstånd för personer med funktionsnedsättning")
        #expect(found.found, "screen:\n\(found.screen)")
        try tmux.keys("Enter")
        let article = try tmux.waitFor("Vad medborgaren behöver veta")
        #expect(article.found, "screen:\n\(article.screen)")
        #expect(article.screen.contains("Ägare:"))
        try tmux.keys("PageDown")
        try tmux.keys("Escape")
        let back = try tmux.waitFor("noteras")
        #expect(back.found, "screen:\n\(back.screen)")
        #expect(back.screen.contains("Parkeringstillstånd"))
        try tmux.keys("Enter")
        let saved = try tmux.waitFor("Kontakt 1 sparad.")
        #expect(saved.found, "screen:\n\(saved.screen)")
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        let rows = try queue.read { try Row.fetchAll($0, sql: "SELECT category, resolution FROM contact") }
        #expect(rows.count == 1)
        #expect(rows.first?["category"] == "parkeringstillstand")
        #expect(rows.first?["resolution"] == "resolved")
        try tmux.keys("F10")
        #expect(try tmux.waitFor("EXIT=0").found)
    }
}
