import ServicecenterCore
import ServicecenterStore

/// Opens the backend a benchmark measures, with the site's rules, as the command line does.
/// This is the one place a benchmark names a backend: everything it then times goes through
/// the store contract, so the same benchmark can measure another backend. (The floors it is
/// compared with are the backend's own SQL, and stay so.)
public func openStore(at path: String, configuration: Configuration) throws -> any Store {
    try SQLiteStore(path: path, intake: Intake(configuration: configuration))
}
