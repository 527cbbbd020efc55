import Foundation

/// Makes realistic synthetic contacts so a newcomer sees every figure working.
///
/// The rhythms follow what servicecenters report: Mondays busiest and Fridays quietest,
/// morning and early-afternoon peaks, about six in ten contacts by phone, waits that grow
/// in busy hours, and far higher first-contact resolution for categories the desk can answer.
public struct DemoGenerator: Sendable {
    public var configuration: Configuration
    public var seed: UInt64

    public init(configuration: Configuration, seed: UInt64 = 2022) {
        self.configuration = configuration
        self.seed = seed
    }

    /// The servicecenter's open days (working days: no weekends, holidays or closed days), ending on `last`.
    public static func openDays(count: Int, endingOn last: LocalDay, calendar: WorkingDayCalendar) -> [LocalDay] {
        var days: [LocalDay] = []
        var day = last
        while days.count < count {
            if calendar.isWorkingDay(day) { days.append(day) }
            day = day.adding(days: -1)
        }
        return days.reversed()
    }

    /// The start of every external id this seed makes, so the demo can tell its own contacts.
    public static func externalIDPrefix(seed: UInt64) -> String { "\(externalIDMark)\(seed)-" }

    /// What every demo contact's external id starts with, whatever the seed: how `demo` tells
    /// a demo database from one with real contacts.
    public static let externalIDMark = "demo-"

    /// Contacts for `days`, about `perDay` on an average weekday; none that start after `now`.
    public func contacts(days: [LocalDay], perDay: Int, now: Date) -> [Contact] {
        var random = SeededGenerator(seed: seed)
        let categories = configuration.categories
        guard !categories.isEmpty, !configuration.operators.isEmpty else { return [] }
        let categoryWeights = categories.map { Self.popularity[$0.id] ?? 1.0 }
        var result: [Contact] = []
        for (dayIndex, day) in days.enumerated() {
            let weekdayFactor = [1.3, 1.05, 1.0, 0.95, 0.8, 0.3, 0.2][day.weekday - 1]
            let volume = Int((Double(perDay) * weekdayFactor * (0.9 + 0.2 * random.unit())).rounded())
            // Every time lies inside the day's opening hours ([site.opening_hours]): contacts at
            // 23:01 once stretched the hourly charts of a site that closes at 16:30.
            guard let open = openInterval(on: day) else { continue }
            for number in 0..<volume {
                let externalID = "\(Self.externalIDPrefix(seed: seed))\(day)-\(number)"
                // The day's rhythm spread over however long the site is open that day.
                let segment = random.pick(Self.hourWeights)
                let span = open.end.timeIntervalSince(open.start)
                var startedAt = open.start.addingTimeInterval(
                    ((Double(segment) + random.unit()) * span / Double(Self.hourWeights.count)).rounded(.down))
                let channel = Channel.allCases[random.pick([0.22, 0.58, 0.04, 0.16])]
                let category = categories[random.pick(categoryWeights)]
                let busy = Self.hourWeights[segment] / 1.1
                let handling = max(30, (Self.medianHandling[channel]! * exp(0.5 * random.normal())).rounded())
                // Ended by closing time: a late start moves earlier rather than running past it.
                startedAt = max(open.start, min(startedAt, open.end.addingTimeInterval(-handling)))
                guard startedAt <= now else { continue }
                let endedAt = min(open.end, startedAt.addingTimeInterval(handling))
                guard endedAt <= now else { continue }
                // Offered no earlier than opening: the queue opens with the doors.
                let drawnWait = Int((-log(max(random.unit(), 1e-9)) * Self.meanWait[channel]! * busy).rounded())
                let wait = min(drawnWait, Int(startedAt.timeIntervalSince(open.start)))
                let incident = dayIndex % 7 == 3 && segment == 2 && random.unit() < 0.4 ? "e-tjanst-driftstopp" : nil
                let digitalHelp = category.id == "e_legitimation" ? random.unit() < 0.9
                    : random.unit() < [0.25, 0.1, 0.2, 0.3][Channel.allCases.firstIndex(of: channel)!]
                result.append(Contact(
                    externalID: externalID, startedAt: startedAt, endedAt: endedAt,
                    channel: channel, medium: channel == .digital ? DigitalMedium.allCases[random.pick([0.6, 0.25, 0.15])] : nil,
                    category: category.id, sector: category.sector, resolvable: category.resolvable,
                    operatorUser: pickOperator(for: channel, using: &random), queueWaitSeconds: wait,
                    resolution: resolution(for: category, using: &random), digitalHelp: digitalHelp, incident: incident,
                    callID: externalID + "-call"))
            }
        }
        // A forwarded contact carries its case, as a guide at the desk gives it (DemoCases).
        return result.sorted { $0.startedAt < $1.startedAt }.map(withCase)
    }

