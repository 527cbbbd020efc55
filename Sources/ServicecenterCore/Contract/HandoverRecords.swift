import Foundation

/// Hand-overs (ärenden): made with their contact, listed by sector and status, moved along by
/// events that are only ever appended.
public protocol HandoverRecords: Sendable {
    func handovers(_ filter: HandoverFilter) throws(StoreError) -> [Handover]
    func handover(_ id: Int64) throws(StoreError) -> Handover?
    /// The open hand-over a contact made, if any.
    func handover(madeByContact contactID: Int64) throws(StoreError) -> Handover?
    /// A hand-over's events, oldest first.
    func history(of id: Int64) throws(StoreError) -> [(at: Date, by: String, event: HandoverEvent, note: String?)]
    /// Moves a hand-over on; refused when the event does not fit its status (someone else was first).
    @discardableResult
    func record(_ event: HandoverEvent, on id: Int64, by person: String, note: String?, now: Date) throws(HandoverChangeError) -> Handover
    /// Applies the demo's made-up progress in one transaction; returns how many steps were taken.
    func apply(_ steps: [HandoverStep]) throws(StoreError) -> Int
}

extension HandoverRecords {
    public func handovers() throws(StoreError) -> [Handover] {
        try handovers(HandoverFilter())
    }

    @discardableResult
    public func record(_ event: HandoverEvent, on id: Int64, by person: String, note: String?) throws(HandoverChangeError) -> Handover {
        try record(event, on: id, by: person, note: note, now: Date())
    }

    @discardableResult
    public func record(_ event: HandoverEvent, on id: Int64, by person: String, now: Date = Date()) throws(HandoverChangeError) -> Handover {
        try record(event, on: id, by: person, note: nil, now: now)
    }
}
