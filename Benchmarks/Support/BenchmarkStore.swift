import Foundation
import ServicecenterCore
import ServicecenterPostgres
import ServicecenterStore

/// Opens the backend a benchmark measures, with the site's rules, as the command line does:
/// a `postgresql://` address opens PostgreSQL, anything else is an SQLite file. This is the one
/// place a benchmark names a backend: everything it then times goes through the store
/// contract, so the same benchmark measures both. (The floors it is compared with are the
/// backend's own SQL, and stay so.)
public func openStore(at location: String, configuration: Configuration) throws -> any Store {
    let intake = Intake(configuration: configuration)
    switch DatabaseLocation(setting: location) {
    case .postgreSQL(let uri):
        return try PostgresStore(address: PostgresAddress.parse(uri, loginName: ProcessInfo.processInfo.environment["USER"] ?? "postgres"), intake: intake)
    case .sqlite(let path):
        return try SQLiteStore(path: path, intake: intake)
    }
}

/// The store at `location`, filled with a demo site of `openDays` × `perDay` contacts when it is
/// empty: built once, then reused by every benchmark that names the same database.
public func openDemoSite(at location: String, configuration: Configuration, openDays: [LocalDay], perDay: Int, now: Date) throws -> any Store {
    let store = try openStore(at: location, configuration: configuration)
    if try store.contactCount() == 0 {
        let built = try seconds {
            _ = try store.addDemo(DemoGenerator(configuration: configuration), days: openDays, perDay: perDay, now: now)
        }
        print(String(format: "built %d contacts over %d open days in %.0f s", try store.contactCount(), openDays.count, built))
    }
    return store
}
