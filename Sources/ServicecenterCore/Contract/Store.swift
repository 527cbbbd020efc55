/// The store contract: everything the screens, the command line and the benchmarks ask of
/// persistence, as one composition of roles in the domain's words. A backend (SQLite today,
/// PostgreSQL next) conforms to every role; nothing above the store names a concrete one.
///
/// Each role is its own protocol so a piece of code can say how little it needs (the change
/// watch needs a `ChangeSignal`, the delivery round a `HandoverOutbox`), and so that one
/// contract test suite, run against every backend, is what "the same behaviour" means.
public typealias Store = AuditTrail & ChangeSignal & ContactRecords & DeskSession & HallQueue & HandoverOutbox
    & HandoverRecords & IncidentRecords & KnowledgeRecords & SiteMaintenance & StaffingHistorySource & StatisticsSource
