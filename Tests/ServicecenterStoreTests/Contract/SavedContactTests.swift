import Foundation
import ServicecenterCore
import Testing

/// A save reports what it did, so the desk and `log` tell the guide from it instead of masking
/// again: what was masked (the intake's own report, and what is stored) and the hand-over made.
@Suite("Store: what a save reports")
struct SavedContactTests {
    static let fragments = [
        "Ringde om kärlet", "pnr 811218-9876", "svar till kalle@exempel.se", "ring 070-123 45 67", "samordningsnr 701063-2391",
        "ärende 2026-1234",
    ]

    /// Up to three fragments in a random order, or nil.
    static func text(_ random: inout SeededGenerator) -> String? {
        let count = Int.random(in: 0...3, using: &random)
        guard count > 0 else { return nil }
        return (0..<count).map { _ in fragments.randomElement(using: &random)! }.joined(separator: ", ")
    }

    /// A contact with personal data in random free-text fields, forwarded to one of two sectors or resolved.
    static func submitted(_ index: Int, _ random: inout SeededGenerator) -> Contact {
        let start = Timestamp.parse("2026-11-23T08:00:00+01:00")!.addingTimeInterval(Double(index) * 300)
        let outcome = Int.random(in: 0..<3, using: &random)
        let resolution: Resolution = switch outcome {
        case 0: .forwarded(to: "teknik", reason: .needsCaseOfficer)
        case 1: .forwarded(to: "social", reason: .citizenRequest)
        default: .resolved
        }
        var made = contact(Timestamp.utcText(start), resolution: resolution, note: text(&random))
        made.subject = text(&random)
        // The matter and call-back are kept on the hand-over, so only a contact that makes one has them.
        if outcome < 2 {
            made.matter = text(&random)
            made.callback = Callback(phone: "070-174 06 77", preferredTime: text(&random))
        }
        return made
    }

    @Test("masked is what the intake reports and what is stored; handover is the one handover(madeByContact:) finds", arguments: Backends.all)
    func reportsWhatItDid(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let now = Timestamp.parse("2026-11-23T18:00:00+01:00")!
        var random = SeededGenerator(seed: 19)
        var masked = 0, handedOver = 0
        for index in 0..<60 {
            let submitted = Self.submitted(index, &random)
            let facts = store.intake.facts(for: submitted, now: now)
            let saved = try store.save(submitted, now: now)
            #expect(saved.masked == facts.masked, "\(index)")
            // What is stored is the intake's masked contact, field for field: what `masked` names is
            // what differs. The matter and the call-back are kept on the hand-over and read from it.
            var expected = facts.contact
            expected.id = saved.id
            expected.matter = nil
            expected.callback = nil
            #expect(try store.contact(id: saved.id) == expected, "\(index)")
            let handover = try store.handover(madeByContact: saved.id)
            #expect(saved.handover == handover?.id, "\(index)")
            if case .forwarded = submitted.resolution {
                #expect(saved.handover != nil, "\(index)")
                #expect(handover?.matter == facts.contact.matter && handover?.callback == facts.contact.callback, "\(index)")
            } else {
                #expect(saved.handover == nil, "\(index)")
            }
            if !saved.masked.isEmpty { masked += 1 }
            if saved.handover != nil { handedOver += 1 }
        }
        // Both sides of each rule were met.
        #expect(masked > 20 && masked < 60)
        #expect(handedOver > 10 && handedOver < 40)
    }
}
