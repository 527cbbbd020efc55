import Foundation

/// What a guide's desk keeps between key presses and sessions: the draft of the open contact,
/// the station, and the status the supervisor sees.
public protocol DeskSession: Sendable {
    /// Keeps the open contact's draft (`payload`, the form's own encoding). Fields named in
    /// `freeText` are masked like any typed text; those in `verbatim` (a call-back number the
    /// guide is still typing) are kept as typed until the contact is saved or purged.
    func saveDraft(of operatorUser: String, payload: String, freeText: Set<String>, verbatim: Set<String>, now: Date) throws(StoreError)
    /// The draft a guide left, if any.
    func draft(of operatorUser: String) throws(StoreError) -> String?
    func deleteDraft(of operatorUser: String) throws(StoreError)
    /// The station (hall desk, phone …) the guide last chose.
    func station(of operatorUser: String) throws(StoreError) -> String?
    func setStation(of operatorUser: String, to station: String, now: Date) throws(StoreError)
    /// Records what the guide is doing now, for the supervisor's list of who is where.
    func setStatus(of user: String, to status: OperatorStatus, channel: Channel?, station: String?, now: Date) throws(StoreError)
    /// Every guide's latest status.
    func presence() throws(StoreError) -> [OperatorPresence]
    /// Every status change on `day`, oldest first: who was logged in on which channel when.
    func statusChanges(on day: LocalDay) throws(StoreError) -> [OperatorPresence]
}

extension DeskSession {
    public func saveDraft(of operatorUser: String, payload: String, freeText: Set<String> = [], verbatim: Set<String> = []) throws(StoreError) {
        try saveDraft(of: operatorUser, payload: payload, freeText: freeText, verbatim: verbatim, now: Date())
    }

    public func saveDraft(of operatorUser: String, payload: String, freeText: Set<String> = [], now: Date) throws(StoreError) {
        try saveDraft(of: operatorUser, payload: payload, freeText: freeText, verbatim: [], now: now)
    }

    public func setStation(of operatorUser: String, to station: String) throws(StoreError) {
        try setStation(of: operatorUser, to: station, now: Date())
    }

    public func setStatus(of user: String, to status: OperatorStatus, channel: Channel?, station: String?) throws(StoreError) {
        try setStatus(of: user, to: status, channel: channel, station: station, now: Date())
    }
}
