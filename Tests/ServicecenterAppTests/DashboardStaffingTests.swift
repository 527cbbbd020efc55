import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// The wallboard's part of issue 21: staff needed against staffed, the day's hours, the alerts
/// (on a simulated clock: the clock arrives as tick messages) and the per-guide page.
@Suite("Dashboard: staffing, hours, alerts and guides")
struct DashboardStaffingTests {
    static let zone = DashboardTests.zone
    static func at(_ text: String) -> Date { DashboardTests.at(text) }

    /// A plan for the day of `DashboardTests.now` (09:41): phone needs 3 from 09:30 and 5 from
    /// 10:00; visit has thin history; sign language is closed.
    static var plan: StaffingPlan {
        let day = LocalDay(DashboardTests.now, in: zone)
        return StaffingPlan(day: day, intervals: [
            StaffingInterval(channel: .phone, start: at("09:30:00"), end: at("10:00:00"), forecast: 30, handlingSeconds: 240, needed: 3),
            StaffingInterval(channel: .phone, start: at("10:00:00"), end: at("10:30:00"), forecast: 50, handlingSeconds: 240, needed: 5),
            StaffingInterval(channel: .visit, start: at("09:30:00"), end: at("10:00:00"), forecast: 4, handlingSeconds: 600, needed: 1,
                             problem: .thinHistory(weeks: 2)),
            StaffingInterval(channel: .signLanguage, start: at("09:30:00"), end: at("10:00:00"), problem: .closed),
        ])
    }

    static func model(
        size: Size = Size(width: 80, height: 24), live: LiveDay = DashboardTests.live, plan: StaffingPlan? = nil,
        language: Language = .swedish, bell: Bool = true
    ) -> (DashboardModel, [DashboardEffect]) {
        var configuration = DeskFixtures.configuration
        configuration.staffing.alertBell = bell
        var model = DashboardModel(configuration: configuration, viewer: DashboardTests.supervisor, text: dashboardStrings(for: language),
                                   now: DashboardTests.now, size: size)
        var effects = model.start()
        effects += model.update(.loaded(live))
        effects += model.update(.planLoaded(plan))
        return (model, effects)
    }

    static func screen(_ model: DashboardModel, glyphs: Glyphs = .unicode) -> String {
        model.view(theme: .monochrome, glyphs: glyphs).lines().joined(separator: "\n")
    }

    @Test("Staffed counts guides on the channel who are available, in a contact or in after-contact work; paused and logged out do not")
    func staffedStatuses() {
        var live = DashboardTests.live
        live.staff = [
            OperatorPresence(user: "a", status: .available, channel: .phone, station: nil, since: Self.at("09:00:00")),
            OperatorPresence(user: "b", status: .inContact, channel: .phone, station: nil, since: Self.at("09:00:00")),
            OperatorPresence(user: "c", status: .afterContact, channel: .phone, station: nil, since: Self.at("09:00:00")),
            OperatorPresence(user: "d", status: .paused, channel: .phone, station: nil, since: Self.at("09:00:00")),
            OperatorPresence(user: "e", status: .loggedOut, channel: .phone, station: nil, since: Self.at("09:00:00")),
            OperatorPresence(user: "f", status: .available, channel: .visit, station: nil, since: Self.at("09:00:00")),
        ]
        let (model, _) = Self.model(live: live, plan: Self.plan)
        #expect(model.staffedNow(.phone) == 3)
        #expect(model.staffedNow(.visit) == 1)
        #expect(DashboardModel.staffedStatuses == [.available, .inContact, .afterContact])
    }

    @Test("Needed against staffed now and needed next, per channel; a problem in words; without a plan a dash and no crash")
    func neededAgainstStaffed() {
        let (withPlan, _) = Self.model(plan: Self.plan)
        let screen = Self.screen(withPlan)
        // Anna is in a contact on phone: 1 staffed of 3 needed, marked; 5 needed from 10:00.
        #expect(screen.contains("✗ 1/3"))
        #expect(withPlan.plannedNext(.phone)?.needed == 5)
        #expect(screen.contains("Behov nu: Besök – prognosen vilar på bara 2 veckor"))
        #expect(!screen.contains("stängt"), "a closed interval needs no words")
        #expect(withPlan.alerts.contains { $0.condition == AlertCondition(.understaffed, .phone) })

        let (without, _) = Self.model(plan: nil)
        let plain = Self.screen(without)
        #expect(plain.contains("1/–"))
        #expect(!plain.contains("Behov nu"))
        #expect(!without.alerts.contains { $0.condition.kind == .understaffed })
        for problem: StaffingProblem in [.closed, .noHistory, .thinHistory(weeks: 1), .noTarget, .noHandlingTime, .unreachableTarget] {
            #expect(!SwedishDashboardStrings().staffingProblem(problem).isEmpty && !EnglishDashboardStrings().staffingProblem(problem).isEmpty)
        }
    }

