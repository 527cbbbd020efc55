import ServicecenterCore
import ServicecenterPostgres

/// English: what the command line reports once a command has done its work.
struct EnglishCommandStrings: CommandStrings {
    func imported(inserted: Int, alreadyPresent: Int) -> String {
        "Imported \(inserted) contacts" + (alreadyPresent > 0 ? " (\(alreadyPresent) were already there and were skipped)." : ".")
    }

    func importRejected(badLines: Int, refusedLines: Int, totalLines: Int) -> String {
        let refused = "\(refusedLines) \(refusedLines == 1 ? "is" : "are") in someone else's name, which only an admin may store"
        return switch (badLines, refusedLines) {
        case (_, 0): "Nothing was imported: \(badLines) of \(totalLines) lines are invalid. Fix them and run again."
        case (0, _): "Nothing was imported: of \(totalLines) \(totalLines == 1 ? "line" : "lines"), \(refused)."
        default: "Nothing was imported: of \(totalLines) \(totalLines == 1 ? "line" : "lines"), \(badLines) \(badLines == 1 ? "is" : "are") invalid and \(refused). Fix them and run again."
        }
    }

    func importEmpty(file: String) -> String { "\(file) holds no contacts." }

    func demoCreated(contacts: Int, days: Int, from: LocalDay, through: LocalDay) -> String {
        "Created \(contacts) demo contacts over \(days) open days (\(from) – \(through))."
    }

    func demoWrittenTo(path: String) -> String {
        "Written to \(path). Remove the demo data again with: servicecenter demo --remove --database \(path)"
    }

    func demoRemoved(contacts: Int, handovers: Int, queueCalls: Int, path: String) -> String {
        "Removed \(contacts) demo contacts, \(handovers) hand-overs and \(queueCalls) queue calls from \(path); nothing else was touched."
    }

    func configurationValid(directory: String, sectors: Int, categories: Int, operators: Int, referrals: Int) -> String {
        "The configuration in \(directory) is valid: \(sectors) sectors, \(categories) categories, \(operators) operators, \(referrals) referral destinations."
    }

    func configurationInvalid(problems: Int) -> String {
        "\(problems) \(problems == 1 ? "problem" : "problems") in the configuration; fix \(problems == 1 ? "it" : "them") and run `servicecenter config check` again."
    }

    var configurationRefused: String { "Not starting: the configuration is invalid." }

    func purged(_ outcome: PurgeOutcome, dryRun: Bool, noteDays: Int) -> String {
        let counts = "\(outcome.notes) notes, \(outcome.referrals) referral texts, \(outcome.handoverNotes) hand-over notes, \(outcome.drafts) drafts, \(outcome.subjects) subjects and \(outcome.gaps) catalogue gap rows"
        return dryRun
            ? "Dry run: \(counts) from before \(outcome.before) (older than \(noteDays) days) would be purged. Nothing was changed."
            : "Purged \(counts) from before \(outcome.before) (older than \(noteDays) days). Statistics are untouched; the audit log has the counts."
    }

    func callbacksPurged(
        callbacks: Int, matters: Int, closedOnOrBefore: LocalDay, callbackDays: Int, madeBefore: LocalDay, dryRun: Bool
    ) -> String {
        let what = "call-back details (phone, e-mail, time) of \(callbacks) \(callbacks == 1 ? "hand-over" : "hand-overs") closed on or before \(closedOnOrBefore) (callback_days = \(callbackDays)) or made before \(madeBefore), and \(matters) \(matters == 1 ? "matter" : "matters") of hand-overs made before \(madeBefore)"
        return dryRun ? "Dry run: \(what) would be erased." : "Erased \(what)."
    }

    var auditColumns: [String] { ["Time", "Who", "Event", "Contact", "Details"] }

    func auditAction(_ action: AuditAction) -> String {
        switch action {
        case .contactEdited: "contact corrected"
        case .purge: "purge"
        case .incidentStarted: "incident started"
        case .incidentEnded: "incident ended"
        case .refused: "refused"
        case .onBehalf: "recorded on behalf"
        case .demoGenerated: "demo data generated"
        case .demoRemoved: "demo data removed"
        }
    }

    func auditEmpty(since: LocalDay) -> String { "The audit log has nothing since \(since)." }

    func handoverMade(id: Int64, sector: String, due: LocalDay) -> String {
        "Hand-over \(id) · \(sector) contacts the citizen by \(DayInWords.text(due, in: .english)) (handovers show \(id))."
    }

    func handoverRecorded(id: Int64, event: HandoverEvent) -> String { "Hand-over \(id): \(EnglishStrings().handoverEvent(event))." }

