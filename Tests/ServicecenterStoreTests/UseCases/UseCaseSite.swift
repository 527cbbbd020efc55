import Foundation
import ServicecenterCore
import ServicecenterStore

/// A small site for the use cases' tests: a configuration to reason about by hand, and a fresh
/// store of the contract: on a backend of `Backends.all` (`store(on:)`), or SQLite in a folder
/// of its own for the tests that open it again as another process would.
///
/// These tests live beside the store's rather than in the core's target, which stays free of
/// any backend: a use case's outcome (inserted or already present, what was stored) is only
/// worth asserting against a store that really keeps things.
enum UseCaseSite {
    static let configuration = Configuration(
        site: Site(name: "Testkommun"),
        sectors: [
            Sector(id: "teknik", name: "Tekniska förvaltningen", handoverWorkingDays: 2),
            Sector(id: "social", name: "Socialförvaltningen", handoverWorkingDays: 2),
        ],
        categories: [
            Category(id: "avfall", name: "Avfall och sophämtning", sector: "teknik", keywords: ["soptunna"], resolvable: true),
            Category(id: "ekonomiskt_bistand", name: "Ekonomiskt bistånd", sector: "social", keywords: ["försörjningsstöd"], resolvable: false),
        ],
        operators: [
            Operator(user: "anna", name: "Anna", role: .guide),
            Operator(user: "erik", name: "Erik", role: .guide),
            Operator(user: "maria", name: "Maria", role: .admin),
        ]
    )

    /// The day after the contacts in these tests (2026-11-23, a Monday), when they are imported.
    static let now = Timestamp.parse("2026-11-24T08:00:00+01:00")!

    /// A new, empty store of the contract in a temporary folder, and the folder to remove after.
    static func store() throws -> (store: any Store, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sc-usecase-\(UUID().uuidString)")
        return (try open(folder), folder)
    }

    /// A new, empty store of the contract on `backend`, with this site's rules.
    static func store(on backend: Backend) throws -> any Store {
        try backend.makeDatabase().open(Intake(configuration: configuration))
    }

    /// The store in `folder` through a connection of its own, as another process would have it.
    static func open(_ folder: URL) throws -> any Store {
        try SQLiteStore(path: folder.appendingPathComponent("servicecenter.sqlite").path, intake: Intake(configuration: configuration))
    }

    /// One import line of a contact started on 2026-11-23 at `time`.
    static func contactLine(
        id: String, time: String = "09:00", category: String = "avfall", operatorUser: String = "anna", extra: String = ""
    ) -> String {
        #"{"id":"\#(id)","started_at":"2026-11-23T\#(time):00+01:00","ended_at":"2026-11-23T\#(time):30+01:00","channel":"phone","category":"\#(category)","resolution":"resolved","operator":"\#(operatorUser)"\#(extra)}"#
    }

    /// The login credit of `user` as the configuration lists them.
    /// Every file under `folder` (a written package), by its path inside it.
    static func files(under folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        for case let path as String in walker {
            var isFolder: ObjCBool = false
            let full = root + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return files
    }

    static func credit(_ user: String) -> LineCredit {
        LineCredit(login: user, isAdmin: configuration.operator(user)?.role == .admin)
    }
}
