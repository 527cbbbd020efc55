import Foundation
import ServicecenterCore
import ServicecenterStore
import TestSupport

/// A store for screen tests, built on the contract alone: every call goes to a real backend
/// (a temporary SQLite file), is counted, and fails with a chosen `StoreError` when a test
/// scripts it to. So a test can say "the list could not be read" or "one write, no re-read"
/// without reaching into the backend.
final class ScriptedStore: Store, @unchecked Sendable {
    /// One requirement of the contract, by its role's name for it.
    enum Call: Hashable, CaseIterable, Sendable {
        case recordAudit, auditLog
        case changeMark
        case save, update, importContacts, contact, contactsOfGuide, contacts, contactCount
        case saveDraft, draft, deleteDraft, station, setStation, setStatus, presence
        case takeTicket, callNextTicket, callTicket, markNoShow, transferTicket, waitingTickets, waitingCount, recordQueueEvents, queueCalls
        case claimDelivery, recordDeliverySent, recordDeliveryFailure, outbox, failingDeliveryCount, hasDueDelivery, handoverNotices,
             handoverNotice, lastHandoverEventID
        case handovers, handover, handoverMadeByContact, history, record, apply
        case startIncident, endIncident, activeIncidents, incidents
        case purgeFreeText, addDemo, removeDemo, realContactCount
        case statisticsInput, reportCounts, liveDay, catalogueGaps, handoverFigures
        case staffingHistory
        case recordUnmatchedSearch, unmatchedSearches
    }

    let inner: SQLiteStore
    let path: String
    private let lock = NSLock()
    private var failures: [Call: StoreError] = [:]
    private var counts: [Call: Int] = [:]

    /// A store on a new temporary database.
    init(zone: TimeZone = TimeZone(identifier: "Europe/Stockholm")!, planner: HandoverPlanner? = nil) throws {
        path = TemporaryFolders.make("sc-scripted").appendingPathComponent("store.sqlite").path
        inner = try SQLiteStore(path: path, zone: zone, planner: planner)
    }

    /// From now on `call` fails with `error` (until `recover`).
    func fail(_ call: Call, with error: StoreError) { lock.withLock { failures[call] = error } }
    func recover(_ call: Call) { _ = lock.withLock { failures.removeValue(forKey: call) } }
    /// How often `call` was made (failed calls included).
    func count(_ call: Call) -> Int { lock.withLock { counts[call, default: 0] } }
    /// Forgets the counts so far, to count what one step does.
    func resetCounts() { lock.withLock { counts = [:] } }

    /// A failure that looks like another process holding the write lock.
    var locked: StoreError { .locked(database: path, waitedMilliseconds: 100) }

    private func pass(_ call: Call) throws(StoreError) {
        let failure = lock.withLock {
            counts[call, default: 0] += 1
            return failures[call]
        }
        if let failure { throw failure }
    }

    private func passQueue(_ call: Call) throws(QueueError) {
        do { try pass(call) } catch { throw .store(error) }
    }

    // MARK: AuditTrail
    func recordAudit(_ action: AuditAction, by actor: String, contactID: Int64?, details: String, now: Date) throws(StoreError) {
        try pass(.recordAudit)
        try inner.recordAudit(action, by: actor, contactID: contactID, details: details, now: now)
    }
    func auditLog(since: Date?) throws(StoreError) -> [AuditEntry] { try pass(.auditLog); return try inner.auditLog(since: since) }

    // MARK: ChangeSignal
    func changeMark() throws(StoreError) -> ChangeMark { try pass(.changeMark); return try inner.changeMark() }

