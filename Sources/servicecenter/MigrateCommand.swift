import ArgumentParser
import Foundation
import ServicecenterCore
import ServicecenterPostgres
import ServicecenterStore

/// `servicecenter migrate`: moves a whole SQLite site onto a PostgreSQL server, for a site that
/// outgrows one host. The SQLite file is only read; the copy is one transaction on the server.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Copy a whole SQLite site into an empty PostgreSQL database, and prove the copy.",
        discussion: """
            Copies every table of the SQLite database (contacts, hand-overs and their history, \
            queues, incidents, drafts, the audit log, the catalogue's gaps, the e-mail outbox) \
            with its ids, in one transaction: either the whole site arrives or nothing does. \
            Then it proves the copy: the rows of each table on both sides, and the latest day's \
            statistics read through both backends, printed side by side. The SQLite file is \
            only read and stays as it was; stop the desks first, so nothing is saved there after \
            the copy.

            The target must hold no site yet (a database servicecenter has set up and nothing \
            more, or a new one): a target with rows is refused (exit 65), nothing changed. Run \
            it as the database's owner (the role that creates the schema; see docs/deployment.md); \
            the password comes from PGPASSWORD or ~/.pgpass, never from the command line. Then \
            run `servicecenter roles sync` and point [site] database at the server.

            Exit codes: 0 copied and proved; 64 --from is not an SQLite file or --to not a \
            postgresql:// address; 65 the target is not empty, or a stored value does not read \
            as its column's type; 66 the SQLite file does not exist; 69 the server cannot be \
            reached or has no such database; 74 the counts or the day's statistics differ; 77 \
            the server refused the user or the owner's rights are missing.

            Example:
              servicecenter migrate --from sqlite:/var/lib/servicecenter/servicecenter.sqlite \\
                --to postgresql://servicecenter@db.example/servicecenter?sslmode=verify-full
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("The SQLite database to copy (sqlite:PATH or PATH).", valueName: "SQLITE"))
    var from: String

    @Option(parsing: .unconditional, help: ArgumentHelp("The PostgreSQL database to copy into (postgresql://…).", valueName: "URL"))
    var to: String

    func run() throws {
        let context = try CommandContext(global)
        let said = context.commandText
        guard case .sqlite(let path) = DatabaseLocation(setting: from) else {
            printError(said.migrateNeedsSQLiteSource(DatabaseLocation(setting: from).shown))
            throw ExitStatus.usage
        }
        let target = DatabaseLocation(setting: to)
        guard case .postgreSQL(let uri) = target else {
            printError(said.migrateNeedsServerTarget(to))
            throw ExitStatus.usage
        }
        // Installed setgid, the program may read the site's file for whoever runs it: copying
        // it to a server of their choosing would hand them every note in it.
        guard !context.locations.privileged else {
            printError(said.migrateNotWhenInstalledSetgid)
            throw ExitStatus.permission
        }
        // Opening a missing file would make an empty database and copy nothing: say it instead.
        let sourcePath = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: sourcePath) else {
            printError(said.migrateSourceMissing(sourcePath))
            throw ExitStatus.noInput
        }
        let intake = Intake(configuration: context.configuration)
        let address: PostgresAddress
        do {
            address = try PostgresAddress.parse(uri, environment: context.locations.environment, loginName: context.systemLoginUser)
        } catch {
            throw context.fail(.badAddress(database: target.shown, reason: error.reason))
        }
        let source = try context.storing { try SQLiteStore(path: sourcePath, intake: intake, access: .readOnly) }
        let server = try context.storing { try PostgresStore(address: address, intake: intake) }
        defer { server.close() }

        let outcome: SiteMigration.Outcome
        do {
            outcome = try SiteExport(store: source).read { reader in try SiteMigration.copy(from: reader, into: server) }
        } catch let refusal as SiteMigration.Refusal {
            printError(said.migrateRefused(refusal, to: address.shown))
            switch refusal {
            case .targetNotEmpty, .badValue: throw ExitStatus.dataError
            case .unknownColumn, .countsDiffer: throw ExitStatus.ioError
            }
        } catch let error as StoreError {
            throw context.fail(error)
        }
        say(context.commandText.migrated(
            rows: outcome.tables.reduce(0) { $0 + $1.target }, tables: outcome.tables.count, seconds: outcome.seconds,
            from: sourcePath, to: address.shown))
        let width = max(outcome.tables.map(\.table.count).max() ?? 0, said.migrateColumns[0].count)
        func line(_ cells: [String]) -> String {
            cells[0].padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + cells[1...].map { String(repeating: " ", count: max(0, 12 - $0.count)) + $0 }.joined(separator: "  ")
        }
        say(line(said.migrateColumns))
        for table in outcome.tables { say(line([table.table, String(table.source), String(table.target)])) }

        // The proof through the contract: the same day's statistics, read by each backend its own way.
        guard let day = outcome.lastContactDay else {
            say(said.migrateNoContactDay)
            return
        }
        let (before, after) = try context.storing {
            (try source.statisticsInput(from: day, through: day, includingOperators: true),
             try server.statisticsInput(from: day, through: day, includingOperators: true))
        }
        let differences = SiteMigration.differences(before, after)
        guard differences.isEmpty else {
            printError(said.migrateStatisticsDiffer(day: day, differences: differences, to: address.shown))
            throw ExitStatus.ioError
        }
        say(said.migrateStatisticsAgree(day: day, contacts: after.contacts.count, queueCalls: after.queueCalls.count, handovers: after.handovers.count))
    }
}