    @Test("The plan is asked for at the start and when the interval or the day changes, not at every tick or read")
    func planLoading() {
        var model = DashboardModel(configuration: DeskFixtures.configuration, viewer: DashboardTests.supervisor, text: SwedishDashboardStrings(),
                                   now: DashboardTests.now, size: Size(width: 80, height: 24))
        let day = LocalDay(DashboardTests.now, in: Self.zone)
        #expect(model.start() == [.reload, .loadPlan(day)])
        model.update(.loaded(LiveDay(day: day)))
        #expect(model.update(.tick(Self.at("09:59:59"))).isEmpty)
        #expect(model.update(.storeChanged) == [.reload])
        #expect(!model.update(.loaded(LiveDay(day: day))).contains(.loadPlan(day)))
        #expect(model.update(.tick(Self.at("10:00:00"))) == [.loadPlan(day)])
        #expect(model.update(.tick(Self.at("10:00:30"))).isEmpty)
        let midnight = Self.at("23:59:59").addingTimeInterval(2)
        #expect(model.update(.tick(midnight)) == [.reload, .loadPlan(LocalDay(midnight, in: Self.zone))])
    }

    @Test("A wait past the target: the alert begins when the wait passes it (one bell), stays, and ends when the citizen is called")
    func waitAlertOnASimulatedClock() {
        let day = LocalDay(DashboardTests.now, in: Self.zone)
        var live = LiveDay(day: day)
        live.calls = [DashboardTests.call("p9", .phone, offered: "09:41:00")]
        var (model, effects) = Self.model(live: live)
        #expect(model.alerts.isEmpty && !effects.contains(.ringBell))
        #expect(model.update(.tick(Self.at("09:42:00"))).isEmpty, "exactly at the target is not past it")
        #expect(model.update(.tick(Self.at("09:42:01"))) == [.ringBell])
        #expect(model.alerts.map(\.condition) == [AlertCondition(.waitedPastTarget, .phone)])
        #expect(model.alerts.first?.since == Self.at("09:42:00"))
        #expect(model.update(.tick(Self.at("09:42:02"))).isEmpty, "one bell per alert, not one per tick")
        let screen = Self.screen(model)
        #expect(screen.contains("LARM 09:42 Telefon: någon har väntat längre än målet (1:00)"))

        // Answered at 09:43: the wait is over, and with one answer late the interval is below target.
        live.calls = [DashboardTests.call("p9", .phone, offered: "09:41:00", answered: "09:43:00")]
        model.update(.tick(Self.at("09:43:01")))
        #expect(model.update(.loaded(live)) == [.ringBell])
        #expect(model.alerts.map(\.condition) == [AlertCondition(.belowTarget, .phone)])
        #expect(model.alerts.first?.since == Self.at("09:43:01"))
        #expect(Self.screen(model).contains("LARM 09:43 Telefon: intervallets servicenivå under målet (80 % inom 1:00)"))
        // A new interval starts with no calls: the alert ends.
        #expect(model.update(.tick(Self.at("10:00:00"))) == [.loadPlan(day)])
        #expect(model.alerts.isEmpty)
        #expect(!Self.screen(model).contains("LARM"))
    }

    @Test("More alerts than rows: a citizen waiting past the target is shown first even when it began last; the least urgent are counted")
    func urgentAlertsFirst() {
        let day = LocalDay(DashboardTests.now, in: Self.zone)
        var live = LiveDay(day: day)
        live.calls = [DashboardTests.call("p9", .phone, offered: "09:41:00")]
        // Nobody staffed and nine needed on every channel: four understaffed alerts from 09:41.
        let plan = StaffingPlan(day: day, intervals: Channel.allCases.map {
            StaffingInterval(channel: $0, start: Self.at("09:30:00"), end: Self.at("10:00:00"), forecast: 90, handlingSeconds: 240, needed: 9)
        })
        var (model, _) = Self.model(live: live, plan: plan)
        model.update(.tick(Self.at("09:42:01")))
        #expect(model.alerts.count == 5)
        let screen = Self.screen(model)
        let lines = screen.split(separator: "\n").map(String.init)
        let first = lines.firstIndex { $0.contains("LARM") }
        #expect(first.map { lines[$0].contains("LARM 09:42 Telefon: någon har väntat längre än målet") } == true, "\(screen)")
        #expect(screen.contains("2 larm till"), "\(screen)")
        // A tall board has room for all of them.
        var (tall, _) = Self.model(size: Size(width: 120, height: 40), live: live, plan: plan)
        tall.update(.tick(Self.at("09:42:01")))
        let tallScreen = Self.screen(tall)
        #expect(tallScreen.components(separatedBy: "LARM ").count - 1 == 5 && !tallScreen.contains("larm till"), "\(tallScreen)")
    }

