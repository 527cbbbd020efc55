import Testing
@testable import ServicecenterCore

/// When a hand-over's call-back details and matter go (`[retention] callback_days`, `note_days`).
@Suite("Hand-overs: call-back retention")
struct CallbackRetentionTests {
    let retention = CallbackRetention(callbackDays: 30, noteDays: 365)
    let today = LocalDay("2026-11-26")!

    @Test("Closed 30 days ago: erased; 29 days ago: kept; open: kept until note_days; reopened counts as open")
    func examples() {
        #expect(retention.callbackExpired(madeOn: LocalDay("2026-10-01")!, closedOn: LocalDay("2026-10-27")!, today: today))
        #expect(!retention.callbackExpired(madeOn: LocalDay("2026-10-01")!, closedOn: LocalDay("2026-10-28")!, today: today))
        #expect(!retention.callbackExpired(madeOn: LocalDay("2026-01-01")!, closedOn: nil, today: today))
        #expect(retention.callbackExpired(madeOn: LocalDay("2025-11-25")!, closedOn: nil, today: today))
        #expect(!retention.callbackExpired(madeOn: LocalDay("2025-11-26")!, closedOn: nil, today: today))
        let cutoffs = retention.cutoffs(today: today)
        #expect(cutoffs == .init(closedOnOrBefore: LocalDay("2026-10-27")!, madeBefore: LocalDay("2025-11-26")!))
        // 0 days: gone at the first purge after closing, the same day.
        #expect(CallbackRetention(callbackDays: 0, noteDays: 365).callbackExpired(madeOn: today, closedOn: today, today: today))
    }

    @Test("Property, 5,000 random hand-overs and settings: erased exactly when closed ≥ callback_days or made > note_days ago")
    func property() {
        var random = SeededGenerator(seed: 18)
        var erased = 0
        for _ in 0..<5_000 {
            let callbackDays = Int(random.next() % 120)
            let noteDays = 1 + Int(random.next() % 800)
            let rule = CallbackRetention(callbackDays: callbackDays, noteDays: noteDays)
            let today = LocalDay("2026-01-01")!.adding(days: Int(random.next() % 2_000))
            let madeOn = today.adding(days: -Int(random.next() % 1_000))
            let closedOn: LocalDay? = random.unit() < 0.3 ? nil : madeOn.adding(days: Int(random.next() % UInt64(today.daysSince(madeOn) + 1)))
            let expected = today.daysSince(madeOn) > noteDays || closedOn.map { today.daysSince($0) >= callbackDays } == true
            let got = rule.callbackExpired(madeOn: madeOn, closedOn: closedOn, today: today)
            #expect(got == expected, "made \(madeOn) closed \(closedOn?.description ?? "–") today \(today) \(callbackDays)/\(noteDays)")
            if got { erased += 1 }
        }
        // Both outcomes drawn often enough to mean something.
        #expect(erased > 1_000 && erased < 4_000, "\(erased)")
    }

    @Test("The shipped default is 30 days, and callback_days outside 0…36500 is refused with the key named")
    func configuration() {
        #expect(Retention().callbackDays == 30)
        var config = Fixtures.configuration
        config.retention.callbackDays = -1
        #expect(ConfigurationValidator.validate(config).map(\.description) == [
            "servicecenter.toml: retention.callback_days \"-1\": must be between 0 and 36500 days (a hundred years)"])
        config.retention.callbackDays = 36_501
        #expect(ConfigurationValidator.validate(config).count == 1)
        for days in [0, 30, 36_500] {
            config.retention.callbackDays = days
            #expect(ConfigurationValidator.validate(config).isEmpty)
        }
    }
}
