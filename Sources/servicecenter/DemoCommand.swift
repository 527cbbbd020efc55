import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter demo`: fills the database with realistic synthetic contacts.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill the database with realistic synthetic contacts.",
        discussion: """
            Makes contacts for the last N open days (working days) up to now, with Monday peaks, morning \
            and afternoon rhythms and a realistic channel mix, spread over the operators in operators.toml. \
            Forwarded contacts become hand-overs that the sectors acknowledge, call back and close, \
            mostly on time, some late; the newest are still open. A few citizens come back about \
            the same matter, as repeat contacts linked to their first. \
            The same seed gives the same contacts, and running it again adds nothing twice.

            Demo data is for a demo site: it needs the role admin (a refusal exits 77), it is \
            written only into an empty database or one that holds demo data alone (a database \
            with any real contact is refused with exit 65, nothing written), and each run is \
            recorded in the audit log (demo.generated, with its counts). There is no flag to mix demo \
            data into real data: it would be credited to real guides in every figure. The run says \
            where it wrote. Every time it makes lies within [site.opening_hours].

            --remove takes the demo data out again, whole: its contacts, their hand-overs with \
            their history and its queue calls; real contacts stay. It is audited (demo.removed).

            Examples:
              servicecenter demo --database /tmp/demo.sqlite
              servicecenter demo --database /tmp/demo.sqlite --days 60 --per-day 400 --seed 7
              servicecenter demo --database /tmp/demo.sqlite --remove
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .unconditional, help: "Open days to fill, ending today (1–5000).", transform: WholeNumber.within(1...5_000))
    var days: Int = 20

    @Option(
        name: .customLong("per-day"), parsing: .unconditional, help: "Contacts on an average weekday (1–100000).",
        transform: WholeNumber.within(1...100_000))
    var perDay: Int = 250

    @Option(
        parsing: .unconditional,
        help: "Random seed; the same seed gives the same contacts (0–\(UInt64.max)).",
        transform: WholeNumber.within(0...UInt64.max))
    var seed: UInt64 = 2022

    @Flag(help: "Remove the demo data (contacts, hand-overs, queue calls) instead of adding it.")
    var remove = false

    func run() throws {
        let context = try CommandContext(global)
        let admin = try context.requireAdmin(for: "demo")
        if remove { return try removeDemo(context, by: admin.user) }
        let now = Date()
        let openDays = DemoGenerator.openDays(
            count: days, endingOn: LocalDay(now, in: context.configuration.timeZone), calendar: context.configuration.workingDays)
        let generator = DemoGenerator(configuration: context.configuration, seed: seed)
        let store = try context.openStore(creation: .always)
        try context.storing {
            let real = try store.realContactCount()
            guard real == 0 else {
                printError(securityStrings(for: context.text.language).demoOverRealData(path: context.databasePath, realContacts: real))
                throw ExitStatus.dataError
            }
            let inserted = try store.addDemo(generator, days: openDays, perDay: perDay, now: now)
            try store.recordAudit(
                .demoGenerated, by: admin.user,
                details: "contacts \(inserted), days \(openDays.count) (\(openDays.first!) – \(openDays.last!)), per_day \(perDay), seed \(seed)")
            print(context.commandText.demoCreated(
                contacts: inserted, days: openDays.count, from: openDays.first!, through: openDays.last!))
            print(context.commandText.demoWrittenTo(path: context.databasePath))
        }
    }

    /// `--remove`: only from a database that exists; a missing one is said (exit 69), not made.
    func removeDemo(_ context: CommandContext, by admin: String) throws {
        let store = try context.openStore(creation: .never)
        try context.storing {
            let removed = try store.removeDemo()
            try store.recordAudit(
                .demoRemoved, by: admin,
                details: "contacts \(removed.contacts), handovers \(removed.handovers), queue_calls \(removed.queueCalls)")
            print(context.commandText.demoRemoved(
                contacts: removed.contacts, handovers: removed.handovers, queueCalls: removed.queueCalls, path: context.databasePath))
        }
    }
}