    @Test("More guides than the staff list has rows for: the last row says how many more, never a silent cut")
    func staffListSaysHowManyMore() {
        var live = DashboardTests.live
        live.staff = (1...12).map { number in
            OperatorPresence(user: "guide\(number)", status: .available, channel: .phone, station: "Telefon", since: Self.at("09:00:00"))
        }
        let (model, _) = Self.model(live: live, plan: Self.plan)
        let lines = Self.screen(model).split(separator: "\n").map(String.init)
        let shown = lines.filter { $0.contains("Tillgänglig") }.count
        let more = lines.compactMap { line in line.range(of: #"och (\d+) till"#, options: .regularExpression).map { String(line[$0]) } }.first
        #expect(more != nil, "\(lines.joined(separator: "\n"))")
        #expect(shown + (Int(more?.split(separator: " ")[1] ?? "") ?? 0) == 12, "\(lines.joined(separator: "\n"))")
    }

    @Test("With the bell turned off in Config/ the alert shows but no bell is asked for")
    func bellOff() {
        let (model, effects) = Self.model(bell: false)
        #expect(!model.alerts.isEmpty)
        #expect(!effects.contains(.ringBell))
        let (ringing, ringingEffects) = Self.model(bell: true)
        #expect(ringing.alerts == model.alerts)
        #expect(ringingEffects.filter { $0 == .ringBell }.count == 1)
    }

    @Test("The effect handler rings the backend's bell, and loads the day's plan from the store's history (none yet: no figure)")
    func effects() throws {
        let store = try ScriptedStore(zone: Self.zone)
        var rung = 0
        let effects = DashboardEffects(store: store, clock: { DashboardTests.now }, bell: { rung += 1 })
        let (model, _) = Self.model()
        guard case .done = effects.perform(.ringBell, for: model) else { Issue.record("the bell is no message"); return }
        #expect(rung == 1)
        guard case .message(.planLoaded(let plan)) = effects.perform(.loadPlan(LocalDay(DashboardTests.now, in: Self.zone)), for: model) else {
            Issue.record("loading the plan answers with planLoaded")
            return
        }
        // The planner read an empty site: a plan for the day, and not one staff figure made up.
        #expect(plan?.day == LocalDay(DashboardTests.now, in: Self.zone))
        #expect(plan?.intervals.allSatisfy { $0.needed == nil } == true)
        let planned = DashboardEffects(store: store, planner: { _, _ in Self.plan })
        guard case .message(.planLoaded(let given)) = planned.perform(.loadPlan(Self.plan.day), for: model) else {
            Issue.record("no plan")
            return
        }
        #expect(given == Self.plan)
    }

    @Test("The program loop rings the terminal's bell once when an alert begins")
    func bellThroughTheBackend() throws {
        let store = try ScriptedStore(zone: Self.zone)
        _ = try store.takeTicket(channel: .visit, service: nil, now: Self.at("09:20:00"))
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let model = DashboardModel(configuration: DeskFixtures.configuration, viewer: DashboardTests.supervisor, text: SwedishDashboardStrings(),
                                   now: DashboardTests.now, size: backend.size)
        let runner = Program(screen: model, effects: DashboardEffects(store: store, clock: { DashboardTests.now }, bell: backend.bell),
                             backend: backend, changes: store, theme: .monochrome, glyphs: .unicode, clock: { DashboardTests.now })
        runner.start()
        #expect(backend.bells == 1)
        runner.receive(.tick(DashboardTests.now.addingTimeInterval(1)))
        #expect(backend.bells == 1)
    }

    @Test("The day's hours: one symbol per hour and channel, with a legend, at 80×24 and in ASCII")
    func hoursRow() {
        let (model, _) = Self.model()
        let lines = model.view(theme: .monochrome).lines()
        let screen = lines.joined(separator: "\n")
        #expect(screen.contains("Servicenivå per timme idag"))
        #expect(screen.contains("✓ mål ! risk (<5 över) ✗ under"))
        // Phone: 08 on target (2 of 2), 09 missed (1 of 3); later hours blank.
        let phone = lines.first { $0.hasPrefix(" Telefon") && $0.contains("✓") && !$0.contains("%") }
        #expect(phone?.contains("✓  ✗") == true)
        #expect(phone?.contains("1 av 2 når målet") == true)
        let ascii = Self.screen(model, glyphs: .ascii)
        #expect(ascii.contains("+  x"))
        #expect(ascii.contains("+ mal ! risk (<5 over) x under"))
    }

    @Test("Tab shows the per-guide page (contacts, handling, FCR, time in each status) and back; the hint names the other page")
    func guidesPage() {
        var live = DashboardTests.live
        live.guides = [GuideDay(user: "anna", contacts: 4, resolved: 3, handlingSeconds: 960)]
        live.statusChanges = [
            OperatorPresence(user: "anna", status: .available, channel: .phone, station: nil, since: Self.at("08:00:00")),
            OperatorPresence(user: "anna", status: .inContact, channel: .phone, station: nil, since: Self.at("08:30:00")),
            OperatorPresence(user: "erik", status: .paused, channel: .visit, station: nil, since: Self.at("09:30:00")),
            OperatorPresence(user: "anna", status: .available, channel: .phone, station: nil, since: Self.at("09:00:00")),
        ]
        var (model, _) = Self.model(live: live)
        #expect(Self.screen(model).contains("Tab Per guide") || Self.screen(model).contains("TabPer guide"))
        model.update(.key(.tab))
        #expect(model.page == .guides)
        let screen = Self.screen(model)
        #expect(screen.contains("Per guide idag · bara för arbetsledare och admin"))
        let anna = screen.split(separator: "\n").first { $0.contains("Anna") }.map(String.init) ?? ""
        // 4 contacts, 4:00 mean handling, 75 % FCR; available 30 min + 41 min, in contact 30 min, no paus.
        #expect(anna.contains("4:00") && anna.contains("75,0 %") && anna.contains("1:11:00") && anna.contains("30:00"))
        let erik = screen.split(separator: "\n").first { $0.contains("erik") }.map(String.init) ?? ""
        #expect(erik.contains("11:00"))
        #expect(screen.contains("Tavlan"))
        model.update(.key(.character("1")))
        #expect(model.page == .board)
        let spent = DashboardModel.timeInStatus(live.statusChanges, until: DashboardTests.now)
        #expect(spent["anna"]?[.available] == TimeInterval(30 * 60 + 41 * 60))
        #expect(spent["anna"]?[.inContact] == TimeInterval(30 * 60))
        #expect(spent["erik"]?[.paused] == TimeInterval(11 * 60))
    }

    @Test("Snapshots: 80×24, 120×40 (Swedish and English), ASCII, and the per-guide page")
    func snapshots() {
        var live = DashboardTests.live
        live.guides = [GuideDay(user: "anna", contacts: 12, resolved: 9, handlingSeconds: 12 * 250),
                       GuideDay(user: "erik", contacts: 4, resolved: 3, handlingSeconds: 4 * 410)]
        live.statusChanges = [
            OperatorPresence(user: "anna", status: .available, channel: .phone, station: nil, since: Self.at("08:00:00")),
            OperatorPresence(user: "erik", status: .available, channel: .visit, station: nil, since: Self.at("08:05:00")),
            OperatorPresence(user: "anna", status: .inContact, channel: .phone, station: nil, since: Self.at("09:38:30")),
            OperatorPresence(user: "erik", status: .paused, channel: .visit, station: nil, since: Self.at("09:30:00")),
        ]
        let small = Self.model(live: live, plan: Self.plan).0
        assertSnapshot(small.view(theme: .monochrome).lines(), named: "dashboard-staffing-80x24")
        assertSnapshot(small.view(theme: .monochrome, glyphs: .ascii).lines(), named: "dashboard-staffing-80x24-ascii")
        let large = Self.model(size: Size(width: 120, height: 40), live: live, plan: Self.plan).0
        assertSnapshot(large.view(theme: .monochrome).lines(), named: "dashboard-staffing-120x40")
        let english = Self.model(size: Size(width: 120, height: 40), live: live, plan: Self.plan, language: .english).0
        assertSnapshot(english.view(theme: .monochrome).lines(), named: "dashboard-staffing-120x40-en")
        var guides = small
        guides.update(.key(.tab))
        assertSnapshot(guides.view(theme: .monochrome).lines(), named: "dashboard-guides-80x24")
        var wideGuides = large
        wideGuides.update(.key(.tab))
        assertSnapshot(wideGuides.view(theme: .monochrome).lines(), named: "dashboard-guides-120x40")
    }
}
