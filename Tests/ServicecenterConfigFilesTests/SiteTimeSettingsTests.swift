import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

@Suite("Site time settings: opening hours, the longest contact, the day the site began")
struct SiteTimeSettingsTests {
    @Test("The shipped configuration states its opening hours and the 240-minute limit")
    func shipped() throws {
        let config = try ConfigurationLoader.load(directory: ConfigDirectory.shipped)
        #expect(config.site.maxContactMinutes == 240)
        #expect(config.site.started == nil)
        #expect(config.openingHours.weekdays == OpeningHours.standard.weekdays)
        #expect(config.openingHours.hourAxis == 8...16)
    }

    @Test("Each setting is read, and each wrong value is a problem with file, line and value")
    func located() throws {
        let dir = try ConfigDirectory()
        try dir.write("servicecenter.toml", """
            [site]
            name = "Testkommun"
            max_contact_minutes = 0
            started = "2020-13-01"

            [site.opening_hours]
            mon = "07:30-18:00"
            tue = "16:30-08:00"
            fri = "8-16"
            sat = "10:00-13:00"
            sun = ""
            hol = "10:00-12:00"
            """)
        let problems = dir.problems()
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:3: site.max_contact_minutes \"0\": must be between 1 and 1440") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:4: site.started \"2020-13-01\"") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:8: site.opening_hours.tue \"16:30-08:00\": must be opening and closing time") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:9: site.opening_hours.fri \"8-16\"") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:12: site.opening_hours.hol: is not a known setting") }, "\(problems)")
        #expect(problems.count == 5, "\(problems)")
    }

    @Test("Good values are taken: weekdays as written, those left out keep the standard")
    func read() throws {
        let dir = try ConfigDirectory()
        try dir.write("servicecenter.toml", """
            [site]
            name = "Testkommun"
            max_contact_minutes = 90
            started = "2021-03-01"

            [site.opening_hours]
            mon = "07:30-18:00"
            sat = "10:00-13:00"
            """)
        let config = try ConfigurationLoader.load(directory: dir.url)
        #expect(config.site.maxContactMinutes == 90)
        #expect(config.site.started == LocalDay("2021-03-01"))
        #expect(config.openingHours.weekdays[0] == .init(opens: 450, closes: 1_080))
        #expect(config.openingHours.weekdays[1] == .init(opens: 480, closes: 990))
        #expect(config.openingHours.weekdays[5] == .init(opens: 600, closes: 780))
        #expect(config.openingHours.weekdays[6] == nil)
        #expect(config.openingHours.hourAxis == 7...17)
    }

    /// Issue 17: a start after today passed `config check`, after which every contact logged
    /// until that day was refused as "before the site began".
    @Test("A start after today is a problem with file, line, value and today; today itself is taken")
    func startedAfterToday() throws {
        let today = LocalDay(Date(), in: TimeZone(identifier: "Europe/Stockholm")!)
        let dir = try ConfigDirectory()
        for (day, refused) in [(today.adding(days: 1), true), (today.adding(days: 400), true), (today, false), (today.adding(days: -1), false)] {
            try dir.write("servicecenter.toml", """
                [site]
                name = "Testkommun"
                started = "\(day)"
                """)
            let problems = dir.problems()
            if refused {
                #expect(problems.count == 1 && problems[0].hasPrefix("servicecenter.toml:3: site.started \"\(day)\": lies after today (\(today))"), "\(problems)")
            } else {
                #expect(problems.isEmpty, "\(day): \(problems)")
                #expect(try ConfigurationLoader.load(directory: dir.url).site.started == day)
            }
        }
    }
}
