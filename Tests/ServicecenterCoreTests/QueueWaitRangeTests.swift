import Foundation
import Testing
@testable import ServicecenterCore

/// One range for a queue wait, 0 to 7 days in seconds, whichever path the contact came by:
/// `log --wait-seconds 9223372036854775807` was stored, while `import` refused the same
/// number as being of the wrong type.
@Suite("Queue wait range")
struct QueueWaitRangeTests {
    let validator = ContactValidator(configuration: Fixtures.configuration)

    func problems(wait: Int) -> [ContactProblem] {
        let draft = ContactDraft(channel: "phone", category: "avfall", resolution: "resolved", operatorUser: "anna", queueWaitSeconds: wait)
        do {
            _ = try validator.validate(draft, now: Fixtures.time(12))
            return []
        } catch {
            return error.problems
        }
    }

    @Test("The ends of the range pass; one second beyond and Int.max are named with the range")
    func validatorRange() {
        #expect(problems(wait: 0).isEmpty)
        #expect(problems(wait: ContactValidator.queueWaitLimit).isEmpty)
        #expect(ContactValidator.queueWaitLimit == 604_800)
        for wait in [ContactValidator.queueWaitLimit + 1, Int.max] {
            #expect(problems(wait: wait) == [.waitOutOfRange(field: "queue_wait_s", value: String(wait), limit: 604_800)])
        }
        let message = EnglishStrings().contactProblem(.waitOutOfRange(field: "queue_wait_s", value: "9223372036854775807", limit: 604_800))
        #expect(message.contains("queue_wait_s") && message.contains("0–604800"))
    }

    @Test("Import says a whole number out of range is out of range, not of the wrong type")
    func importMessage() {
        for number in ["9223372036854775807", "1e20", "-5000000000"] {
            let line = #"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"anna","queue_wait_s":\#(number)}"#
            let result = ContactLines.parse(Data(line.utf8))
            guard case .failure(.fields(let problems)) = result.first?.result else {
                Issue.record("\(number): \(String(describing: result.first?.result))")
                continue
            }
            #expect(problems.count == 1 && problems.allSatisfy {
                if case .waitOutOfRange(field: "queue_wait_s", _, limit: 604_800) = $0 { return true }
                return false
            }, "\(number): \(problems)")
        }
        let fraction = #"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"anna","queue_wait_s":1.5}"#
        #expect(ContactLines.parse(Data(fraction.utf8)).first?.result == .failure(.fields([.wrongType(field: "queue_wait_s", expected: .wholeNumber)])))
    }
}
