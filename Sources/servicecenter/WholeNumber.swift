import ArgumentParser
import Foundation
import ServicecenterCore

/// How every whole-number option and argument is read, so that all of them answer alike.
///
/// ArgumentParser takes "-5" after an option for a flag and said "Missing value for
/// '--wait-seconds'", as if nothing had been typed. Every option that takes a value therefore
/// parses `.unconditional` (the next word is the value, whatever it starts with: a date "-1"
/// is refused as no date, a note "-x" is kept); numeric ones go through `within`,
/// which names the value and the option's range; a negative number given where a positional
/// id belongs is explained by `explainMistakenNegative` instead of "Unknown option '-5'".
enum WholeNumber {
    /// The transform of a whole-number option or argument held to `range`. With `checkedLater`
    /// any whole number is taken and `range` only explains one that is not a number: for a
    /// contact's field, which the contact's validation refuses together with every other
    /// problem of the contact (exit 65), as `import` does for the same field.
    static func within<T: FixedWidthInteger & Sendable>(
        _ range: ClosedRange<T>, checkedLater: Bool = false
    ) -> @Sendable (String) throws -> T {
        { text in
            guard let value = T(text), checkedLater || range.contains(value) else {
                let language = ArgumentGuard.language(Array(CommandLine.arguments.dropFirst()))
                throw OutOfRange(message: argumentStrings(for: language).wholeNumber(
                    lower: String(range.lowerBound), upper: String(range.upperBound)))
            }
            return value
        }
    }

    /// ArgumentParser prints an error's `description` after "The value … is invalid for …".
    struct OutOfRange: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Whether `argument` is a negative number ("-5", "-0", "-1.5"): never an option in this
    /// program, whose options all start with a letter.
    static func isNegativeNumber(_ argument: String) -> Bool {
        argument.count > 1 && argument.hasPrefix("-") && Double(argument.dropFirst()) != nil
    }

    /// When parsing failed and a negative number stood where no option takes it (a positional
    /// id: the parser reads it as an unknown flag and then misses the id), says what it is in
    /// the user's language and exits 64; otherwise returns. A negative number after an option
    /// is that option's value, and its own range check has already said what is wrong.
    static func explainMistakenNegative(_ arguments: [String]) {
        let positional = arguments.indices.first { index in
            isNegativeNumber(arguments[index])
                && !(index > 0 && arguments[index - 1].hasPrefix("-") && !arguments[index - 1].contains("="))
        }
        guard let positional else { return }
        let number = arguments[positional]
        printError(argumentStrings(for: ArgumentGuard.language(arguments)).negativeID(number))
        exit(ExitStatus.usage.rawValue)
    }
}
