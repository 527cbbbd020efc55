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

extension GlobalOptions {
    /// The options every subcommand takes, as written on the command line.
    static let names: Set<String> = ["--config", "--database", "--lang"]

    /// `servicecenter --lang en stats`: options every subcommand takes, written before the
    /// subcommand's name, moved to the end (before a `--`), where the subcommand reads them.
    /// Without this the default subcommand (desk) took them and then refused `stats` as an
    /// unexpected argument. Anything else is left as written.
    static func movedAfterSubcommand(_ arguments: [String], subcommands: Set<String>) -> [String] {
        var leading: [String] = [], index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if names.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if let equals = argument.firstIndex(of: "="), names.contains(String(argument[..<equals])) {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < arguments.count, subcommands.contains(arguments[index]) else { return arguments }
        var rest = Array(arguments[index...])
        let end = rest.firstIndex(of: "--") ?? rest.count
        rest.insert(contentsOf: leading, at: end)
        return rest
    }
}
