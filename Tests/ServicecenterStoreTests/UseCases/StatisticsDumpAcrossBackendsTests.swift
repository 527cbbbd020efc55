import Foundation
import ServicecenterCore
import Testing

/// The nightly package is the same file whichever backend the site runs on: the same data,
/// stored through the contract on SQLite and on PostgreSQL, dumps to byte-identical packages.
@Suite("StatisticsDump: the same package from either backend")
struct StatisticsDumpAcrossBackendsTests {
    /// Every format, the Excel copies and the operators' table: every file the dump can write.
    let dump = StatisticsDump(
        configuration: UseCaseSite.configuration,
        options: DataPackage.Options(formats: DataPackage.Format.allCases, excel: true, includeOperators: true))
    /// A week of the demo, Monday 16 to Sunday 22 November 2026, and what the desks added by hand.
    let first = LocalDay(year: 2026, month: 11, day: 16), last = LocalDay(year: 2026, month: 11, day: 22)
    let now = Timestamp.parse("2026-11-23T07:00:00+01:00")!

    /// Stores the same site's week into `store`, as the demo, the switchboard and the desks would.
    func fill(_ store: any Store) throws {
        let configuration = UseCaseSite.configuration
        let days = DemoGenerator.openDays(count: 5, endingOn: LocalDay(year: 2026, month: 11, day: 20), calendar: configuration.workingDays)
        _ = try store.addDemo(DemoGenerator(configuration: configuration, seed: 11), days: days, perDay: 40, now: now)
        // Hand-made contacts the demo does not make: a referral with its text (which the
        // statistics must not read), a forward from the sign-language desk, a contact on Saturday.
        var referred = contact("2026-11-18T10:15:00+01:00", resolution: .referred(to: Referral(destination: "annan", text: "Hyresnämnden")))
        referred.operatorUser = "erik"
        // Knowledge articles opened (issue 22): the package's knowledge table counts them.
        referred.articles = ["hyresratt"]
        _ = try store.save(referred, now: now)
        var forwarded = contact("2026-11-19T13:40:00+01:00", minutes: 7.5, channel: .signLanguage, resolution: .forwarded(to: "social", reason: .citizenRequest))
        forwarded.articles = ["sophamtning", "avfall-taxa"]
        _ = try store.save(forwarded, now: now)
        _ = try store.save(contact("2026-11-21T11:00:00+01:00", channel: .digital, note: "lördag"), now: now)
        // One hand-over closed and reopened within the week, one closed after it.
        let handovers = try store.handovers(.init(includeClosed: true)).sorted { $0.id < $1.id }
        if let one = handovers.first {
            _ = try? store.record(.closed, on: one.id, by: "maria", note: nil, now: Timestamp.parse("2026-11-19T15:00:00+01:00")!)
            _ = try? store.record(.reopened, on: one.id, by: "maria", note: nil, now: Timestamp.parse("2026-11-20T09:00:00+01:00")!)
        }
        if handovers.count > 1 {
            _ = try? store.record(.closed, on: handovers[1].id, by: "maria", note: nil, now: now)
        }
    }

    @Test(
        "A week and each of its days dump to byte-identical packages from SQLite and PostgreSQL",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set: there is no PostgreSQL to compare with"))
    func identicalPackages() throws {
        let sqlite = try UseCaseSite.store(on: .sqlite), postgres = try UseCaseSite.store(on: .postgreSQL)
        try fill(sqlite)
        try fill(postgres)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("sc-dump-both-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }

        // What the packages are made from, first: the same rows, day by day. The order within a
        // day is the index each engine picks (no figure depends on it: `DataPackageTests` dumps
        // the same data in another order to the same bytes), so rows are compared by id.
        let fromSQLite = try sqlite.statisticsInput(from: first, through: last, includingOperators: true)
        let fromPostgres = try postgres.statisticsInput(from: first, through: last, includingOperators: true)
        #expect(fromSQLite.contacts.count > 100)
        let zone = UseCaseSite.configuration.timeZone
        #expect(fromPostgres.contacts.map { LocalDay($0.startedAt, in: zone) } == fromSQLite.contacts.map { LocalDay($0.startedAt, in: zone) })
        #expect(fromPostgres.contacts.sorted { $0.id! < $1.id! } == fromSQLite.contacts.sorted { $0.id! < $1.id! })
        #expect(fromPostgres.handovers == fromSQLite.handovers)
        #expect(fromPostgres.queueCalls.sorted { $0.callID < $1.callID } == fromSQLite.queueCalls.sorted { $0.callID < $1.callID })
        #expect(fromPostgres.contacts.allSatisfy { $0.note == nil && $0.subject == nil && $0.externalID == nil && $0.callID == nil })

        for (from, to) in [(first, last)] + OpenStatistics.days(from: first, through: last).map({ ($0, $0) }) {
            let period = DataPackage.periodName(first: from, last: to)
            let a = try dump.write(from: sqlite, first: from, last: to, into: out.appendingPathComponent("sqlite"))
            let b = try dump.write(from: postgres, first: from, last: to, into: out.appendingPathComponent("postgresql"))
            #expect(a.contacts == b.contacts && a.files == b.files, "\(period)")
            let sqliteFiles = try UseCaseSite.files(under: a.target), postgresFiles = try UseCaseSite.files(under: b.target)
            #expect(sqliteFiles.count == a.files && !sqliteFiles.isEmpty, "\(period)")
            #expect(Set(postgresFiles.keys) == Set(sqliteFiles.keys), "\(period)")
            for (path, bytes) in sqliteFiles.sorted(by: { $0.key < $1.key }) {
                #expect(postgresFiles[path] == bytes, "\(period)/\(path) differs between SQLite and PostgreSQL")
            }
        }
    }
}
