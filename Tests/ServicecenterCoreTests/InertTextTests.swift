import Foundation
import Testing
@testable import ServicecenterCore

/// The command line's one rule for text that must not drive a terminal, and the writers that
/// use it: tables show placeholders, CSV and JSON keep the data with escapes.
@Suite("InertText: control characters shown, never sent")
struct InertTextTests {
    /// Every scalar the rule must catch: C0, DEL, C1, bidirectional embeddings and isolates.
    static let unsafe: [Unicode.Scalar] = (0..<0x20).map { Unicode.Scalar(UInt8($0)) } + (0x7F...0x9F).map { Unicode.Scalar(UInt8($0)) }
        + (0x202A...0x202E).compactMap(Unicode.Scalar.init) + (0x2066...0x2069).compactMap(Unicode.Scalar.init)
    /// Text around them: Swedish letters, a dash, box drawing, an emoji, a combining mark.
    static let safe: [Unicode.Scalar] = ["a", "å", "Ö", " ", "\"", ",", "\\", "u", "0", "–", "─", "€", "💥", "\u{301}", "\u{A0}", "\u{200F}"]

    static func randomText(_ random: inout SeededGenerator) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...24, using: &random) {
            scalars.append(Bool.random(using: &random) ? unsafe.randomElement(using: &random)! : safe.randomElement(using: &random)!)
        }
        return String(scalars)
    }

    @Test("The reproduction: a title-setting, screen-clearing note is shown as pictures")
    func reproduction() {
        #expect(InertText.shown("\u{1B}]0;PWNED\u{07}\u{1B}[2J") == "␛]0;PWNED␇␛[2J")
        #expect(InertText.shown("a\nb\rc\td\u{7F}\u{9B}\u{202E}") == "a␊b␍c␉d␡��")
        #expect(InertText.shownKeepingLines("a\nb\u{1B}") == "a\nb␛")
        #expect(InertText.shown("Överlämnat – 811218") == "Överlämnat – 811218")
    }

    @Test("Every scalar in Unicode: unsafe exactly for C0, DEL, C1 and the bidi overrides")
    func everyScalar() {
        var unsafeCount = 0
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            // The cheap first look must never miss one.
            if InertText.isUnsafe(scalar) != expected || (expected && !InertText.mayHoldUnsafe(String(scalar))) { wrong.append(value) }
            if expected { unsafeCount += 1 }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0, radix: 16) })")
        #expect(unsafeCount == Self.unsafe.count)
    }

    @Test("Property, 20,000 random texts: shown holds no unsafe scalar, keeps the rest, and the data formats give it back")
    func property() throws {
        var random = SeededGenerator(seed: 16)
        for _ in 0..<20_000 {
            let text = Self.randomText(&random)
            let shown = InertText.shown(text)
            #expect(!shown.unicodeScalars.contains(where: InertText.isUnsafe), "\(text.debugDescription)")
            #expect(shown.unicodeScalars.count == text.unicodeScalars.count)
            #expect(!InertText.shownKeepingLines(text).unicodeScalars.contains { InertText.isUnsafe($0) && $0 != "\n" })
            let escaped = InertText.escaped(text)
            #expect(!escaped.unicodeScalars.contains { InertText.isUnsafe($0) && !["\n", "\r", "\t"].contains($0) })
            // JSON: escaped, and a parser gives back exactly the text.
            var json = ""
            JSONText.quote(text, into: &json)
            #expect(!json.unicodeScalars.contains(where: InertText.isUnsafe))
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) as? String
            #expect(parsed == text, "\(json)")
            // A table: no unsafe scalar, so no line a cell did not ask for.
            let table = TextTable(header: ["a", "b"], rows: [[text, "x"]]).render()
            #expect(table.count == 3)
            #expect(!table.joined().unicodeScalars.contains(where: InertText.isUnsafe))
            // CSV: only the line breaks a quoted field may hold.
            let csv = CSV.line([text, "x"])
            #expect(!csv.unicodeScalars.contains { InertText.isUnsafe($0) && !["\n", "\r", "\t"].contains($0) })
        }
    }

    @Test("CSV writes ESC as \\u001b and leaves ordinary fields byte for byte as before")
    func csv() {
        #expect(CSV.line(["a\u{1B}[2J", "b"]) == "a\\u001b[2J,b\r\n")
        #expect(CSV.line(["Tekniska förvaltningen", "2026-11-23 – 2026-11-24", "a,b"]) == "Tekniska förvaltningen,2026-11-23 – 2026-11-24,\"a,b\"\r\n")
        #expect(CSV.line(["rad 1\nrad 2"]) == "\"rad 1\nrad 2\"\r\n")
    }

    @Test("handovers --format table, csv and json: a who with an escape sequence reaches none raw, JSON keeps it")
    func handoverList() throws {
        let who = "\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}31m\u{202E}"
        let handover = Handover(
            id: 1, contactID: 1, sector: "teknik", reason: .needsCaseOfficer, createdAt: Date(timeIntervalSince1970: 1_790_000_000),
            dueDate: LocalDay("2026-11-30")!, status: .open, statusAt: Date(timeIntervalSince1970: 1_790_000_000), statusBy: who,
            closedOn: nil, category: "avfall", channel: .phone)
        let list = HandoverList(handovers: [handover], configuration: Fixtures.configuration, today: LocalDay("2026-11-25")!)
        for format in HandoverList.Format.allCases {
            let output = list.render(format, strings(for: .swedish))
            #expect(!output.unicodeScalars.contains { InertText.isUnsafe($0) && !["\n", "\r"].contains($0) }, "\(format)")
        }
        let json = list.render(.json, strings(for: .swedish))
        #expect(json.contains("\\u001b]0;PWNED\\u0007"))
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.first?["status_by"] as? String == who)
        #expect(objects.first?["overdue"] as? Bool == false)
        #expect(objects.first?["id"] as? Int == 1)
        #expect(list.render(.csv, strings(for: .swedish)).contains("\\u001b]0;PWNED\\u0007\\u001b[2J\\u009b31m\\u202e"))
    }
}
