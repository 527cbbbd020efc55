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
            SQLite file: --database, $SERVICECENTER_DATABASE, [site] database in servicecenter.toml, or \
            $XDG_DATA_HOME/servicecenter/servicecenter.sqlite (made only by desk, demo, and log/import into that default or with --create; elsewhere a missing database exits 69). Installed setgid, only /etc/servicecenter and the database it names are used.

            Exit codes: 0 done; 64 bad arguments; 65 invalid contact or import data; 66 input file \
            missing; 73 database cannot be created; 74 database damaged, not SQLite, another program's \
            or not a file; 75 database locked (try again); 77 database read-only, or another role needed; 78 invalid \
            configuration; 79 a --follow feed stored its good lines and skipped bad ones; 80 disk full \
            (free space and try again).
            """,
        subcommands: [
            DeskCommand.self, LogCommand.self, ImportCommand.self, StatsCommand.self, HandoversCommand.self, QueueCommand.self,
            IncidentCommand.self, DashboardCommand.self, DemoCommand.self,
            AuditCommand.self, PurgeCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: DeskCommand.self
    )

    /// Refuses control characters in any argument before parsing (exit 64), then runs as usual.
    static func main() {
        ArgumentGuard.check(Array(CommandLine.arguments.dropFirst()))
        main(nil)
    }
}
