import Foundation
import ServicecenterCore

/// Prints command output to stdout through `InertText`: stored text (a note, a name typed by
/// someone else) may hold escape sequences, and whoever reads the output must not have their
/// terminal retitled or cleared by them. Line breaks are kept; the cells of a table were
/// already shown one by one. CSV and JSON are escaped by their writers and print the same.
func say(_ text: String, terminator: String = "\n") {
    print(InertText.shownKeepingLines(text), terminator: terminator)
}

/// Refuses arguments that hold control characters before anything parses them, so that no
/// option, id or path can carry an escape into the database, the audit log, or an error
/// message (ArgumentParser's own errors repeat the value they reject).
enum ArgumentGuard {
    /// The options whose value is free text that may span lines: a line feed or a tab is
    /// allowed there and nowhere else.
    static let multiLineOptions: Set<String> = ["--note", "--message"]

    /// The first argument that holds a control character: the option it belongs to (or its
    /// position, for a positional argument) and the value. `arguments` excludes the program.
    static func firstRefused(_ arguments: [String]) -> (option: String?, position: Int, value: String)? {
        var previous: String?
        for (index, argument) in arguments.enumerated() {
            defer { previous = argument }
            var option: String?
            var value = argument
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                option = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else if let previous, multiLineOptions.contains(previous) {
                // Their value, whatever it starts with ("- punkt 1⏎- punkt 2"): every option
                // takes the next word as its value (`parsing: .unconditional`).
                option = previous
            } else if argument.hasPrefix("-") {
                option = argument
            } else if let previous, previous.hasPrefix("-"), !previous.contains("=") {
                option = previous
            }
            let lines = option.map(multiLineOptions.contains) ?? false
            if InertText.containsUnsafe(value, allowingLineBreaks: lines) || InertText.containsUnsafe(option ?? "") {
                return (option, index + 1, value)
            }
        }
        return nil
    }

    /// Exits 64 naming the option when an argument holds a control character.
    static func check(_ arguments: [String]) {
        guard let refused = firstRefused(arguments) else { return }
        let text = securityStrings(for: language(arguments))
        printError(text.controlCharacters(
            option: refused.option.map(InertText.shown) ?? text.argument(position: refused.position),
            shown: InertText.shown(refused.value)))
        exit(ExitStatus.usage.rawValue)
    }

    /// The language asked for with --lang, before the configuration (which may name another) is read.
    static func language(_ arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang=en" || (argument == "--lang" && arguments.dropFirst(index + 1).first == "en") { return .english }
        }
        return .swedish
    }
}
