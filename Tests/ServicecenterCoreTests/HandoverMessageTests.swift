import Foundation
import Testing
@testable import ServicecenterCore

@Suite("The hand-over e-mail")
struct HandoverMessageTests {
    static var configuration: Configuration {
        var configuration = Fixtures.configuration
        configuration.sectors[3].mailbox = "bygg@orebro.se"
        configuration.delivery = DeliverySettings(from: "servicecenter@orebro.se")
        return configuration
    }

    static let created = Fixtures.time(10, 15)

    static func notice(matter: String?, phone: String? = "070-123 45 67", email: String? = nil, time: String? = "förmiddag") -> HandoverNotice {
        let handover = Handover(
            id: 1015, contactID: 7, sector: "stadsbyggnad", reason: .needsCaseOfficer, createdAt: created, dueDate: LocalDay("2026-11-25")!,
            status: .open, statusAt: created, statusBy: "anna", closedOn: nil, category: "bygglov", channel: .phone, matter: matter,
            callback: phone == nil && email == nil && time == nil ? nil : Callback(phone: phone, email: email, preferredTime: time))
        return HandoverNotice(eventID: 1, event: .created, at: created, by: "anna", note: nil, handover: handover, forwardedBy: "anna")
    }

    static let entry = OutboxEntry(
        eventID: 1, handoverID: 1015, event: .created, sector: "stadsbyggnad", mailbox: "bygg@orebro.se",
        messageID: OutboxEntry.messageID(handover: 1015, event: 1, database: "5eed", domain: "orebro.se"), state: .pending, attempts: 1, lastError: nil,
        nextAttemptAt: created, sentAt: nil, createdAt: created)

