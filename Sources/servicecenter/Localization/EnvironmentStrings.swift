import ServicecenterCore

/// What the command line says about a setting taken from the environment.
protocol EnvironmentStrings: Sendable {
    /// `variable` holds `value`, which is not whole milliseconds within `range`; `default` applies without it.
    func badMilliseconds(variable: String, value: String, range: ClosedRange<Int>, default: Int) -> String
}

/// The table for `language`; a switch, so a third language cannot fall silently to English.
func environmentStrings(for language: Language) -> any EnvironmentStrings {
    switch language {
    case .swedish: SwedishEnvironmentStrings()
    case .english: EnglishEnvironmentStrings()
    }
}

/// Svenska.
struct SwedishEnvironmentStrings: EnvironmentStrings {
    init() {}
    func badMilliseconds(variable: String, value: String, range: ClosedRange<Int>, default: Int) -> String {
        "Miljövariabeln \(variable) är \"\(value)\"; den ska vara ett heltal millisekunder från \(range.lowerBound) till \(range.upperBound). Rätta eller ta bort den (utan den väntar en skrivning \(`default`) ms). Inget gjordes."
    }
}

/// English.
struct EnglishEnvironmentStrings: EnvironmentStrings {
    init() {}
    func badMilliseconds(variable: String, value: String, range: ClosedRange<Int>, default: Int) -> String {
        "The environment variable \(variable) is \"\(value)\"; it must be whole milliseconds from \(range.lowerBound) to \(range.upperBound). Correct it or unset it (without it a writer waits \(`default`) ms). Nothing was done."
    }
}
