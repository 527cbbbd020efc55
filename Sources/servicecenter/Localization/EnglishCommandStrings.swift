import ServicecenterCore

/// English: what the command line reports once a command has done its work.
struct EnglishCommandStrings: CommandStrings {
    func imported(inserted: Int, alreadyPresent: Int) -> String {
        "Imported \(inserted) contacts" + (alreadyPresent > 0 ? " (\(alreadyPresent) were already there and were skipped)." : ".")
    }

    func importRejected(badLines: Int, totalLines: Int) -> String {
        "Nothing was imported: \(badLines) of \(totalLines) lines are invalid. Fix them and run again."
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
        "Cannot write the statistics to \(path): \(reason). A previous package there is untouched."
    }
}
