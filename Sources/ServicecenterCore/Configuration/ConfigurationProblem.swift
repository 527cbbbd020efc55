/// One thing wrong in the configuration, with where it is and what to do about it.
public struct ConfigurationProblem: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    /// The key the problem is about, e.g. `category.sector`.
    public var field: String?
    /// The offending value as written.
    public var value: String?
    /// What is wrong, as a kind: `described(_:)` says it in either language.
    public var kind: ConfigurationMessage

    public init(location: SourceLocation, field: String? = nil, value: String? = nil, _ kind: ConfigurationMessage) {
        self.location = location
        self.field = field
        self.value = value
        self.kind = kind
    }

    /// A problem whose sentence is not in the strings tables: shown as written in any language.
    public init(location: SourceLocation, field: String? = nil, value: String? = nil, message: String) {
        self.init(location: location, field: field, value: value, .text(message))
    }

    /// The sentence in English.
    public var message: String { EnglishConfigurationStrings().message(kind) }

    /// The problem in English, as logs and tests read it; `described(_:)` for the user's language.
    public var description: String { described(EnglishConfigurationStrings()) }
}

/// Thrown when the configuration has problems; carries every one of them, not just the first.
public struct InvalidConfiguration: Error, Sendable {
    public var problems: [ConfigurationProblem]
    public init(problems: [ConfigurationProblem]) { self.problems = problems }
}
