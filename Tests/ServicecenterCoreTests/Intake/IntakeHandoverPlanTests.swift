import Foundation
import ServicecenterCore
import Testing

/// The hand-over a contact makes is decided in the intake, so every backend stores the same plan.
@Suite("Intake: the hand-over plan")
struct IntakeHandoverPlanTests {
    /// The fixtures' site, where social takes five working days to teknik's two.
    static let configuration: Configuration = {
        var configuration = Fixtures.configuration
        for index in configuration.sectors.indices where configuration.sectors[index].id == "social" {
            configuration.sectors[index].handoverWorkingDays = 5
        }
        return configuration
    }()

    let intake = Intake(configuration: Self.configuration)
    /// The Thursday before Easter 2026, 10:05.
    let now = Timestamp.parse("2026-04-02T10:05:00+02:00")!

    func contact(_ resolution: Resolution) -> Contact {
        let start = Timestamp.parse("2026-04-02T10:00:00+02:00")!
        return Contact(
            startedAt: start, endedAt: start.addingTimeInterval(180), channel: .phone, category: "avfall", sector: "teknik",
            resolvable: true, operatorUser: "anna", resolution: resolution, matter: "Gäller 811218-9876", callback: Callback(phone: "070-123 45 67"))
    }

    @Test("Forwarded: a plan for that sector, due in its working days (Easter skipped), with the masked matter and the call-back as typed")
    func forwarded() throws {
        let facts = intake.facts(for: contact(.forwarded(to: "teknik", reason: .needsCaseOfficer)), now: now)
        let plan = try #require(facts.handover)
        #expect(plan.sector == "teknik" && plan.reason == .needsCaseOfficer)
        #expect(plan.dueDate == LocalDay("2026-04-08")) // skips långfredagen and annandag påsk
        #expect(plan.matter == "Gäller 811218-****" && plan.matter == facts.contact.matter)
        #expect(plan.callback == Callback(phone: "070-123 45 67"))
        let social = try #require(intake.facts(for: contact(.forwarded(to: "social", reason: .citizenRequest)), now: now).handover)
        #expect(social.dueDate == LocalDay("2026-04-13") && social.reason == .citizenRequest)
    }

    @Test("An e-mail is due in the digital reply target, whatever the sector's")
    func email() throws {
        var email = contact(.forwarded(to: "social", reason: .needsCaseOfficer))
        email.channel = .digital
        email.medium = .email
        let plan = try #require(intake.facts(for: email, now: now).handover)
        #expect(plan.dueDate == LocalDay("2026-04-08"))
    }

    @Test("Resolved or referred: no plan; an intake without a planner plans none either", arguments: [
        Resolution.resolved, .referred(to: Referral(destination: "forsakringskassan")), .referred(to: nil),
    ])
    func notForwarded(resolution: Resolution) {
        #expect(intake.facts(for: contact(resolution), now: now).handover == nil)
        #expect(Intake(zone: Fixtures.stockholm).facts(for: contact(.forwarded(to: "teknik", reason: .needsCaseOfficer)), now: now).handover == nil)
    }

    @Test("The plan is filed under the day the contact ended, not the day it started")
    func handoverDay() {
        var late = contact(.forwarded(to: "teknik", reason: .needsCaseOfficer))
        late.startedAt = Timestamp.parse("2026-04-02T23:55:00+02:00")!
        late.endedAt = Timestamp.parse("2026-04-03T00:10:00+02:00")!
        let facts = intake.facts(for: late, now: now)
        #expect(facts.day == LocalDay("2026-04-02") && facts.handoverDay == LocalDay("2026-04-03"))
    }
}
