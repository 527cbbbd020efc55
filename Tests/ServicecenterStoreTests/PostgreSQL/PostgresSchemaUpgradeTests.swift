import Foundation
import PostgresNIO
import ServicecenterCore
@testable import ServicecenterPostgres
import Testing

/// After a new release, the first store to open a site's older schema upgrades it if its login
/// may (the schema's owner), even for a reading command: a nightly dump run by the owner must
/// not fail until something writes. A login that may not is told who must, naming both
/// versions; and a store that may not start a site finds a database without one missing, and
/// makes nothing in it.
@Suite("PostgreSQL schema: upgraded by whoever may, on reading too; a site started only where asked",
       .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
struct PostgresSchemaUpgradeTests {
    let intake = Intake(configuration: UseCaseSite.configuration)

    func version(_ database: PostgresDatabase) throws -> Int? {
        let link = PostgresLink(address: database.address)
        defer { link.close() }
        return try link.run { db in
            guard try db.value("SELECT to_regclass('servicecenter.schema_version') IS NOT NULL", as: Bool.self) == true else { return nil }
            return try db.value("SELECT MAX(version) FROM servicecenter.schema_version", as: Int.self)
        }
    }

    /// A site at version 5, as one made by the release before.
    func olderSite() throws -> PostgresDatabase {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        let store = try PostgresStore(address: database.address, intake: intake)
        try ReportCountsStoreTests().fill(store, seed: 9)
        try store.link.transaction { db in
            try db.execute("SET LOCAL search_path = servicecenter")
            try db.executeScript(SchemaRollback.version6)
        }
        store.close()
        #expect(try version(database) == 5)
        return database
    }

    @Test("The owner's reading store upgrades an older schema, and the counts it reads are the records'")
    func ownerReadingUpgrades() throws {
        let database = try olderSite()
        let reader = try PostgresStore(address: database.address, intake: intake, access: .readOnly, setsUpSite: false)
        defer { reader.close() }
        #expect(try version(database) == PostgresSchema.latest)
        #expect(try KeptReportCountsStoreTests().differences(reader, configuration: UseCaseSite.configuration) == [])
    }

    @Test("A login that may not upgrade it, reading or writing: olderSchema with both versions, and the schema as it was")
    func othersAreTold() throws {
        let database = try olderSite()
        let login = "sc_reader_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(10)
        try TestServer.admin("CREATE ROLE \(login) LOGIN")
        defer { try? TestServer.admin("DROP ROLE IF EXISTS \(login)") }
        let link = PostgresLink(address: database.address)
        defer { link.close() }
        try link.run { db in
            try db.executeScript("GRANT USAGE ON SCHEMA servicecenter TO \(login); GRANT SELECT ON ALL TABLES IN SCHEMA servicecenter TO \(login)")
        }
        var address = database.address
        address.user = login
        for access in [StoreAccess.readOnly, .readWrite] {
            #expect(throws: StoreError.olderSchema(database: address.shown, found: 5, needed: PostgresSchema.latest)) {
                try PostgresStore(address: address, intake: intake, access: access)
            }
        }
        #expect(try version(database) == 5)
    }

    @Test("A database with no site: missing for a store that may not start one, reading or writing, and nothing made in it")
    func noSiteIsMissing() throws {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        for (access, setsUpSite) in [(StoreAccess.readOnly, false), (.readWrite, false), (.readOnly, true)] {
            #expect(throws: StoreError.missingDatabase(database: database.address.shown)) {
                try PostgresStore(address: database.address, intake: intake, access: access, setsUpSite: setsUpSite)
            }
        }
        #expect(try version(database) == nil)
        let starting = try PostgresStore(address: database.address, intake: intake, access: .readWrite, setsUpSite: true)
        starting.close()
        #expect(try version(database) == PostgresSchema.latest)
    }
}
