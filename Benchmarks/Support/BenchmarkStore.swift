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
