import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Accepted times: nothing outside 1970–2099 gets in, everything inside is kept as four-digit UTC text")
struct AcceptedTimesTests {
    let validator = ContactValidator(configuration: Fixtures.configuration)

    /// Every year around both edges and the extremes ISO 8601 can write, at the first and
    /// last second of the year, under every offset from -14:00 to +14:00 in half hours.
    static let samples: [String] = {
        var texts: [String] = []
        for year in [0, 1, 999, 1969, 1970, 1971, 2026, 2098, 2099, 2100, 2101, 9999] {
            let y = Timestamp.pad(year, 4)
            for (date, time) in [("01-01", "00:00:00"), ("12-31", "23:59:59"), ("06-15", "12:00:00")] {
                for halfHours in -28...28 {
                    let minutes = abs(halfHours) * 30
                    let offset = (halfHours < 0 ? "-" : "+") + Timestamp.pad(minutes / 60) + ":" + Timestamp.pad(minutes % 60)
                    texts.append("\(y)-\(date)T\(time)\(offset)")
                }
                texts.append("\(y)-\(date)T\(time)Z")
            }
        }
        return texts
    }()

    @Test("Through the contact validator (log, import, the desk): refused with the window named, or stored in range")
    func contacts() throws {
        var refused = 0
        for text in Self.samples {
            let draft = ContactDraft(
                startedAt: text, endedAt: text, channel: "phone", category: "avfall", resolution: "resolved", operatorUser: "anna")
            do {
                let contact = try validator.validate(draft, now: AcceptedTimes.latest)
                let stored = Timestamp.utcText(contact.startedAt)
                #expect(AcceptedTimes.contains(contact.startedAt), "\(text) accepted outside the window")
                #expect(stored.count == 20 && stored >= "1970-01-01T00:00:00Z" && stored <= "2099-12-31T23:59:59Z", "\(text) → \(stored)")
                #expect(Timestamp.parse(stored) == contact.startedAt, "\(text) does not read back")
            } catch {
                refused += 1
                #expect(error.problems.contains(.dateOutsideWindow(field: "started_at", value: text)), "\(text): \(error.problems)")
            }
        }
        // The samples hold both sides: the test cannot pass by refusing (or taking) everything.
        #expect(refused > 0 && refused < Self.samples.count)
    }

    @Test("Through the queue event reader (queue events, --follow): the same window")
    func events() {
        for text in Self.samples {
            let line = #"{"at":"\#(text)","channel":"phone","event":"offered","call_id":"c-1"}"#
            let result = QueueEventLines.parse(Data(line.utf8))[0].result
            let accepted = Timestamp.parse(text).map(AcceptedTimes.contains) ?? false
            switch result {
            case .success(let event): #expect(accepted && AcceptedTimes.contains(event.at), "\(text)")
            case .failure(let problem):
                #expect(!accepted && problem == .fields([.dateOutsideWindow(field: "at", value: text)]), "\(text): \(problem)")
            }
        }
    }

    @Test("The issue's reproductions: year 0000 at +14:00 and 9999-12-31T23:00 at -14:00 are refused")
    func reproductions() {
        for text in ["0000-01-01T00:00:00+14:00", "9999-12-31T23:00:00-14:00"] {
            #expect(Timestamp.parse(text) != nil)
            var problems: [ContactProblem] = []
            #expect(AcceptedTimes.parse(text, field: "at", problems: &problems) == nil)
            #expect(problems == [.dateOutsideWindow(field: "at", value: text)])
        }
        #expect(AcceptedTimes.contains(Timestamp.parse("1970-01-01T00:00:00Z")!))
        #expect(!AcceptedTimes.contains(Timestamp.parse("1970-01-01T00:59:59+01:00")!))
        #expect(AcceptedTimes.contains(Timestamp.parse("2099-12-31T23:59:59Z")!))
        #expect(!AcceptedTimes.contains(Timestamp.parse("2100-01-01T00:00:00Z")!))
    }

    @Test("A day on the command line: the same window's days")
    func days() {
        #expect(AcceptedTimes.contains(LocalDay("1970-01-01")!) && AcceptedTimes.contains(LocalDay("2099-12-31")!))
        #expect(!AcceptedTimes.contains(LocalDay("1969-12-31")!) && !AcceptedTimes.contains(LocalDay("2100-01-01")!))
        #expect(!AcceptedTimes.contains(LocalDay("0000-01-01")!) && !AcceptedTimes.contains(LocalDay("9999-12-31")!))
    }
}
