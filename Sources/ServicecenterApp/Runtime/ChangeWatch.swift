import Foundation
import ServicecenterStore

/// Tells a screen when another process changed the database, by asking SQLite's data version
/// rather than re-reading every figure on a timer: an idle screen then costs next to nothing.
struct ChangeWatch {
    let store: Store
    var lastVersion: Int?

    init(store: Store) {
        self.store = store
    }

    /// Whether anything was committed by another connection since the last call (true the
    /// first time). A failed check counts as a change, so the caller's read reports the error.
    mutating func changed() -> Bool {
        guard let version = try? store.dataVersion() else { return true }
        defer { lastVersion = version }
        return version != lastVersion
    }

    /// How often a screen asks: twice a second keeps a change on screen within a second.
    static let pollMilliseconds = 500
}
