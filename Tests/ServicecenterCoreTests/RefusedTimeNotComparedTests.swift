import Foundation
import Testing
@testable import ServicecenterCore

/// A refused time is not compared with the other end: `--started 2099-12-31T23:59:59Z
/// --ended 2100-01-01T00:00:01Z` printed, besides the window problem, that the contact ends
/// (now) before it starts.
@Suite("Refused times are not compared")
struct RefusedTimeNotComparedTests {
    let validator = ContactValidator(configuration: Fixtures.configuration)

    func problems(started: String?, ended: String?) -> [ContactProblem] {
        let draft = ContactDraft(
            startedAt: started, endedAt: ended, channel: "phone", category: "avfall", resolution: "resolved", operatorUser: "anna")
        do {
            _ = try validator.validate(draft, now: Fixtures.time(12))
            return []
        } catch {
            return error.problems
        }
    }

    @Test("An end outside the window gives only the window problem")
    func endOutsideWindow() {
        #expect(problems(started: "2099-12-31T23:59:59Z", ended: "2100-01-01T00:00:01Z")
            == [.dateOutsideWindow(field: "ended_at", value: "2100-01-01T00:00:01Z")])
        #expect(problems(started: "2099-12-31T23:59:59Z", ended: "sen")
            == [.malformedDate(field: "ended_at", value: "sen")])
    }

    @Test("A start outside the window gives only the window problem")
    func startOutsideWindow() {
        #expect(problems(started: "2100-01-01T00:00:01Z", ended: "2026-11-23T10:00:00+01:00")
            == [.dateOutsideWindow(field: "started_at", value: "2100-01-01T00:00:01Z")])
    }

    @Test("Two accepted times the wrong way round are still compared")
    func stillCompared() {
        #expect(problems(started: "2026-11-23T10:00:00+01:00", ended: "2026-11-23T09:00:00+01:00")
            == [.endBeforeStart(started: "2026-11-23T10:00:00+01:00", ended: "2026-11-23T09:00:00+01:00")])
    }
}
