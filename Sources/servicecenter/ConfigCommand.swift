import ArgumentParser
import Foundation
import ServicecenterConfigFiles
import ServicecenterCore

/// `servicecenter config`: inspect the configuration.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the configuration.",
        subcommands: [CheckCommand.self]
    )

    /// `servicecenter config check`: every problem, with file and line; exit 0 only when clean.
    struct CheckCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate Config/ and report every problem with file, line and value.",
            discussion: """
                Exit code 0 when the configuration is clean, 78 when it has problems. Every problem is \
                given in the output's language (--lang, else [site] language, else Swedish).

                Examples:
                  servicecenter config check
                  servicecenter config check --config /etc/servicecenter
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let locations = Locations()
            let directory = locations.configDirectory(flag: global.config)
            // Under setgid a caller's folder would be read with the program's group.
            try CommandContext.refuse(locations.refusedChoices(configFlag: global.config), global, config: directory.path, database: nil)
            let (configuration, settingsProblems) = ConfigurationLoader.read(directory: directory)
            let text = strings(for: global.lang ?? configuration.site.language)
            // A bad article is an error here, as in any file, so a check before deployment
            // stops on it; the desk meanwhile starts with the good ones (ConfigurationLoader.read).
            let knowledge = KnowledgeLoader.read(directory: directory, configuration: configuration)
            let problems = settingsProblems + knowledge.problems
            // In the summary's language: English details under a Swedish summary read as two programs.
            let messages = configurationStrings(for: text.language)
            for problem in problems { say(InertText.shown(problem.described(messages))) }
            reportKnowledge(configuration, leftOut: Set(knowledge.problems.map(\.location.file)).count, language: text.language)
            guard problems.isEmpty else {
                printError(commandStrings(for: text.language).configurationInvalid(problems: problems.count))
                throw ExitStatus.configuration
            }
            say(commandStrings(for: text.language).configurationValid(
                directory: directory.path, sectors: configuration.sectors.count,
                categories: configuration.categories.count, operators: configuration.operators.count,
                referrals: configuration.referrals.count))
        }
    }
}
