import ArgumentParser
import ServicecenterCore

/// Options every subcommand takes: where things are and which language to speak.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Configuration directory.", valueName: "DIR"))
    var config: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("SQLite database file, or a postgresql:// address.", valueName: "PATH|URL"))
    var database: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Language of the output: sv (default) or en.", valueName: "LANG"))
    var lang: Language?
}

extension Language: ExpressibleByArgument {}
