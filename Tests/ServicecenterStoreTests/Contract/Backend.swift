import Foundation
import ServicecenterCore
import Testing

/// One backend the contract suite runs against: how to make an empty database for one test.
/// Every contract test takes one as its argument, so "the same behaviour on every backend"
/// is the same test run once per entry of `Backends.all`.
struct Backend: Sendable, CustomTestStringConvertible {
    let name: String
    /// A new, empty database, used by one test only.
    let makeDatabase: @Sendable () throws -> any ContractDatabase

    var testDescription: String { name }
}

/// The backends that exist. The PostgreSQL backend adds its entry here.
enum Backends {
    static let all: [Backend] = [.sqlite] + postgreSQLIfConfigured
}

/// A database made for one contract test. Stores opened on it share its data as separate
/// processes would, each with its own connections.
protocol ContractDatabase: Sendable {
    /// How the backend's errors name this database (SQLite: its path).
    var name: String { get }
    /// Opens one more store on this database, storing contacts as `intake` decides.
    func open(_ intake: Intake) throws -> any Store
    /// Every file that holds this database's data, to show that nothing in clear reaches the disk.
    var files: [String] { get }
    /// Every text value stored, as ("table.column", value): what a person with the files could read.
    func storedTexts() throws -> [(String, String)]
}

extension ContractDatabase {
    /// Opens a store with the site's rules as the tests give them, in Stockholm's time.
    func open(
        planner: HandoverPlanner? = nil, repeatWindowDays: Int = Targets.defaultRepeatWindowDays,
        masking: PersonalDataMasking = PersonalDataMasking(), gaps: CatalogueGaps? = nil
    ) throws -> any Store {
        try open(Intake(zone: stockholm, masking: masking, planner: planner, repeatWindowDays: repeatWindowDays, gaps: gaps))
    }

    /// Every byte of every file, as `strings` would read them.
    func fileBytes() -> [(String, Data)] {
        files.map { ($0, (try? Data(contentsOf: URL(fileURLWithPath: $0))) ?? Data()) }
    }

    /// Whether any file holds `text`.
    func filesHold(_ text: String) -> Bool {
        fileBytes().contains { $0.1.range(of: Data(text.utf8)) != nil }
    }
}
