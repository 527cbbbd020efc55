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
    /// subcommand's name, moved to the end (before a `--`), where the subcommand reads them;
    /// one given again after the name is the one that counts, as a later option does. Without
    /// this the default subcommand (desk) took them and then refused `stats` as an unexpected
    /// argument. Before `--help` or `help` (the program's own help) they are left out: help is
    /// the same whatever they say. Anything else is left as written.
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
        guard !leading.isEmpty, index < arguments.count else { return arguments }
        var rest = Array(arguments[index...])
        if ["--help", "-h", "help"].contains(rest[0]) { return rest }
        guard subcommands.contains(rest[0]) else { return arguments }
        let end = rest.firstIndex(of: "--") ?? rest.count
        let givenAgain = Set(rest[..<end].map { String($0.split(separator: "=", maxSplits: 1)[0]) })
        var moved: [String] = [], position = 0
        while position < leading.count {
            let name = String(leading[position].split(separator: "=", maxSplits: 1)[0])
            let width = leading[position].contains("=") ? 1 : 2
            if !givenAgain.contains(name) { moved += leading[position..<position + width] }
            position += width
        }
        rest.insert(contentsOf: moved, at: end)
        return rest
    }
}
