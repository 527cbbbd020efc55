import ArgumentParser

/// The `servicecenter` command: subcommands for logging, importing and counting contacts.
@main
struct Servicecenter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "servicecenter",
        abstract: "Log, route and count the contacts of a municipal servicecenter.",
        discussion: """
            Configuration is read from --config, $SERVICECENTER_CONFIG, ./Config, \
            $XDG_CONFIG_HOME/servicecenter or /etc/servicecenter, in that order. The database is an \
            SQLite file or a PostgreSQL server (postgresql://user@host/database, its password in \
            PGPASSWORD or ~/.pgpass; docs/deployment.md): --database, $SERVICECENTER_DATABASE, [site] \
            database in servicecenter.toml, or $XDG_DATA_HOME/servicecenter/servicecenter.sqlite (made only by desk, demo, and log/import into that default or with --create; elsewhere a missing database exits 69). Installed setgid, only /etc/servicecenter and the database it names are used.

            Every command has --help with examples; `servicecenter --version` prints the version.

            \(ExitStatus.helpParagraph)
            """,
        version: ProgramVersion.line,
        subcommands: [
            DeskCommand.self, LogCommand.self, ImportCommand.self, StatsCommand.self, HandoversCommand.self, QueueCommand.self,
            IncidentCommand.self, DashboardCommand.self, DemoCommand.self,
            AuditCommand.self, PurgeCommand.self, ConfigCommand.self, MigrateCommand.self, RolesCommand.self,
            StaffingCommand.self,
        ],
        defaultSubcommand: DeskCommand.self
    )

    /// Refuses control characters in any argument before parsing (exit 64), then runs as
    /// `main(nil)` does, but a parse that failed over a negative number is explained in the
    /// user's language ("an id is a whole number from 1") rather than as an unknown option.
    static func main() {
        let names = Set(configuration.subcommands.map { $0._commandName })
        let arguments = GlobalOptions.movedAfterSubcommand(Array(CommandLine.arguments.dropFirst()), subcommands: names)
        ArgumentGuard.check(arguments)
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            WholeNumber.explainMistakenNegative(arguments)
            exit(withError: error)
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
