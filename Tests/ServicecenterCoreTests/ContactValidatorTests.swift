import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Contact validation")
struct ContactValidatorTests {
    let validator = ContactValidator(configuration: Fixtures.configuration)
    let now = Fixtures.time(12)

    func problems(_ draft: ContactDraft) -> [ContactProblem] {
        do {
            _ = try validator.validate(draft, now: now)
            return []
        } catch {
            return error.problems
        }
    }

    func draft(_ change: (inout ContactDraft) -> Void = { _ in }) -> ContactDraft {
        var draft = ContactDraft(channel: "phone", category: "avfall", resolution: "resolved", operatorUser: "anna")
        change(&draft)
        return draft
    }

    @Test("A minimal contact takes its sector from the category and its times from now")
    func minimal() throws {
        let contact = try validator.validate(draft(), now: now)
        #expect(contact.sector == "teknik")
        #expect(contact.resolvable)
        #expect(contact.startedAt == now && contact.endedAt == now)
        #expect(contact.resolution == .resolved)
    }

    @Test("A forwarded contact goes to the category's sector unless another is named")
    func forwarded() throws {
        let toOwn = try validator.validate(draft { $0.resolution = "forwarded"; $0.forwardReason = "needs_case_officer"; $0.matter = "Besked om beslut" }, now: now)
        #expect(toOwn.resolution == .forwarded(to: "teknik", reason: .needsCaseOfficer))
        let toOther = try validator.validate(draft {
            $0.resolution = "forwarded"; $0.forwardReason = "citizen_request"; $0.forwardTo = "social"; $0.matter = "Vill prata med handläggare"
        }, now: now)
        #expect(toOther.resolution == .forwarded(to: "social", reason: .citizenRequest))
    }

    @Test("Each kind of bad input is named")
    func badInput() {
        #expect(problems(draft { $0.channel = "fax" }) == [.unknownChannel("fax")])
        #expect(problems(draft { $0.category = "hundskatt" }) == [.unknownCategory("hundskatt")])
        #expect(problems(draft { $0.sector = "polisen" }) == [.unknownSector(field: "sector", value: "polisen")])
        #expect(problems(draft { $0.operatorUser = "okänd" }) == [.unknownOperator("okänd")])
        #expect(problems(draft { $0.resolution = "done" }) == [.unknownResolution("done")])
        #expect(problems(draft { $0.resolution = "forwarded"; $0.matter = "x" }) == [.reasonRequired])
        #expect(problems(draft { $0.resolution = "forwarded"; $0.forwardReason = "tired"; $0.matter = "x" }) == [.unknownReason("tired")])
        #expect(problems(draft { $0.forwardReason = "needs_case_officer" }) == [.forwardDetailsWithoutForward])
        #expect(problems(draft { $0.referredTo = "Skatteverket" }) == [.referredToWithoutReferral])
        #expect(problems(draft { $0.medium = "fax" }) == [.unknownMedium("fax")])
        #expect(problems(draft { $0.medium = "email" }) == [.mediumWithoutDigital("email")])
        #expect(problems(draft { $0.queueWaitSeconds = -1 }) == [.negativeWait(-1)])
        #expect(problems(draft { $0.startedAt = "igår" }) == [.malformedDate(field: "started_at", value: "igår")])
        #expect(problems(draft { $0.startedAt = "2026-11-23T10:00:00" }) == [.malformedDate(field: "started_at", value: "2026-11-23T10:00:00")])
        #expect(problems(draft { $0.note = String(repeating: "x", count: 2_001) }) == [.noteTooLong(characters: 2_001, limit: 2_000)])
        #expect(problems(draft { $0.note = "bell\u{7}" }) == [.invalidText(field: "note")])
        #expect(problems(draft { $0.channel = nil }) == [.missing(field: "channel")])
    }

    @Test("A note of exactly 2,000 characters is fine; å, ä, ö count as one character each")
    func noteLimit() {
        #expect(problems(draft { $0.note = String(repeating: "ö", count: 2_000) }).isEmpty)
    }

    @Test("End before start is refused; equal times are fine")
    func times() {
        let reversed = draft { $0.startedAt = "2026-11-23T10:00:00+01:00"; $0.endedAt = "2026-11-23T09:00:00+01:00" }
        #expect(problems(reversed) == [.endBeforeStart(started: "2026-11-23T10:00:00+01:00", ended: "2026-11-23T09:00:00+01:00")])
        let same = draft { $0.startedAt = "2026-11-23T10:00:00+01:00"; $0.endedAt = "2026-11-23T10:00:00+01:00" }
        #expect(problems(same).isEmpty)
    }

    @Test("Every problem of a draft is reported at once, not just the first")
    func allProblems() {
        let draft = ContactDraft(channel: "fax", category: "x", resolution: "y", operatorUser: "z", queueWaitSeconds: -5)
        #expect(problems(draft).count == 5)
    }
}
