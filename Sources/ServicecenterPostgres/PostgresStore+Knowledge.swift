import Foundation
import ServicecenterCore

// FOUNDATION STUB (session 7): the knowledge engineer replaces this file.
extension PostgresStore {
    public func recordUnmatchedSearch(_ words: String, now: Date) throws(StoreError) {}
}
