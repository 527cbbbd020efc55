import Foundation
import Testing
@testable import ServicecenterCore

@Suite("JSON Lines import parsing")
struct ContactLinesTests {
    func parse(_ text: String) -> [(line: Int, result: Result<ContactDraft, LineProblem>)] {
        ContactLines.parse(Data(text.utf8))
    }

    let good = #"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"anna","queue_wait_s":42,"digital_help":true,"id":"tel-1"}"#

    @Test("A good line becomes a draft with every field")
    func goodLine() throws {
        let results = parse(good)
        #expect(results.count == 1)
        let draft = try results[0].result.get()
        #expect(draft.externalID == "tel-1")
        #expect(draft.queueWaitSeconds == 42)
        #expect(draft.digitalHelp)
        #expect(draft.channel == "phone")
    }

    @Test("Lines are numbered as an editor numbers them, skipping blank lines, with CRLF accepted")
    func numbering() {
        let results = parse("\n\(good)\r\n\n{broken\n")
        #expect(results.map(\.line) == [2, 4])
        #expect(results[1].result == .failure(.malformedJSON))
    }

    @Test("Invalid UTF-8 is reported for its line only")
    func invalidUTF8() {
        var data = Data((good + "\n").utf8)
        data.append(contentsOf: [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D, 0x0A])
        let results = ContactLines.parse(data)
        #expect(results.count == 2)
        #expect((try? results[0].result.get()) != nil)
        #expect(results[1].result == .failure(.invalidUTF8))
    }

    @Test("Wrong types, unknown fields, non-objects and missing times are named")
    func problems() {
        #expect(parse("[1,2]")[0].result == .failure(.notAnObject))
        #expect(parse(#""text""#)[0].result == .failure(.notAnObject))
        let wrong = parse(#"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:00:00+01:00","queue_wait_s":"42","digital_help":1,"channel":5,"chanel":"phone"}"#)
        #expect(wrong[0].result == .failure(.fields([
            .unknownField(field: "chanel"),
            .wrongType(field: "channel", expected: .text),
            .wrongType(field: "queue_wait_s", expected: .wholeNumber),
            .wrongType(field: "digital_help", expected: .boolean),
        ])))
        // Booleans and numbers are told apart both ways, and null counts as absent.
        #expect(parse(#"{"started_at":"x","ended_at":"y","queue_wait_s":true,"digital_help":0,"note":null}"#)[0].result == .failure(.fields([
            .wrongType(field: "queue_wait_s", expected: .wholeNumber),
            .wrongType(field: "digital_help", expected: .boolean),
        ])))
        #expect(parse(#"{"channel":"phone","queue_wait_s":4.5}"#)[0].result == .failure(.fields([
            .wrongType(field: "queue_wait_s", expected: .wholeNumber),
            .missing(field: "started_at"),
            .missing(field: "ended_at"),
        ])))
    }
}
