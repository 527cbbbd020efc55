/// One thing wrong in the configuration, with where it is and what to do about it.
public struct ConfigurationProblem: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    /// The key the problem is about, e.g. `category.sector`.
    public var field: String?
    /// The offending value as written.
    public var value: String?
    public var message: String

    public init(location: SourceLocation, field: String? = nil, value: String? = nil, message: String) {
        self.location = location
        self.field = field
        self.value = value
        self.message = message
    }

    public var description: String {
        var text = "\(location): "
        if let field { text += "\(field)" }
        if let value { text += (field == nil ? "" : " ") + "\"\(value)\"" }
        if field != nil || value != nil { text += ": " }
        return text + message
    }
}

/// Thrown when the configuration has problems; carries every one of them, not just the first.
public struct InvalidConfiguration: Error, Sendable {
    public var problems: [ConfigurationProblem]
    public init(problems: [ConfigurationProblem]) { self.problems = problems }
}
