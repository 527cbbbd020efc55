import Foundation
import ServicecenterCore
import Testing

/// The days' hand-over figures are counted a hand-over at a time, an overdue run added as a
/// start and an end (`HandoverDay.Tally`). They must be what telling each day from scratch
/// gives: every hand-over's state at the end of the day, from its whole history.
@Suite("HandoverDay.Tally: every day's figures as each day told from scratch")
struct HandoverDayTallyTests {
    let zone = TimeZone(identifier: "Europe/Stockholm")!

    /// Day `index` of the test's calendar (from 1 March 2026, across the change to summer time).
    func day(_ index: Int) -> LocalDay { LocalDay(year: 2026, month: 3, day: 1).adding(days: index) }

    /// Figures of one day told from scratch, as a person would check them on paper.
    func told(_ timelines: [HandoverTimeline], _ stillOpen: [HandoverHistory.StillOpen], on day: LocalDay) -> HandoverDay {
        let start = day.start(in: zone), end = day.adding(days: 1).start(in: zone)
        var figures = HandoverDay()
        for timeline in timelines {
            if timeline.createdAt >= start, timeline.createdAt < end { figures.made += 1 }
            for change in timeline.changes where change.closes && change.at >= start && change.at < end {
                figures.closed += 1
                if day <= timeline.dueDate { figures.closedOnTime += 1 }
            }
            let open = timeline.changes.last(where: { $0.at < end })?.closes != true
            if timeline.createdAt < end, open, timeline.dueDate < day { figures.overdueAtEnd += 1 }
        }
        for group in stillOpen where group.dueDate < day { figures.overdueAtEnd += group.count }
        return figures
    }

    @Test("300 random histories: made, closed, reopened the same day or weeks later, never closed, due before or after")
    func sameAsToldFromScratch() {
        var random = SeededGenerator(seed: 24)
        let sectors = ["teknik", "social", "bygg"]
        for round in 0..<300 {
            var timelines: [HandoverTimeline] = []
            for _ in 0..<Int.random(in: 0...25, using: &random) {
                let made = day(Int.random(in: 0...60, using: &random)).start(in: zone)
                    .addingTimeInterval(Double(Int.random(in: 0..<86_400, using: &random)))
                let due = day(Int.random(in: -5...70, using: &random))
                var changes: [HandoverTimeline.Change] = []
                var moment = made, closes = true
                for _ in 0..<Int.random(in: 0...4, using: &random) {
                    // Some on the same day, some weeks later.
                    moment += Double(Int.random(in: 0...1, using: &random) == 0 ? Int.random(in: 1...7_200, using: &random) : Int.random(in: 1...(20 * 86_400), using: &random))
                    changes.append(HandoverTimeline.Change(at: moment, closes: closes))
                    closes.toggle()
                }
                timelines.append(HandoverTimeline(createdAt: made, dueDate: due, changes: changes, sector: sectors.randomElement(using: &random)!))
            }
            let stillOpen = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                HandoverHistory.StillOpen(sector: sectors.randomElement(using: &random)!, dueDate: day(Int.random(in: -10...40, using: &random)), count: Int.random(in: 1...9, using: &random))
            }
            let first = day(Int.random(in: 0...50, using: &random)), last = first.adding(days: Int.random(in: 0...40, using: &random))
            let history = HandoverHistory(timelines: timelines, stillOpen: stillOpen)
            let days = HandoverDay.days(history, from: first, through: last, zone: zone)
            var tally = SectorHandovers.Tally(from: first, through: last, zone: zone)
            for timeline in timelines { tally.add(timeline) }
            for group in stillOpen { tally.add(group) }
            #expect(tally.days == days, "round \(round)")
            for offset in 0...last.daysSince(first) {
                let date = first.adding(days: offset)
                #expect(days[date] == told(timelines, stillOpen, on: date), "round \(round), \(date)")
            }
            // Each sector's figures as its own hand-overs tell them.
            let figures = Dictionary(uniqueKeysWithValues: SectorHandovers.figures(history, from: first, through: last, configuration: Fixtures.configuration).map { ($0.sector, $0) })
            for sector in sectors {
                let own = timelines.filter { $0.sector == sector }, ownOpen = stillOpen.filter { $0.sector == sector }
                let perDay = OpenStatistics.days(from: first, through: last).map { told(own, ownOpen, on: $0) }
                let end = last.adding(days: 1).start(in: zone)
                let openAtEnd = own.filter { $0.createdAt < end && $0.changes.last(where: { $0.at < end })?.closes != true }.count
                    + ownOpen.reduce(0) { $0 + $1.count }
                let made = perDay.reduce(0) { $0 + $1.made }, closed = perDay.reduce(0) { $0 + $1.closed }
                let onTime = perDay.reduce(0) { $0 + $1.closedOnTime }
                guard made + closed + openAtEnd > 0 else {
                    #expect(figures[sector] == nil, "round \(round), \(sector)")
                    continue
                }
                #expect(figures[sector]?.made == made && figures[sector]?.closedOnTime == onTime && figures[sector]?.closedLate == closed - onTime,
                        "round \(round), \(sector)")
                #expect(figures[sector]?.openAtEnd == openAtEnd && figures[sector]?.overdueAtEnd == perDay.last!.overdueAtEnd, "round \(round), \(sector)")
            }
        }
    }
}
