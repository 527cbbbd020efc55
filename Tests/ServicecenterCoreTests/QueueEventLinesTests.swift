import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Queue event lines")
struct QueueEventLinesTests {
    func parse(_ text: String) -> [(line: Int, result: Result<QueueEvent, LineProblem>)] {
        QueueEventLines.parse(Data(text.utf8))
    }

    @Test("A telephony line and a mailbox line, with received read as offered")
    func good() throws {
        let lines = parse("""
            {"at":"2026-11-23T09:00:00+01:00","channel":"phone","event":"offered","call_id":"c-1","operator":"anna"}

            {"at":"2026-11-23T09:05:00Z","channel":"digital","event":"received","call_id":"m-7"}
            """)
        #expect(lines.map(\.line) == [1, 3])
        let first = try lines[0].result.get()
        #expect(first.kind == .offered && first.channel == .phone && first.operatorUser == "anna" && first.callID == "c-1")
        #expect(try lines[1].result.get().kind == .offered)
        #expect(try parse(#"{"at":"2026-11-23T09:05:00Z","channel":"digital","event":"replied","call_id":"m-7"}"#)[0].result.get().kind == .answered)
    }

    @Test("Every problem of a bad line is named")
    func bad() {
        let lines = parse("""
            {"at":"yesterday","channel":"fax","event":"ringing","call_id":""}
            {"at":"2026-11-23T09:00:00Z","channel":"visit","event":"no_show","call_id":"x","extra":1}
            not json
            """)
        #expect(lines[0].result == .failure(.fields([.missing(field: "call_id"), .malformedDate(field: "at", value: "yesterday"),
                                                     .unknownChannel("fax"), .unknownEvent("ringing")])))
        #expect(lines[1].result == .failure(.fields([.unknownField(field: "extra"), .unknownEvent("no_show")])))
        #expect(lines[2].result == .failure(.malformedJSON))
    }
}