    func delivered(_ report: DeliveryReport, stillFailing: Int, heldUntil: String?) -> String {
        var text = "Sent \(report.sent), failed \(report.failed)"
        if report.leftOver > 0 { text += ", \(report.leftOver) left for later" }
        if report.heldElsewhere > 0 {
            text += ", \(report.heldElsewhere) being sent by another process"
                + (heldUntil.map { " (tried again after \($0) if it does not finish)" } ?? "")
        }
        if stillFailing > 0 { text += "; \(stillFailing) failed repeatedly (see handovers outbox)" }
        return text + "."
    }

    func dumpWritten(path: String, contacts: Int, files: Int) -> String {
        "Statistics written to \(path): \(contacts) \(contacts == 1 ? "contact" : "contacts"), \(files) files."
    }

    func dumpNoData(period: String) -> String {
        "No contacts or queue events for \(period), which has working days; no package written. Check --date, the database (--database) and the queue feed."
    }

    func dumpCannotWrite(path: String, reason: String) -> String {
        "Cannot write the statistics to \(path): \(reason). Any package already there is untouched."
    }

    var migrateColumns: [String] { ["table", "SQLite", "PostgreSQL"] }

    func migrated(rows: Int, tables: Int, seconds: Double, from: String, to: String) -> String {
        "Copied \(rows) rows in \(tables) tables from \(from) to \(to) in one transaction (\(String(format: "%.1f", seconds)) s):"
    }

    func migrateStatisticsAgree(day: LocalDay, contacts: Int, queueCalls: Int, handovers: Int) -> String {
        "The statistics of \(day) read the same from both: \(contacts) contacts, \(queueCalls) queue calls, \(handovers) hand-overs. The site may now run on the server."
    }

    func migrateStatisticsDiffer(day: LocalDay, differences: [String], to: String) -> String {
        "The copy in \(to) is committed, but the statistics of \(day) read differently from the two (\(differences.joined(separator: "; "))). Do not switch the site over; report this with both databases kept."
    }

    var migrateNoContactDay: String { "The SQLite database holds no contacts, so there is no day's statistics to compare; the counts above agree." }

    func migrateRefused(_ refusal: SiteMigration.Refusal, to: String) -> String {
        switch refusal {
        case .targetNotEmpty(let table, let rows):
            "Nothing was copied: \(to) already holds a site (\(rows) rows in \(table)). Migrate into a new database (docs/deployment.md)."
        case .unknownColumn(let table, let column):
            "Nothing was copied: the SQLite table \(table) has a column \(column) that \(to) lacks; use the same version of servicecenter on both."
        case .badValue(let table, let column, let value):
            "Nothing was copied: \(table).\(column) holds \"\(value)\", which is not a value of its kind. Correct it in the SQLite file and run again."
        case .countsDiffer(let table, let source, let target):
            "Nothing was copied: \(table) would hold \(target) rows in \(to) against \(source) in SQLite."
        }
    }

    func migrateSourceMissing(_ path: String) -> String { "The SQLite database \(path) does not exist; pass the site's file with --from." }

    func migrateNeedsSQLiteSource(_ setting: String) -> String {
        "--from \(setting) is not an SQLite database; give the file to copy as --from sqlite:PATH."
    }

    func migrateNeedsServerTarget(_ setting: String) -> String {
        "--to \(setting) is not a PostgreSQL address; give it as --to postgresql://user@host/database."
    }

    var migrateNotWhenInstalledSetgid: String {
        "migrate is not run through the setgid install (it would copy the site to wherever it is told); run it as the database's owner with a build of your own."
    }

    func rolesNeedServer(_ database: String) -> String {
        "\(database) is an SQLite file: the database enforces roles only on PostgreSQL. For SQLite, the file's group and the setgid install do (README)."
    }

    func rolesCreated(_ groups: [String]) -> String { "Created the group roles \(groups.joined(separator: ", "))." }

    func rolesMember(user: String, group: String) -> String { "\(user): member of \(group)." }

    func rolesGranted(database: String, members: Int) -> String {
        "The grants in \(database) are written; \(members) \(members == 1 ? "operator has" : "operators have") a login role in a group."
    }

    func rolesNeedOwner(user: String, database: String, reason: String) -> String {
        "\(user) may not write the grants in \(database) (\(reason)): roles sync is run by the schema's owner, the role that set it up or migrated the site (docs/deployment.md)."
    }
    func rolesMissingLogins(_ users: [String]) -> String {
        "No login role on the server for \(users.joined(separator: ", ")) (listed in operators.toml): create each with CREATE ROLE name LOGIN and run roles sync again."
    }
}