    // MARK: ContactRecords
    var intake: Intake { inner.intake }
    func save(_ facts: ContactFacts, clearingDraftOf draftOperator: String?, now: Date) throws(StoreError) -> SavedContact {
        try pass(.save)
        return try inner.save(facts, clearingDraftOf: draftOperator, now: now)
    }
    func update(_ facts: ContactFacts, by actor: String?, clearingDraftOf draftOperator: String?, now: Date) throws(StoreError) {
        try pass(.update)
        try inner.update(facts, by: actor, clearingDraftOf: draftOperator, now: now)
    }
    func importContacts(_ batches: inout some ContactBatches, now: Date) throws(StoreError) -> ImportOutcome {
        try pass(.importContacts)
        return try inner.importContacts(&batches, now: now)
    }
    func contact(id: Int64) throws(StoreError) -> Contact? { try pass(.contact); return try inner.contact(id: id) }
    func contacts(of operatorUser: String, from: LocalDay, through to: LocalDay, limit: Int) throws(StoreError) -> [Contact] {
        try pass(.contactsOfGuide)
        return try inner.contacts(of: operatorUser, from: from, through: to, limit: limit)
    }
    func contacts(from: LocalDay, through to: LocalDay) throws(StoreError) -> [Contact] {
        try pass(.contacts)
        return try inner.contacts(from: from, through: to)
    }
    func contactCount() throws(StoreError) -> Int { try pass(.contactCount); return try inner.contactCount() }

    // MARK: DeskSession
    func saveDraft(of operatorUser: String, payload: String, freeText: Set<String>, verbatim: Set<String>, now: Date) throws(StoreError) {
        try pass(.saveDraft)
        try inner.saveDraft(of: operatorUser, payload: payload, freeText: freeText, verbatim: verbatim, now: now)
    }
    func draft(of operatorUser: String) throws(StoreError) -> String? { try pass(.draft); return try inner.draft(of: operatorUser) }
    func deleteDraft(of operatorUser: String) throws(StoreError) { try pass(.deleteDraft); try inner.deleteDraft(of: operatorUser) }
    func station(of operatorUser: String) throws(StoreError) -> String? { try pass(.station); return try inner.station(of: operatorUser) }
    func setStation(of operatorUser: String, to station: String, now: Date) throws(StoreError) {
        try pass(.setStation)
        try inner.setStation(of: operatorUser, to: station, now: now)
    }
    func setStatus(of user: String, to status: OperatorStatus, channel: Channel?, station: String?, now: Date) throws(StoreError) {
        try pass(.setStatus)
        try inner.setStatus(of: user, to: status, channel: channel, station: station, now: now)
    }
    func presence() throws(StoreError) -> [OperatorPresence] { try pass(.presence); return try inner.presence() }
    func statusChanges(on day: LocalDay) throws(StoreError) -> [OperatorPresence] {
        try pass(.presence)
        return try inner.statusChanges(on: day)
    }

    // MARK: HallQueue
    func takeTicket(channel: Channel, service: String?, now: Date) throws(QueueError) -> QueueTicket {
        try passQueue(.takeTicket)
        return try inner.takeTicket(channel: channel, service: service, now: now)
    }
    func callNextTicket(channel: Channel, by user: String, station: String?, now: Date) throws(QueueError) -> QueueCall? {
        try passQueue(.callNextTicket)
        return try inner.callNextTicket(channel: channel, by: user, station: station, now: now)
    }
    func callTicket(_ number: String, by user: String, station: String?, now: Date) throws(QueueError) -> QueueCall {
        try passQueue(.callTicket)
        return try inner.callTicket(number, by: user, station: station, now: now)
    }
    func markNoShow(_ number: String, by user: String, now: Date) throws(QueueError) -> QueueCall {
        try passQueue(.markNoShow)
        return try inner.markNoShow(number, by: user, now: now)
    }
    func transferTicket(_ number: String, to channel: Channel?, service: String?, by user: String, now: Date) throws(QueueError) -> QueueTicket {
        try passQueue(.transferTicket)
        return try inner.transferTicket(number, to: channel, service: service, by: user, now: now)
    }
    func waitingTickets(channel: Channel?, on day: LocalDay) throws(StoreError) -> [QueueCall] {
        try pass(.waitingTickets)
        return try inner.waitingTickets(channel: channel, on: day)
    }
    func waitingCount(channel: Channel, on day: LocalDay) throws(StoreError) -> Int {
        try pass(.waitingCount)
        return try inner.waitingCount(channel: channel, on: day)
    }
    func recordQueueEvents(_ batches: inout some Batches<QueueEvent>, now: Date) throws(StoreError) -> ImportOutcome {
        try pass(.recordQueueEvents)
        return try inner.recordQueueEvents(&batches, now: now)
    }
    func queueCalls(from: LocalDay, through to: LocalDay) throws(StoreError) -> [QueueCall] {
        try pass(.queueCalls)
        return try inner.queueCalls(from: from, through: to)
    }

