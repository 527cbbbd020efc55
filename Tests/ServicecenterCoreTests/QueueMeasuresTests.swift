import Foundation
import Testing
@testable import ServicecenterCore

/// Queue measures against figures worked out by hand, with the conventions docs/measures.md states.
@Suite("Queue measures")
struct QueueMeasuresTests {
    let zone = Fixtures.stockholm
    let phoneTarget = ServiceLevelTarget(seconds: 60, percent: 80)

    /// 2026-11-23 (a Monday) at hh:mm:ss in Stockholm (UTC+1 in November).
    func at(_ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        LocalDay(year: 2026, month: 11, day: 23).start(in: zone).addingTimeInterval(Double(hour * 3600 + minute * 60 + second))
    }

    func call(_ id: String, offered: Date, _ end: QueueEvent.Kind? = nil, at endTime: Date? = nil, channel: Channel = .phone) -> QueueCall {
        var call = QueueCall(QueueEvent(at: offered, channel: channel, kind: .offered, callID: id))
        if let end, let endTime { call.apply(QueueEvent(at: endTime, channel: channel, kind: end, callID: id, operatorUser: "anna")) }
        return call
    }

    /// A morning on the phone: three answered, a short and a long abandon, one still waiting.
    var morning: [QueueCall] {
        [
            call("A", offered: at(9, 0), .answered, at: at(9, 0, 30)),    // 30 s, within
            call("B", offered: at(9, 1), .answered, at: at(9, 2, 30)),    // 90 s, late
            call("C", offered: at(9, 2), .abandoned, at: at(9, 2, 20)),   // 20 s: short abandon, left out
            call("D", offered: at(9, 3), .abandoned, at: at(9, 5)),       // 120 s: counts as missed
            call("E", offered: at(9, 4), .answered, at: at(9, 4, 45)),    // 45 s, within
            call("F", offered: at(9, 10)),                                 // still waiting
        ]
    }

    @Test("Service level, speed of answer and abandonment over answered and abandoned calls")
    func figures() {
        let figures = QueueFigures(morning, target: phoneTarget, now: at(9, 12))
        #expect(figures.offered == 6)
        #expect(figures.answered == 3)
        #expect(figures.abandoned == 2)
        #expect(figures.shortAbandoned == 1)
        #expect(figures.waitingNow == 1)
        // Within target: A and E. Base: A, B, E answered + D abandoned after 60 s = 4.
        #expect(figures.answeredWithinTarget == 2)
        #expect(figures.serviceLevelBase == 4)
        #expect(figures.serviceLevel == 0.5)
        // (30 + 90 + 45) / 3
        #expect(figures.averageSpeedOfAnswer == 55)
        #expect(figures.abandonmentRate == 2.0 / 6.0)
        #expect(figures.longestWaitNow == 120)
        #expect(figures.state == .missed)
    }

    @Test("Nothing answered yet: no service level, and no figure invented")
    func empty() {
        let figures = QueueFigures([QueueCall](), target: phoneTarget, now: at(8, 0))
        #expect(figures.serviceLevel == nil && figures.averageSpeedOfAnswer == nil && figures.abandonmentRate == nil)
        #expect(figures.state == .noData)
        let waiting = QueueFigures([call("X", offered: at(8, 0))], target: phoneTarget, now: at(8, 2))
        #expect(waiting.state == .atRisk, "someone has waited past the target already")
    }

    @Test("On target, at risk within five points or with a long wait now, missed below")
    func states() {
        let target = ServiceLevelTarget(seconds: 60, percent: 80)
        #expect(TargetState(serviceLevel: 0.95, target: target) == .onTarget)
        #expect(TargetState(serviceLevel: 0.82, target: target) == .atRisk)
        #expect(TargetState(serviceLevel: 0.80, target: target) == .atRisk)
        #expect(TargetState(serviceLevel: 0.79, target: target) == .missed)
        #expect(TargetState(serviceLevel: 0.95, target: target, longestWaitNow: 61) == .atRisk)
        #expect(TargetState(serviceLevel: 0.95, target: target, longestWaitNow: 60) == .onTarget)
    }

    @Test("No-shows and transfers are left out of service level and speed of answer")
    func visits() {
        let target = ServiceLevelTarget(seconds: 600, percent: 80)
        var noShow = call("T1", offered: at(10, 0), .answered, at: at(10, 20), channel: .visit)
        noShow.apply(QueueEvent(at: at(10, 22), channel: .visit, kind: .noShow, callID: "T1"))
        let moved = call("T2", offered: at(10, 5), .transferred, at: at(10, 6), channel: .visit)
        let served = call("T3", offered: at(10, 5), .answered, at: at(10, 12), channel: .visit)
        let figures = QueueFigures([noShow, moved, served], target: target, now: at(11, 0))
        #expect(figures.noShows == 1 && figures.transferred == 1 && figures.answered == 1)
        #expect(figures.serviceLevel == 1.0)
        #expect(figures.averageSpeedOfAnswer == 420)
    }

