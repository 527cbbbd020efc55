import Foundation
import Testing
@testable import ServicecenterCore

/// `handovers show`'s sheet and the list's matter column: the case in words, the call-back
/// details only when the reader may see them, everything typed shown inert.
@Suite("Hand-overs: the case sheet and the list's matter")
struct HandoverSheetTests {
    let created = Timestamp.parse("2026-11-20T10:00:00+01:00")!
    let closed = Timestamp.parse("2026-11-23T14:05:00+01:00")!

    func handover(matter: String? = "Kärlet ej tömt på tre veckor", callback: Callback? = Callback(
        phone: "070-174 06 55", email: "lena.berg@example.com", preferredTime: "förmiddag")) -> Handover
    {
        Handover(
            id: 1015, contactID: 7, sector: "teknik", reason: .needsCaseOfficer, createdAt: created, dueDate: LocalDay("2026-11-24")!,
            status: .closed, statusAt: closed, statusBy: "maria", closedOn: LocalDay("2026-11-23")!, category: "avfall", channel: .phone,
            matter: matter, callback: callback)
    }

    var history: [HandoverSheet.Entry] {
        [(created, "anna", .created, nil), (Timestamp.parse("2026-11-21T09:00:00+01:00")!, "erik", .acknowledged, nil),
         (closed, "maria", .closed, "Kärlet tömt")]
    }

    func sheet(_ handover: Handover, shows: Bool, language: Language = .swedish) -> [String] {
        HandoverSheet(handover: handover, history: history, configuration: Fixtures.configuration, today: LocalDay("2026-11-26")!, showsCallback: shows)
            .render(strings(for: language), handoverCaseStrings(for: language))
    }

    @Test("For the maker: reference, sector, matter, call-back, who and when, due date in words, status with the closing note, history")
    func full() {
        #expect(sheet(handover(), shows: true) == [
            "Ärende 1015 · Tekniska förvaltningen",
            "Ärendetyp:          Avfall och sophämtning · Telefon",
            "Överlämnat:         2026-11-20 10:00 av anna · Kräver handläggare (myndighetsutövning)",
            "Kontakt senast:     tisdag 24 november 2026 (2026-11-24)",
            "Status:             Avslutat sedan 2026-11-23 14:05 (maria) – Kärlet tömt",
            "Ärendebeskrivning:  Kärlet ej tömt på tre veckor",
            "Återkontakt:        telefon 070-174 06 55 · e-post lena.berg@example.com · helst förmiddag",
            "",
            "Historik",
            "2026-11-20 10:00  anna  skapat",
            "2026-11-21 09:00  erik  mottaget av förvaltningen",
            "2026-11-23 14:05  maria  avslutat – Kärlet tömt",
        ])
    }

    @Test("For anyone else the call-back line says who may see it, and nothing of the number or address is printed")
    func withheld() {
        for language in [Language.swedish, .english] {
            let text = sheet(handover(), shows: false, language: language).joined(separator: "\n")
            #expect(!text.contains("174") && !text.contains("lena.berg") && !text.contains("förmiddag"), "\(text)")
            #expect(text.contains(handoverCaseStrings(for: language).callbackWithheld))
            #expect(text.contains("Kärlet ej tömt på tre veckor"))
        }
        // None given (or erased): said as such, to everyone.
        #expect(sheet(handover(callback: nil), shows: true).contains("Återkontakt:        inga uppgifter (inte angivna, eller raderade vid gallring)"))
        #expect(sheet(handover(matter: nil), shows: true).contains("Ärendebeskrivning:  –"))
    }

    @Test("An escape sequence typed into a matter, a number field or a note reaches the sheet as visible placeholders")
    func inert() {
        let escape = "\u{1B}]0;PWNED\u{07}"
        let lines = sheet(handover(matter: "a\(escape)\nb", callback: Callback(phone: escape, email: nil, preferredTime: escape)), shows: true)
        #expect(!lines.joined().unicodeScalars.contains { InertText.isUnsafe($0) })
        #expect(lines.contains { $0.hasPrefix("Ärendebeskrivning:") && $0.contains("␛]0;PWNED␇␊b") })
    }

    @Test("The list shows the matter's first words on one line, cut at a word; CSV and JSON the whole matter; never the call-back")
    func listColumn() throws {
        #expect(HandoverList.firstWords(of: "Kort") == "Kort")
        #expect(HandoverList.firstWords(of: "Rad ett\nrad  två") == "Rad ett rad två")
        let long = "Vill bygga ett uterum på femton kvadratmeter mot tomtgränsen i norr"
        let cut = HandoverList.firstWords(of: long)
        #expect(cut == "Vill bygga ett uterum på femton…" || cut.count <= HandoverList.matterWidth, "\(cut)")
        #expect(cut.hasSuffix("…") && long.hasPrefix(String(cut.dropLast())))
        let list = HandoverList(handovers: [handover(matter: long)], configuration: Fixtures.configuration, today: LocalDay("2026-11-26")!)
        let table = list.render(.table, strings(for: .swedish))
        #expect(table.split(separator: "\n").first?.hasSuffix("Ärendebeskrivning") == true && table.contains(cut))
        for format in HandoverList.Format.allCases {
            let output = list.render(format, strings(for: .swedish))
            #expect(!output.contains("174 06") && !output.contains("lena.berg") && !output.contains("förmiddag"), "\(format)")
        }
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(list.render(.json, strings(for: .swedish)).utf8)) as? [[String: Any]])
        #expect(objects.first?["matter"] as? String == long)
    }

    @Test("Property, 2,000 random matters: first words are one line, at most the width, and a prefix of the matter's words")
    func firstWordsProperty() {
        var random = SeededGenerator(seed: 1015)
        let words = ["kärl", "bygglov", "ansökan", "x", "förskoleplats", "mycket-långt-ord-utan-mellanslag-som-inte-tar-slut", "ja", "\n", "  "]
        for _ in 0..<2_000 {
            let matter = (0..<Int(random.next() % 20)).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            let shown = HandoverList.firstWords(of: matter)
            let flat = matter.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(!shown.contains("\n") && shown.count <= HandoverList.matterWidth, "\(shown)")
            #expect(shown.hasSuffix("…") ? flat.hasPrefix(String(shown.dropLast())) : shown == flat, "\(matter) → \(shown)")
        }
    }
}