    // MARK: HandoverOutbox
    func claimDelivery(after: Int64, now: Date, holdUntil: Date, includeFailed: Bool, ignoringBackoff: Bool) throws(StoreError) -> OutboxEntry? {
        try pass(.claimDelivery)
        return try inner.claimDelivery(after: after, now: now, holdUntil: holdUntil, includeFailed: includeFailed, ignoringBackoff: ignoringBackoff)
    }
    func recordDeliverySent(_ eventID: Int64, at now: Date) throws(StoreError) {
        try pass(.recordDeliverySent)
        try inner.recordDeliverySent(eventID, at: now)
    }
    func recordDeliveryFailure(_ eventID: Int64, reason: String, at now: Date, maxAttempts: Int) throws(StoreError) {
        try pass(.recordDeliveryFailure)
        try inner.recordDeliveryFailure(eventID, reason: reason, at: now, maxAttempts: maxAttempts)
    }
    func outbox(includeSent: Bool) throws(StoreError) -> [OutboxEntry] { try pass(.outbox); return try inner.outbox(includeSent: includeSent) }
    func failingDeliveryCount() throws(StoreError) -> Int { try pass(.failingDeliveryCount); return try inner.failingDeliveryCount() }
    func hasDueDelivery(now: Date) throws(StoreError) -> Bool { try pass(.hasDueDelivery); return try inner.hasDueDelivery(now: now) }
    func handoverNotices(after: Int64, limit: Int) throws(StoreError) -> [HandoverNotice] {
        try pass(.handoverNotices)
        return try inner.handoverNotices(after: after, limit: limit)
    }
    func handoverNotice(event id: Int64) throws(StoreError) -> HandoverNotice? {
        try pass(.handoverNotice)
        return try inner.handoverNotice(event: id)
    }
    func lastHandoverEventID() throws(StoreError) -> Int64 { try pass(.lastHandoverEventID); return try inner.lastHandoverEventID() }

    // MARK: HandoverRecords
    func handovers(_ filter: HandoverFilter) throws(StoreError) -> [Handover] { try pass(.handovers); return try inner.handovers(filter) }
    func handover(_ id: Int64) throws(StoreError) -> Handover? { try pass(.handover); return try inner.handover(id) }
    func handover(madeByContact contactID: Int64) throws(StoreError) -> Handover? {
        try pass(.handoverMadeByContact)
        return try inner.handover(madeByContact: contactID)
    }
    func history(of id: Int64) throws(StoreError) -> [(at: Date, by: String, event: HandoverEvent, note: String?)] {
        try pass(.history)
        return try inner.history(of: id)
    }
    func record(_ event: HandoverEvent, on id: Int64, by person: String, note: String?, now: Date) throws(HandoverChangeError) -> Handover {
        do { try pass(.record) } catch { throw .store(error) }
        return try inner.record(event, on: id, by: person, note: note, now: now)
    }
    func apply(_ steps: [HandoverStep]) throws(StoreError) -> Int { try pass(.apply); return try inner.apply(steps) }

