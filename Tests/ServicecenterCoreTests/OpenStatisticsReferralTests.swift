import Foundation
import Testing
@testable import ServicecenterCore

/// `referrals_by_destination`: referred contacts per day and destination, counts only, with the
/// small-count rule of the other tables.
@Suite("Open statistics: referrals per destination")
struct OpenStatisticsReferralTests {
    func lines(_ table: DataTable) -> [String] {
        table.csv.split(separator: "\r\n").map(String.init)
    }

    @Test("The fixture's one referral is counted under its destination; its annan text is nowhere in the table")
    func fixture() {
        let table = OpenStatisticsFixture.statistics.referralTable
        #expect(lines(table) == [
            "date,destination,destination_name,referred,suppressed",
            "2026-12-23,annan,Annan,1,false",
        ])
        #expect(!table.csv.contains("Lantmäteriet") && !table.json.contains("Lantmäteriet"))
    }

    func contact(_ referral: Referral?, category: String = "avfall", sector: String = "teknik", minute: Int) -> Contact {
        let start = Timestamp.parse("2026-12-23T10:\(String(format: "%02d", minute)):00+01:00")!
        return Contact(
            startedAt: start, endedAt: start.addingTimeInterval(60), channel: .phone, category: category, sector: sector,
            resolvable: true, operatorUser: "anna", resolution: .referred(to: referral))
    }

    @Test("Per destination by id; none recorded as (none); a lone sensitive referral withheld with the smallest others until 2 rows and 3 contacts")
    func counted() {
        var configuration = OpenStatisticsFixture.statistics.configuration
        configuration.statistics.suppressBelow = 3
        let contacts = [
            contact(Referral(destination: "skatteverket"), minute: 0),
            contact(Referral(destination: "skatteverket"), minute: 1),
            contact(Referral(destination: "skatteverket"), minute: 2),
            contact(Referral(destination: "csn"), minute: 3),
            contact(nil, minute: 4),
            contact(Referral(destination: "region"), category: "ekonomiskt_bistand", sector: "social", minute: 5),
        ]
        let day = LocalDay("2026-12-23")!
        let statistics = OpenStatistics(configuration: configuration, input: StatisticsInput(first: day, last: day, contacts: contacts, queueCalls: []))
        #expect(lines(statistics.referralTable) == [
            "date,destination,destination_name,referred,suppressed",
            "2026-12-23,(none),,,true",
            "2026-12-23,csn,CSN,,true",
            "2026-12-23,region,Region Örebro län / 1177,,true",
            "2026-12-23,skatteverket,Skatteverket,3,false",
        ])
        // The rows add up to the summary's referred, withheld ones included.
        #expect(ContactSummary(contacts).referred == 6)
    }
}