    @Test("Events in any order, and sent twice, give the same call")
    func orderIndependence() {
        let events = [
            QueueEvent(at: at(9, 0), channel: .phone, kind: .offered, callID: "X"),
            QueueEvent(at: at(9, 1), channel: .phone, kind: .answered, callID: "X", operatorUser: "anna"),
            QueueEvent(at: at(9, 0, 30), channel: .phone, kind: .abandoned, callID: "X"),
        ]
        var reference = QueueCall(events[0])
        for event in events.dropFirst() { reference.apply(event) }
        #expect(reference.outcome == .answered && reference.wait == 60 && reference.answeredBy == "anna")
        for permutation in [[2, 1, 0], [1, 0, 2], [1, 2, 0, 0, 1], [2, 0, 1, 2]] {
            var call = QueueCall(events[permutation[0]])
            for index in permutation.dropFirst() { call.apply(events[index]) }
            #expect(call == reference, "order \(permutation)")
        }
    }

    @Test("An answer with no offer, or before it, is answered with an unknown wait")
    func unknownWaits() {
        let orphan = QueueCall(QueueEvent(at: at(9, 0), channel: .phone, kind: .answered, callID: "Y"))
        let skewed = call("Z", offered: at(9, 5), .answered, at: at(9, 4))
        let figures = QueueFigures([orphan, skewed], target: phoneTarget, now: at(10, 0))
        #expect(figures.offered == 2 && figures.answered == 2)
        #expect(figures.serviceLevel == nil && figures.averageSpeedOfAnswer == nil)
    }

    @Test("Evenness: a lunch dip shows as the worst hour, and four of five hours met the target")
    func lunchDip() {
        var calls: [QueueCall] = []
        for hour in [9, 10, 11, 13] {
            for n in 0..<4 { calls.append(call("\(hour)-\(n)", offered: at(hour, n * 10), .answered, at: at(hour, n * 10, 30))) }
        }
        // 12:00–12:59: one of four within the minute.
        calls.append(call("12-0", offered: at(12, 0), .answered, at: at(12, 0, 40)))
        for n in 1..<4 { calls.append(call("12-\(n)", offered: at(12, n * 10), .answered, at: at(12, n * 10 + 3))) }
        let evenness = ServiceLevelEvenness(calls, target: phoneTarget, zone: zone)
        #expect(evenness.hoursMeasured == 5)
        #expect(evenness.hoursMeetingTarget == 4)
        #expect(evenness.shareOfHoursMeetingTarget == 0.8)
        #expect(evenness.worstHour?.hour == 12)
        #expect(evenness.worstHour?.serviceLevel == 0.25)
        // The day as a whole meets the target: the average hides the dip.
        #expect(QueueFigures(calls, target: phoneTarget, now: at(17, 0)).serviceLevel == 17.0 / 20.0)
    }

    @Test("Tickets: B for the hall, T for sign language, three digits until 999")
    func tickets() {
        #expect(QueueTicket.number(prefix: "B", sequence: 42) == "B042")
        #expect(QueueTicket.number(prefix: "T", sequence: 1000) == "T1000")
        #expect(QueueTicket.prefix(for: .phone) == nil)
        #expect(QueueTicket.callID(day: LocalDay(year: 2026, month: 11, day: 23), number: "B042", leg: 2) == "ticket:2026-11-23:B042:2")
    }

    @Test("An incident's tag is its title folded, made unique")
    func incidentTags() {
        #expect(Incident.tag(for: "Vattenläcka i Adolfsberg!", taken: []) == "vattenlacka-i-adolfsberg")
        #expect(Incident.tag(for: "Vattenläcka i Adolfsberg", taken: ["vattenlacka-i-adolfsberg"]) == "vattenlacka-i-adolfsberg-2")
        #expect(Incident.tag(for: "!!!", taken: []) == "storning")
    }

    @Test("The status key steps through available, after-contact work and pause")
    func statusCycle() {
        #expect(OperatorStatus.available.nextChosen == .afterContact)
        #expect(OperatorStatus.afterContact.nextChosen == .paused)
        #expect(OperatorStatus.paused.nextChosen == .available)
        #expect(OperatorStatus.inContact.nextChosen == .paused)
    }
}
