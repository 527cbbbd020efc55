import Testing
@testable import ServicecenterCore

/// Who reads a hand-over's call-back details: the guide who made it, supervisors and admins.
@Suite("Hand-overs: who sees the call-back details")
struct CallbackVisibilityTests {
    @Test("A guide sees only their own hand-overs' call-back details; supervisors and admins every one's")
    func rule() {
        let anna = Operator(user: "anna", name: "Anna", role: .guide)
        #expect(anna.maySeeCallback(ofHandoverMadeBy: "anna"))
        #expect(!anna.maySeeCallback(ofHandoverMadeBy: "erik"))
        #expect(!anna.maySeeCallback(ofHandoverMadeBy: nil))
        for role in [Operator.Role.supervisor, .admin] {
            let person = Operator(user: "maria", name: "Maria", role: role)
            #expect(person.maySeeCallback(ofHandoverMadeBy: "erik") && person.maySeeCallback(ofHandoverMadeBy: nil))
        }
    }

    @Test("Seeing the call-back details and changing the hand-over go together, for every role and maker (3 roles × 4 makers)")
    func sameAsChange() {
        for role in Operator.Role.allCases {
            let person = Operator(user: "anna", name: "Anna", role: role)
            for maker in ["anna", "erik", "", nil] as [String?] {
                #expect(person.maySeeCallback(ofHandoverMadeBy: maker) == person.mayChange(handoverMadeBy: maker), "\(role) \(maker ?? "nil")")
            }
        }
    }
}
