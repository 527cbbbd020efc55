import Foundation
import Testing
@testable import ServicecenterCore

/// The gap report's three formats, and that a typed text cannot drive the reader's terminal.
@Suite("Catalogue gap report")
struct CatalogueGapReportTests {
    let gaps = [
        CatalogueGap(word: "hundskatt", count: 3, lastSeen: Fixtures.time(14, 5)),
        CatalogueGap(word: "gravsten\u{1B}[2J", count: 1, lastSeen: Fixtures.time(9)),
    ]

    var report: CatalogueGapReport { CatalogueGapReport(gaps: gaps, zone: Fixtures.stockholm) }

    @Test("Text: a table with local times; an escape is shown, not sent")
    func text() {
        let lines = report.render(.text, header: ["Ord", "Antal", "Senast"]).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[2].hasPrefix("hundskatt") && lines[2].contains(" 3 ") && lines[2].hasSuffix("2026-11-23 14:05"))
        #expect(!lines.joined().contains("\u{1B}"))
    }

    @Test("CSV: header, CRLF lines, UTC times, the escape written as \\u001b")
    func csv() {
        #expect(report.render(.csv, header: []) == "word,count,last_seen\r\nhundskatt,3,2026-11-23T13:05:00Z\r\ngravsten\\u001b[2J,1,2026-11-23T08:00:00Z\r\n")
    }

    @Test("JSON: an array of objects that JSONSerialization reads back")
    func json() throws {
        let data = Data(report.render(.json, header: []).utf8)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(rows.map { $0["word"] as? String } == ["hundskatt", "gravsten\u{1B}[2J"])
        #expect(rows.map { $0["count"] as? Int } == [3, 1])
        #expect(!report.render(.json, header: []).contains("\u{1B}"))
        #expect(CatalogueGapReport(gaps: [], zone: Fixtures.stockholm).render(.json, header: []) == "[]\n")
    }
}
