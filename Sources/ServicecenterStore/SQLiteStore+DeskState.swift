import Foundation
import GRDB
import ServicecenterCore

/// What the desk keeps between runs for each guide: the form being filled in (the draft)
/// and the station chosen last. Both are one row per guide, replaced on every change.
extension SQLiteStore {
    /// Keeps the form a guide is filling in; called on every change. Every text in the draft
    /// (a JSON object: the note, the search, the call id …) is masked first: a draft is written
    /// on every keystroke, and its copies in the write-ahead log outlive a crash until purged.
    /// The values of `freeText` keys also lose unfinished numbers and e-mail names
    /// (`PersonalDataMasking.maskUnfinished`): the log would keep each keystroke's version.
    /// The values of `verbatim` keys are kept unmasked (a hand-over's call-back details).
    public func saveDraft(
        of operatorUser: String, payload: String, freeText: Set<String>, verbatim: Set<String>, now: Date
    ) throws(StoreError) {
        let payload = intake.masking.maskStrings(inJSON: payload, today: LocalDay(now, in: zone), unfinished: freeText, verbatim: verbatim).text
        try replace(in: "desk_draft", column: "payload", value: payload, of: operatorUser, now: now)
    }

    /// The draft a guide left, if any.
    public func draft(of operatorUser: String) throws(StoreError) -> String? {
        try value(in: "desk_draft", column: "payload", of: operatorUser)
    }

    public func deleteDraft(of operatorUser: String) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM desk_draft WHERE operator = ?", arguments: [operatorUser]) }
    }

    /// The station a guide chose last time, as the desk wrote it.
    public func station(of operatorUser: String) throws(StoreError) -> String? {
        try value(in: "desk_station", column: "station", of: operatorUser)
    }

    public func setStation(of operatorUser: String, to station: String, now: Date) throws(StoreError) {
        try replace(in: "desk_station", column: "station", value: intake.masked(station, now: now), of: operatorUser, now: now)
    }

    /// Inserts or replaces a guide's row; `table` and `column` are our own constants, never input.
    private func replace(in table: String, column: String, value: String, of operatorUser: String, now: Date) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO \(table) (operator, \(column), updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (operator) DO UPDATE SET \(column) = excluded.\(column), updated_at = excluded.updated_at
                    """,
                arguments: [operatorUser, value, Timestamp.utcText(now)])
        }
    }

    private func value(in table: String, column: String, of operatorUser: String) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT \(column) FROM \(table) WHERE operator = ?", arguments: [operatorUser])
        }
    }
}