    func resolution(for category: Category, using random: inout SeededGenerator) -> Resolution {
        if category.id == "forsakringskassan" || category.id == "region" {
            return random.unit() < 0.9 ? .referred(to: demoReferral(category.id == "region" ? "region" : "forsakringskassan")) : .resolved
        }
        let roll = random.unit()
        if category.resolvable {
            if roll < 0.88 { return .resolved }
            if roll < 0.96 { return .forwarded(to: category.sector, reason: random.unit() < 0.5 ? .couldNotAnswer : .citizenRequest) }
            return .referred(to: otherReferral(roll))
        }
        if roll < 0.35 { return .resolved }
        if roll < 0.95 {
            let reason = ForwardReason.allCases[random.pick([0.75, 0.1, 0.15])]
            return .forwarded(to: category.sector, reason: reason)
        }
        return .referred(to: otherReferral(roll))
    }

    /// The destination `id` when the site lists it, else none recorded.
    func demoReferral(_ id: String) -> Referral? {
        configuration.referral(id).map { Referral(destination: $0.id) }
    }

    /// A destination for a referral outside the two authority categories, chosen from the roll
    /// already drawn (another draw would change every later demo contact); "annan" is left out,
    /// since it needs a text a demo cannot honestly make up.
    func otherReferral(_ roll: Double) -> Referral? {
        let listed = configuration.referrals.filter { !$0.other }
        guard !listed.isEmpty else { return nil }
        let index = min(listed.count - 1, Int((roll * 1_000).truncatingRemainder(dividingBy: Double(listed.count))))
        return Referral(destination: listed[index].id)
    }

    func pickOperator(for channel: Channel, using random: inout SeededGenerator) -> String {
        let skilled = configuration.operators.filter { $0.skills.contains(channel.rawValue) }
        let pool = skilled.isEmpty ? configuration.operators : skilled
        return pool[Int(random.next() % UInt64(pool.count))].user
    }

    /// When the site opens and closes on `day`, or nil when it is closed then.
    func openInterval(on day: LocalDay) -> (start: Date, end: Date)? {
        guard let interval = configuration.openingHours.interval(on: day, calendar: configuration.workingDays) else { return nil }
        let midnight = day.start(in: configuration.timeZone)
        return (midnight.addingTimeInterval(Double(interval.opens * 60)), midnight.addingTimeInterval(Double(interval.closes * 60)))
    }

    /// The shape of a day, spread over its opening hours: morning peak, lunch dip,
    /// early-afternoon peak (nine parts, one an hour of 08–17).
    static let hourWeights: [Double] = [0.8, 1.4, 1.5, 1.2, 0.7, 1.2, 1.1, 0.9, 0.5]
    static let medianHandling: [Channel: Double] = [.visit: 330, .phone: 200, .signLanguage: 480, .digital: 260]
    static let meanWait: [Channel: Double] = [.visit: 300, .phone: 45, .signLanguage: 60, .digital: 1800]
    /// Relative frequency of the commonest matters; others weigh 1.
    static let popularity: [String: Double] = [
        "vaxel": 8, "avfall": 6, "forskoleplats": 5, "ekonomiskt_bistand": 5, "parkering": 4, "bygglov": 4,
        "e_legitimation": 4, "kommunfaktura": 4, "vatten_avlopp": 3, "skolval": 3, "hemtjanst": 3, "gata_fel": 3,
        "bibliotek": 2, "synpunkt": 2, "fardtjanst": 2, "forsakringskassan": 2, "snorojning": 2,
    ]
}
