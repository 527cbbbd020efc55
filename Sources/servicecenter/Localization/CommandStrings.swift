import ServicecenterCore
import ServicecenterPostgres

/// What the command line reports once a command has done its work: imports, demo data, the
/// configuration check, purges, the audit log, hand-over changes, e-mail deliveries and the
/// statistics package. Only `servicecenter` says these (the screens never do), so they live in
/// the executable, not in the core's `StringTable`. One conformer per language and no default
/// in an extension, so a missing translation is a compile error.
protocol CommandStrings: Sendable {
    // import
    func imported(inserted: Int, alreadyPresent: Int) -> String
    /// Nothing imported: `badLines` cannot be read as contacts, `refusedLines` name operators the user may not credit.
    func importRejected(badLines: Int, refusedLines: Int, totalLines: Int) -> String
    func importEmpty(file: String) -> String

    // demo
    func demoCreated(contacts: Int, days: Int, from: LocalDay, through: LocalDay) -> String
    /// Where `demo` wrote, and how to take it out again.
    func demoWrittenTo(path: String) -> String
    func demoRemoved(contacts: Int, handovers: Int, queueCalls: Int, path: String) -> String

    // config check, and any command refused for a bad configuration
    func configurationValid(directory: String, sectors: Int, categories: Int, operators: Int, referrals: Int) -> String
    func configurationInvalid(problems: Int) -> String
    var configurationRefused: String { get }

    // purge
    /// `purge`: what was cleared, or with `dryRun` what would be.
    func purged(_ outcome: PurgeOutcome, dryRun: Bool, noteDays: Int) -> String
    /// `purge`: call-back details and matters erased (or, with `dryRun`, that would be).
    func callbacksPurged(callbacks: Int, matters: Int, closedOnOrBefore: LocalDay, callbackDays: Int, madeBefore: LocalDay, dryRun: Bool)
        -> String

    // audit
    var auditColumns: [String] { get }
    func auditAction(_ action: AuditAction) -> String
    func auditEmpty(since: LocalDay) -> String

    // Hand-overs: log, handovers ack/callback/close/reopen, handovers deliver
    /// `log` of a forwarded contact: the hand-over's reference (not the contact's id, which
    /// `log` prints for scripts) and the promise, as the desk says it to the citizen.
    func handoverMade(id: Int64, sector: String, due: LocalDay) -> String
    func handoverRecorded(id: Int64, event: HandoverEvent) -> String
    /// What one `handovers deliver` did; `heldUntil` is the report's hold end as local time.
    func delivered(_ report: DeliveryReport, stillFailing: Int, heldUntil: String?) -> String

    // stats dump
    func dumpWritten(path: String, contacts: Int, files: Int) -> String
    func dumpNoData(period: String) -> String
    func dumpCannotWrite(path: String, reason: String) -> String

    // migrate
    /// The header of the per-table counts: table, rows in SQLite, rows in PostgreSQL.
    var migrateColumns: [String] { get }
    func migrated(rows: Int, tables: Int, seconds: Double, from: String, to: String) -> String
    func migrateStatisticsAgree(day: LocalDay, contacts: Int, queueCalls: Int, handovers: Int) -> String
    func migrateStatisticsDiffer(day: LocalDay, differences: [String], to: String) -> String
    var migrateNoContactDay: String { get }
    func migrateRefused(_ refusal: SiteMigration.Refusal, to: String) -> String
    func migrateSourceMissing(_ path: String) -> String
    func migrateNeedsSQLiteSource(_ setting: String) -> String
    func migrateNeedsServerTarget(_ setting: String) -> String
    var migrateNotWhenInstalledSetgid: String { get }

    // roles sync
    func rolesNeedServer(_ database: String) -> String
    func rolesCreated(_ groups: [String]) -> String
    func rolesMember(user: String, group: String) -> String
    func rolesGranted(database: String, members: Int) -> String
    func rolesMissingLogins(_ users: [String]) -> String
    /// `roles sync` run by someone who is not the schema's owner (exit 77).
    func rolesNeedOwner(user: String, database: String, reason: String) -> String
}

/// What the command line reports, in `language`.
func commandStrings(for language: Language) -> any CommandStrings {
    switch language {
    case .swedish: SwedishCommandStrings()
    case .english: EnglishCommandStrings()
    }
}
