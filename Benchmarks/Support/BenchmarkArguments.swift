import Foundation

/// One option a benchmark takes, with what its value must be.
public struct BenchmarkOption: Sendable {
    /// What a value must be: checked before anything runs, so a typo never starts a long run.
    public enum Kind: Sendable {
        /// A whole number in the range.
        case wholeNumber(ClosedRange<Int>)
        /// A number of seconds above zero.
        case seconds
        /// Whole numbers in the range, separated by commas.
        case wholeNumbers(ClosedRange<Int>)
        /// A file path.
        case path
    }

    public var name: String
    public var valueName: String
    public var help: String
    public var kind: Kind

    public init(_ name: String, _ valueName: String, _ help: String, _ kind: Kind) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.kind = kind
    }
}

/// The command line of a benchmark executable. The benchmarks read their options by name and
/// ignored everything else, so `--help` (or a misspelt option) started a run of many minutes
/// that builds gigabytes of data. Every benchmark now answers `--help` with its usage (exit 0)
/// and refuses an unknown argument, a missing value or a value out of range (exit 64, as the
/// program's own command line does), before it does any work.
public struct BenchmarkArguments {
    public let values: [String: String]

    /// Parses `arguments` (the program's, with its path first) or exits.
    public init(program: String, summary: String, options: [BenchmarkOption], arguments: [String] = CommandLine.arguments) {
        switch Self.parse(Array(arguments.dropFirst()), options: options) {
        case .success(let values):
            self.values = values
        case .failure(.help):
            print(Self.usage(program: program, summary: summary, options: options))
            exit(0)
        case .failure(let refusal):
            FileHandle.standardError.write(Data("\(program): \(refusal.message); see \(program) --help\n".utf8))
            exit(64)
        }
    }

    /// Why the arguments were not taken (or that help was asked for).
    public enum Refusal: Error, Equatable {
        case help
        case unknown(String)
        case missingValue(String)
        case badValue(option: String, value: String, expected: String)

        public var message: String {
            switch self {
            case .help: "help"
            case .unknown(let argument): "unknown argument \"\(argument)\""
            case .missingValue(let option): "\(option) needs a value"
            case .badValue(let option, let value, let expected): "\(option) \"\(value)\": must be \(expected)"
            }
        }
    }

    /// The values by option name, or why not; pure, for tests.
    public static func parse(_ arguments: [String], options: [BenchmarkOption]) -> Result<[String: String], Refusal> {
        let known = Dictionary(uniqueKeysWithValues: options.map { ($0.name, $0) })
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            var argument = arguments[index]
            var inline: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                inline = String(argument[argument.index(after: equals)...])
                argument = String(argument[..<equals])
            }
            if argument == "--help" || argument == "-h" { return .failure(.help) }
            guard let option = known[argument] else { return .failure(.unknown(arguments[index])) }
            // The next word is the value whatever it starts with, so "-5" is refused as a value.
            guard let value = inline ?? (index + 1 < arguments.count ? arguments[index + 1] : nil) else {
                return .failure(.missingValue(argument))
            }
            if let expected = problem(value, option.kind) {
                return .failure(.badValue(option: argument, value: value, expected: expected))
            }
            values[argument] = value
            index += inline == nil ? 2 : 1
        }
        return .success(values)
    }

    /// What `value` should have been, or nil when it is fine.
    static func problem(_ value: String, _ kind: BenchmarkOption.Kind) -> String? {
        switch kind {
        case .wholeNumber(let range):
            guard let number = Int(value), range.contains(number) else { return "a whole number from \(range.lowerBound) to \(range.upperBound)" }
        case .wholeNumbers(let range):
            let parts = value.split(separator: ",", omittingEmptySubsequences: false)
            guard !parts.isEmpty, parts.allSatisfy({ Int($0).map(range.contains) == true }) else {
                return "whole numbers from \(range.lowerBound) to \(range.upperBound), separated by commas"
            }
        case .seconds:
            guard let number = Double(value), number.isFinite, number > 0 else { return "a number of seconds above 0" }
        case .path:
            guard !value.isEmpty else { return "a file path" }
        }
        return nil
    }

    public static func usage(program: String, summary: String, options: [BenchmarkOption]) -> String {
        let width = options.map { $0.name.count + $0.valueName.count + 1 }.max() ?? 0
        let lines = options.map { option in
            let left = "\(option.name) \(option.valueName)"
            return "  " + left + String(repeating: " ", count: max(1, width - left.count + 2)) + option.help
        }
        return (["\(summary)", "", "Usage: \(program) [options]", "", "Options:"] + lines
            + ["  -h, --help" + String(repeating: " ", count: max(1, width - 8)) + "Show this help and exit without running."])
            .joined(separator: "\n")
    }

    /// The value of `name`, if given.
    public func callAsFunction(_ name: String) -> String? { values[name] }
}
