import Foundation
import GRDB
import ServicecenterCore

// FOUNDATION STUB (session 7): the knowledge engineer replaces this file.
extension SQLiteStore {
    public func recordUnmatchedSearch(_ words: String, now: Date) throws(StoreError) {}
}
