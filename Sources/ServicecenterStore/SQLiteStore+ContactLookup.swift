import Foundation
import GRDB
import ServicecenterCore

extension SQLiteStore {
    /// One contact by id, any guide's, or nil when there is none: the desk's repeat picker takes
    /// a typed contact id, and the store links a repeat to any earlier contact (see
    /// `ContactRow.countsAsRepeat`), so the picker may look beyond the guide's own list.
    public func contact(id: Int64) throws(StoreError) -> Contact? {
        try read { db in
            try RawRows(db, sql: "SELECT \(ContactRow.columns) FROM contact WHERE id = ?", arguments: [id])
                .map { ContactRow.contact(from: $0) }.first
        }
    }
}
