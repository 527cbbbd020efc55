import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Contact time rules: nothing in the future, nothing longer than the limit, nothing before the site began")
struct ContactTimeRulesTests {
    /// The fixture site with a start day, so every rule is in play.
    static let configuration: Configuration = {
        var configuration = Fixtures.configuration
        configuration.site.started = LocalDay("2020-01-01")
        configuration.site.maxContactMinutes = 240
        return configuration
    }()
    let validator = ContactValidator(configuration: Self.configuration)
    let now = Fixtures.time(12)

    func draft(started: String?, ended: String?) -> ContactDraft {
        ContactDraft(startedAt: started, endedAt: ended, channel: "phone", category: "avfall", resolution: "resolved", operatorUser: "anna")
    }

    func problems(started: String?, ended: String?, now: Date? = nil) -> [ContactProblem] {
        do {
            _ = try validator.validate(draft(started: started, ended: ended), now: now ?? self.now)
            return []
        } catch {
            return error.problems
        }
    }

    @Test("log --started a day ago without --ended is refused, naming the minutes and the limit")
    func dayAgoWithoutEnd() {
        let dayAgo = Timestamp.utcText(now.addingTimeInterval(-86_400))
        #expect(problems(started: dayAgo, ended: nil) == [.lastsTooLong(started: dayAgo, ended: "now", minutes: 1_440, limit: 240)])
        let message = EnglishStrings().contactProblem(.lastsTooLong(started: dayAgo, ended: "now", minutes: 1_440, limit: 240))
        #expect(message.contains(dayAgo) && message.contains("1440 min") && message.contains("240 min") && message.contains("max_contact_minutes"))
    }

    @Test("A start a year ahead is refused, naming the value and the latest time accepted")
    func yearAhead() {
        let ahead = "2027-11-23T12:00:00+01:00"
        let latest = Timestamp.utcText(now.addingTimeInterval(300))
        #expect(problems(started: ahead, ended: nil).contains(.inFuture(field: "started_at", value: ahead, latest: latest)))
        let message = SwedishStrings().contactProblem(.inFuture(field: "started_at", value: ahead, latest: latest))
        #expect(message.contains(ahead) && message.contains(latest))
    }

    @Test("Clock skew of up to five minutes is taken; a contact of exactly the limit is taken")
    func edges() {
        #expect(problems(started: nil, ended: Timestamp.utcText(now.addingTimeInterval(300))).isEmpty)
        #expect(!problems(started: nil, ended: Timestamp.utcText(now.addingTimeInterval(301))).isEmpty)
        #expect(problems(started: Timestamp.utcText(now.addingTimeInterval(-240 * 60)), ended: nil).isEmpty)
        #expect(problems(started: "2019-12-31T12:00:00+01:00", ended: "2019-12-31T12:05:00+01:00")
            == [.beforeSiteStarted(value: "2019-12-31T12:00:00+01:00", siteStarted: "2020-01-01")])
        #expect(problems(started: "2020-01-01T00:00:00+01:00", ended: "2020-01-01T00:05:00+01:00").isEmpty)
    }

    /// Random start/end/now triples (seeded, so a failure repeats), each end present or not:
    /// accepted exactly when the rules say, and a refusal names the value it refuses.
    @Test("Property: accepted ⇔ within the rules, over 20,000 random triples")
    func property() {
        var random = SeededGenerator(seed: 17)
        let base = Fixtures.time(12).timeIntervalSince1970
        var accepted = 0, refused = 0
        let siteStart = LocalDay("2020-01-01")!.start(in: Fixtures.stockholm)
        for _ in 0..<20_000 {
            // Spread over ±8 years around now, with most within a day of it, where the limits bite.
            func offset() -> Double {
                random.unit() < 0.7 ? (random.unit() - 0.5) * 2 * 86_400 : (random.unit() - 0.5) * 16 * 365 * 86_400
            }
            let now = Date(timeIntervalSince1970: (base + offset()).rounded(.down))
            let started = Date(timeIntervalSince1970: (base + offset()).rounded(.down))
            let giveEnd = random.unit() < 0.8
            let ended = giveEnd ? started.addingTimeInterval((random.unit() * 6 * 3600).rounded(.down)) : now
            let startedText = Timestamp.utcText(started)
            let endedText = giveEnd ? Timestamp.utcText(ended) : nil
            let found = problems(started: startedText, ended: endedText, now: now)

            let latest = now.addingTimeInterval(300)
            let expectAccepted = started <= ended && started <= latest && ended <= latest
                && ended.timeIntervalSince(started) <= 240 * 60 && started >= siteStart
            #expect(found.isEmpty == expectAccepted, "\(startedText) – \(endedText ?? "now") at \(Timestamp.utcText(now)): \(found)")
            if found.isEmpty {
                accepted += 1
            } else {
                refused += 1
                // Each refusal names the value it refuses, in the user's words.
                for problem in found {
                    let message = EnglishStrings().contactProblem(problem)
                    #expect(message.contains(startedText) || (endedText.map(message.contains) ?? false), "\(message)")
                }
            }
        }
        print("contact time rules: 20000 triples, \(accepted) accepted, \(refused) refused")
        // Both sides are well represented: the property cannot pass by refusing (or taking) everything.
        #expect(accepted > 2_000 && refused > 2_000, "accepted \(accepted), refused \(refused)")
    }
}
