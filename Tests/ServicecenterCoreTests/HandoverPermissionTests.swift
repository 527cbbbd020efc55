import Testing
@testable import ServicecenterCore

/// Who may move a hand-over along: a guide only the ones they forwarded, supervisors and admins any.
@Suite("Hand-overs: who may change which")
struct HandoverPermissionTests {
    @Test("A guide changes only their own; a supervisor and an admin any; an unknown maker only them")
    func rule() {
        let anna = Operator(user: "anna", name: "Anna", role: .guide)
        #expect(anna.mayChange(handoverMadeBy: "anna"))
        #expect(!anna.mayChange(handoverMadeBy: "erik"))
        #expect(!anna.mayChange(handoverMadeBy: nil))
        for role in [Operator.Role.supervisor, .admin] {
            let person = Operator(user: "maria", name: "Maria", role: role)
            #expect(person.mayChange(handoverMadeBy: "erik") && person.mayChange(handoverMadeBy: nil))
        }
    }
}