    /// The header block as name → value (continuation lines joined), and the body lines.
    static func parse(_ message: String) -> (headers: [(String, String)], body: [Substring]) {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        let blank = lines.firstIndex(of: "") ?? lines.endIndex
        var headers: [(String, String)] = []
        for line in lines[..<blank] {
            if line.hasPrefix(" "), !headers.isEmpty {
                headers[headers.count - 1].1 += String(line)
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]), String(line[line.index(colon, offsetBy: 2)...])))
            } else {
                headers.append(("", String(line))) // not a header: the test below refuses it
            }
        }
        return (headers, Array(lines[(blank + 1)...]))
    }

    /// The text of RFC 2047 encoded words (B, UTF-8) joined by folding whitespace.
    static func decoded(_ value: String) -> String {
        value.split(whereSeparator: \.isWhitespace).map { word -> String in
            guard word.hasPrefix("=?utf-8?B?"), word.hasSuffix("?=") else { return String(word) }
            let base64 = word.dropFirst("=?utf-8?B?".count).dropLast(2)
            return String(decoding: Data(base64Encoded: String(base64)) ?? Data(), as: UTF8.self)
        }.joined()
    }

    @Test("Headers: To, From, Subject (encoded, with the reference), Message-ID, Date, UTF-8 plain text; the body has the matter and the number")
    func wellFormed() throws {
        let text = HandoverMessage(notice: Self.notice(matter: "Vill veta om altanen kräver bygglov"), entry: Self.entry, configuration: Self.configuration)
            .text(date: Self.created)
        let (headers, body) = Self.parse(text)
        let named = Dictionary(headers, uniquingKeysWith: { first, _ in first })
        #expect(named["To"] == "bygg@orebro.se" && named["From"] == "servicecenter@orebro.se")
        #expect(named["Message-ID"] == "<handover-1015-event-1.5eed@orebro.se>")
        #expect(named["Date"] == "Mon, 23 Nov 2026 10:15:00 +0100")
        #expect(named["Content-Type"] == "text/plain; charset=utf-8" && named["MIME-Version"] == "1.0")
        #expect(named["Content-Transfer-Encoding"] == "8bit")
        #expect(Self.decoded(try #require(named["Subject"])) == "Ärende 1015 · Bygglov · kontakta senast 2026-11-25")
        let joined = body.joined(separator: "\n")
        #expect(joined.contains("Vill veta om altanen kräver bygglov"))
        #expect(joined.contains("070-123 45 67") && joined.contains("förmiddag"))
        #expect(joined.contains("Stadsbyggnadsförvaltningen") && joined.contains("onsdag 25 november 2026"))
        #expect(joined.contains("Anna (anna)") && joined.contains("Telefon"))
        #expect(headers.allSatisfy { !$0.0.isEmpty })
    }

    @Test("A matter holding a line break and 'Bcc:' stays in the body: no header is added")
    func noHeaderInjection() throws {
        let text = HandoverMessage(
            notice: Self.notice(matter: "fråga\nBcc: alla@example.com\n\n.\nslut"), entry: Self.entry, configuration: Self.configuration
        ).text(date: Self.created)
        let (headers, body) = Self.parse(text)
        #expect(!headers.contains { $0.0.lowercased() == "bcc" })
        #expect(body.contains { $0.contains("Bcc: alla@example.com") })
        #expect(!body.contains("."))
    }

    @Test("Property: 600 random matters give a message whose header block is only the ten headers, every body line is short enough and never a lone '.', and the matter's words all arrive in order")
    func property() throws {
        var random = SeededGenerator(seed: 18)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzåäöÅÄÖé ..,:;<>\"'\n\t-0123456789@=?\u{1b}\u{7f}\u{202e}😀")
        var checked = 0
        for _ in 0..<600 {
            let length = Int.random(in: 0...1_200, using: &random)
            var matter = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            if Bool.random(using: &random) { matter += String(repeating: "x", count: Int.random(in: 900...2_000, using: &random)) }
            let text = HandoverMessage(notice: Self.notice(matter: matter, phone: nil, time: nil), entry: Self.entry, configuration: Self.configuration)
                .text(date: Self.created)
            let (headers, body) = Self.parse(text)
            #expect(headers.map(\.0) == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                                          "Content-Transfer-Encoding", "Auto-Submitted", "X-Servicecenter-Handover"])
            for line in body {
                #expect(line.utf8.count <= 998 && line != ".")
                // Wrapped at 76 columns, save a word longer than a line (cut at 900 bytes).
                #expect(line.count <= 76 || !line.dropFirst(2).contains(" "), "\(line)")
                #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
            }
            // The matter's words, as shown inert, in order in the body (wrapping only moves
            // spaces; a lone "." is doubled, so dots are left out of the comparison).
            let sent = body.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined().replacingOccurrences(of: ".", with: "")
            let words = InertText.shownKeepingLines(matter).split(whereSeparator: \.isWhitespace).joined().replacingOccurrences(of: ".", with: "")
            if !matter.allSatisfy(\.isWhitespace) { #expect(sent.contains(words)) }
            checked += 1
        }
        #expect(checked == 600)
    }

    @Test("Long subjects fold into encoded words of at most 75 characters, cut between characters")
    func encodedWords() {
        let subject = String(repeating: "Förskoleförvaltningen 😀 ", count: 6)
        let encoded = HandoverMessage.encodedWords(subject)
        let words = encoded.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(words.count > 1 && words.allSatisfy { $0.count <= 75 })
        #expect(HandoverMessageTests.decoded(encoded) == subject)
        #expect(HandoverMessage.encodedWords("Plain subject") == "Plain subject")
    }

    @Test("Mailbox addresses: local@domain.tld, nothing a header could mistake")
    func addresses() {
        for good in ["bygg@orebro.se", "funktionsbrevlada.socialforvaltningen@orebro.se", "a+b@x.kommun.se"] {
            #expect(MailAddress.isValid(good), "\(good)")
        }
        for bad in ["", "bygg", "bygg@", "@orebro.se", "bygg@orebro", "bygg@orebro.", "a b@x.se", "a@b.se, c@d.se", "<a@b.se>",
                    "a@@b.se", "a@b..se", "a\n@b.se", ".a@b.se", "a\"@b.se"] {
            #expect(!MailAddress.isValid(bad), "\(bad)")
        }
    }
}
