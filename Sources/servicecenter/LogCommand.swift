import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter log`: records one contact from the command line.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log one contact and print its id.",
        discussion: """
            The sector defaults to the category's; a forwarded contact goes to that sector unless \
            --forward-to names another, and needs --reason and --matter (what the citizen wants \
            answered). --phone, --email and --callback-time tell the sector how to reach the citizen; \
            they are kept on the hand-over only, never in the note. Times default to now; give both as ISO 8601 \
            with an offset to log a contact afterwards. The operator defaults to the login user, who \
            must be listed in operators.toml.

            Examples:
              servicecenter log --channel phone --category bygglov
              servicecenter log --channel visit --category ekonomiskt_bistand \\
                --resolution forwarded --reason needs_case_officer \\
                --matter "Vill söka försörjningsstöd för december" \\
                --phone "070-123 45 67" --callback-time förmiddag
              servicecenter log --channel digital --medium email \\
                --category avfall --digital-help
              servicecenter log --channel phone --category parkering \\
                --started 2026-11-23T09:00:00+01:00 \\
                --ended 2026-11-23T09:04:30+01:00 --wait-seconds 45
              servicecenter log --channel phone --category avfall --repeat-of 1234
              servicecenter log --channel phone --category ovrigt --subject "glasögon"
              servicecenter log --channel phone --category forsakringskassan \\
                --resolution referred --referred-to forsakringskassan
              servicecenter log --channel visit --category ovrigt --resolution referred \\
                --referred-other "Hyresnämnden"
              servicecenter log --channel phone --category parkeringstillstand \\
                --article parkeringstillstand

            --repeat-of links the contact to an earlier one about the same matter. If that one was \
            resolved at most [targets] repeat_window_days before, this one counts as a repeat contact \
            (återkontakt) in stats, next to FCR.

            The contact may not start or end in the future (5 minutes of clock skew are allowed), \
            last longer than [site] max_contact_minutes (240 by default: give --ended for a contact \
            logged afterwards), or start before [site] started; such a contact exits 65.

            A database that does not exist is made only when it is the configured one or --create \
            is given; a mistyped --database exits 69 and makes nothing.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .unconditional, help: "visit, phone, sign_language or digital.")
    var channel: String

    @Option(parsing: .unconditional, help: "Category id from categories.toml.")
    var category: String

    @Option(parsing: .unconditional, help: "resolved (default), forwarded or referred.")
    var resolution: String = "resolved"

    @Option(parsing: .unconditional, help: "For digital contacts: email, chat or eservice.")
    var medium: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Sector the matter belongs to, if not the category's.", valueName: "SECTOR"))
    var sector: String?

    @Option(name: .customLong("forward-to"), parsing: .unconditional, help: ArgumentHelp("Sector a forwarded contact is handed to.", valueName: "SECTOR"))
    var forwardTo: String?

    @Option(parsing: .unconditional, help: "Why it was forwarded: needs_case_officer, could_not_answer or citizen_request.")
    var reason: String?

    @Option(name: .customLong("referred-to"), parsing: .unconditional, help: ArgumentHelp("Where a referred contact was sent: a destination id of Config/referrals.toml (e.g. forsakringskassan), or its name exactly (case and å, ä, ö aside).", valueName: "DESTINATION"))
    var referredTo: String?

    @Option(name: .customLong("referred-other"), parsing: .unconditional, help: ArgumentHelp("For a referral to \"annan\" (a place the list lacks): where, in a few words (at most \(Referral.textLimit) characters); alone it means annan.", valueName: "TEXT"))
    var referredOther: String?

    @Option(
        name: .customLong("wait-seconds"), parsing: .unconditional,
        help: ArgumentHelp("Seconds the citizen waited in the queue (0–\(ContactValidator.queueWaitLimit)).", valueName: "SECONDS"),
        transform: WholeNumber.within(0...ContactValidator.queueWaitLimit, checkedLater: true))
    var waitSeconds: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp("Start time, ISO 8601 with offset.", valueName: "TIME"))
    var started: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("End time, ISO 8601 with offset.", valueName: "TIME"))
    var ended: String?

    @Option(
        name: .customLong("operator"),
        parsing: .unconditional,
        help: ArgumentHelp("Login name of the guide: yours (the default), or another's for an admin only (audited); anyone else naming another is refused with exit 77.", valueName: "USER"))
    var operatorUser: String?

    @Flag(name: .customLong("digital-help"), help: "The citizen was helped to use a digital service.")
    var digitalHelp = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Incident tag, e.g. it-driftstopp.", valueName: "TAG"))
    var incident: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Free-text note (at most 2,000 characters).", valueName: "TEXT"))
    var note: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("What the citizen asked, in their words (at most 200 characters): kept with an Övrig fråga contact, and its words that match no category are counted in `stats gaps`.", valueName: "TEXT"))
    var subject: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Required with --resolution forwarded: what the citizen wants the sector to answer or decide, in one or two lines (ärendebeskrivning, at most \(ContactValidator.matterLimit) characters).", valueName: "TEXT"))
    var matter: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("For a hand-over: the number the sector calls the citizen back on (7–15 digits).", valueName: "NUMBER"))
    var phone: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("For a hand-over: the citizen's e-mail address for the sector's reply.", valueName: "ADDRESS"))
    var email: String?

    @Option(name: .customLong("callback-time"), parsing: .unconditional, help: ArgumentHelp("For a hand-over: when the citizen prefers to be called, e.g. förmiddag.", valueName: "TEXT"))
    var callbackTime: String?

    @Option(
        name: .customLong("call-id"),
        parsing: .unconditional,
        help: ArgumentHelp("The queue call this contact answered (from the telephony feed or a ticket); its wait is taken from the queue.", valueName: "CALL_ID"))
    var callID: String?

    @Option(name: .customLong("id"), parsing: .unconditional, help: ArgumentHelp("External reference; logging the same id twice is refused.", valueName: "REF"))
    var externalID: String?

    @Flag(help: "Make the database named by --database when it does not exist (the configured one is made without asking).")
    var create = false

    @Option(
        name: .customLong("repeat-of"), parsing: .unconditional,
        help: ArgumentHelp("Id of an earlier contact about the same matter (återkontakt).", valueName: "CONTACT_ID"),
        transform: WholeNumber.within(1...Int64.max))
    var repeatOf: Int64?

    @Option(
        name: .customLong("article"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp("A knowledge article the guide opened during the contact (its file name in Config/knowledge without .md); repeat for several, in the order opened. Counted in `stats --by knowledge`.", valueName: "ID"))
    var articles: [String] = []

    func run() throws {
        // The articles are read only to check an --article.
        let context = try CommandContext(global, knowledge: !articles.isEmpty)
        let who = try context.actingUser(named: operatorUser, option: "--operator", for: "log")
        try checkArticles(context)
        var draft = ContactDraft(
            externalID: externalID, startedAt: started, endedAt: ended, channel: channel, medium: medium,
            category: category, sector: sector, resolution: resolution, forwardReason: reason, forwardTo: forwardTo,
            referredTo: referredTo, operatorUser: who.name, queueWaitSeconds: waitSeconds,
            digitalHelp: digitalHelp, incident: incident, note: note, callID: callID, subject: subject,
            matter: matter, callbackPhone: phone, callbackEmail: email, callbackTime: callbackTime)
        draft.referredOther = referredOther
        var contact: Contact
        do {
            contact = try ContactValidator(configuration: context.configuration).validate(draft, now: Date())
        } catch {
            for problem in error.problems {
                if case .unknownOperator(let user) = problem, operatorUser == nil {
                    printError(securityStrings(for: context.text.language).unknownLoginUser(user, file: context.configDirectory.appendingPathComponent("operators.toml").path))
                } else {
                    printError(context.text.contactProblem(problem))
                }
            }
            throw ExitStatus.dataError
        }
        contact.repeatOf = repeatOf
        contact.articles = articles
        let store = try context.openStore(creation: .siteStart(explicit: create))
        try context.storing {
            let saved = try store.save(contact)
            if who.onBehalfOf {
                context.audit(.onBehalf, by: context.loginUser, contactID: saved.id, details: "log: recorded as \(who.name)")
            }
            // The intake masked it; saying so (once it is saved, not before a refusal) tells whoever scripted the call.
            if !saved.masked.isEmpty { printError(context.text.personalDataMasked(saved.masked)) }
            print(saved.id)
            // The contact's id is what scripts read; the reference the citizen is given is the hand-over's.
            if let made = saved.handover, let handover = try store.handover(made) {
                let sector = context.configuration.sector(handover.sector)?.name ?? handover.sector
                printError(context.commandText.handoverMade(id: handover.id, sector: sector, due: handover.dueDate))
            }
        }
        context.deliverPending(store)
    }
}

extension LogCommand {
    /// Refuses (exit 65) an --article that is no article id, or names none of the site's
    /// articles (`ArticleReference`), before anything is opened or written.
    func checkArticles(_ context: CommandContext) throws {
        let strings = knowledgeCommandStrings(for: context.text.language)
        var refused = false
        for id in articles {
            switch ArticleReference.problem(with: id, among: context.configuration.knowledge) {
            case nil: continue
            case .malformed: printError(strings.badArticleID(id))
            case .unknown: printError(strings.unknownArticle(id, folder: context.configDirectory.appendingPathComponent("knowledge").path))
            }
            refused = true
        }
        if refused { throw ExitStatus.dataError }
    }
}