    // MARK: IncidentRecords
    func startIncident(title: String, message: String, by user: String, now: Date) throws(QueueError) -> Incident {
        try passQueue(.startIncident)
        return try inner.startIncident(title: title, message: message, by: user, now: now)
    }
    func endIncident(_ id: Int64, by user: String, now: Date) throws(QueueError) -> Incident {
        try passQueue(.endIncident)
        return try inner.endIncident(id, by: user, now: now)
    }
    func activeIncidents() throws(StoreError) -> [Incident] { try pass(.activeIncidents); return try inner.activeIncidents() }
    func incidents(since day: LocalDay?) throws(StoreError) -> [Incident] { try pass(.incidents); return try inner.incidents(since: day) }

    // MARK: SiteMaintenance
    func purgeFreeText(before: LocalDay, callbacksClosedOnOrBefore: LocalDay?, dryRun: Bool, by actor: String, now: Date) throws(StoreError) -> PurgeOutcome {
        try pass(.purgeFreeText)
        return try inner.purgeFreeText(before: before, callbacksClosedOnOrBefore: callbacksClosedOnOrBefore, dryRun: dryRun, by: actor, now: now)
    }
    func addDemo(_ generator: DemoGenerator, days: [LocalDay], perDay: Int, now: Date) throws(StoreError) -> Int {
        try pass(.addDemo)
        return try inner.addDemo(generator, days: days, perDay: perDay, now: now)
    }
    func removeDemo() throws(StoreError) -> DemoRemoval { try pass(.removeDemo); return try inner.removeDemo() }
    func realContactCount() throws(StoreError) -> Int { try pass(.realContactCount); return try inner.realContactCount() }

    // MARK: StatisticsSource
    func statisticsInput(
        from first: LocalDay, through last: LocalDay, includingOperators: Bool, includingHandovers: Bool
    ) throws(StoreError) -> StatisticsInput {
        try pass(.statisticsInput)
        return try inner.statisticsInput(from: first, through: last, includingOperators: includingOperators, includingHandovers: includingHandovers)
    }
    func forEachHandover(
        from first: LocalDay, through last: LocalDay, _ body: (HandoverTimeline) -> Void
    ) throws(StoreError) -> [HandoverHistory.StillOpen] {
        try pass(.statisticsInput)
        return try inner.forEachHandover(from: first, through: last, body)
    }
    func forEachContact(from first: LocalDay, through last: LocalDay, includingOperators: Bool, _ body: (Contact) -> Void) throws(StoreError) {
        try pass(.statisticsInput)
        try inner.forEachContact(from: first, through: last, includingOperators: includingOperators, body)
    }
    func reportCounts(from first: LocalDay, through last: LocalDay, basis: CountingBasis) throws(StoreError) -> ReportCounts {
        try pass(.reportCounts)
        return try inner.reportCounts(from: first, through: last, basis: basis)
    }
    func liveDay(_ day: LocalDay) throws(StoreError) -> LiveDay { try pass(.liveDay); return try inner.liveDay(day) }
    func catalogueGaps(from: LocalDay, through to: LocalDay) throws(StoreError) -> [CatalogueGap] {
        try pass(.catalogueGaps)
        return try inner.catalogueGaps(from: from, through: to)
    }
    func handoverFigures(from: LocalDay, through to: LocalDay, asOf: LocalDay) throws(StoreError) -> [HandoverFigures] {
        try pass(.handoverFigures)
        return try inner.handoverFigures(from: from, through: to, asOf: asOf)
    }

    // MARK: StaffingHistorySource
    func staffingHistory(on days: [LocalDay], intervalMinutes: Int) throws(StoreError) -> StaffingHistory {
        try pass(.staffingHistory)
        return try inner.staffingHistory(on: days, intervalMinutes: intervalMinutes)
    }

    // MARK: KnowledgeRecords
    func recordUnmatchedSearch(_ words: String, now: Date) throws(StoreError) {
        try pass(.recordUnmatchedSearch)
        try inner.recordUnmatchedSearch(words, now: now)
    }
    func unmatchedSearches(from: LocalDay, through to: LocalDay) throws(StoreError) -> [UnmatchedSearch] {
        try pass(.unmatchedSearches)
        return try inner.unmatchedSearches(from: from, through: to)
    }
}
