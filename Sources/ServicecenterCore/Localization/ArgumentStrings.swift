/// What the command line says about an argument it cannot take: a number outside its range, a
/// negative number where an id belongs, a station the desk does not offer.
public protocol ArgumentStrings: Sendable {
    /// A value is not a whole number from `lower` to `upper` (the option's own range); said
    /// after the parser's "The value '-5' is invalid for '--option'", which names value and option.
    func wholeNumber(lower: String, upper: String) -> String
    /// A negative number (`value`) was typed where an id (a positive whole number) belongs.
    func negativeID(_ value: String) -> String
    /// `option` names a station that is not one of `known`.
    func unknownStation(_ station: String, option: String, known: [String]) -> String
}

public func argumentStrings(for language: Language) -> any ArgumentStrings {
    language == .swedish ? SwedishArgumentStrings() : EnglishArgumentStrings()
}

/// Svenska.
public struct SwedishArgumentStrings: ArgumentStrings {
    public init() {}
    public func wholeNumber(lower: String, upper: String) -> String {
        "värdet ska vara ett heltal från \(lower) till \(upper)."
    }
    public func negativeID(_ value: String) -> String {
        "\(value): ett negativt tal kan inte vara ett id; id:n är heltal från 1 (se --help för kommandot)."
    }
    public func unknownStation(_ station: String, option: String, known: [String]) -> String {
        "\(option) \"\(station)\": ingen sådan station. Kända stationer: \(known.joined(separator: ", ")) "
            + "(antalet besöksdiskar är [site] visit_desks i servicecenter.toml)."
    }
}

/// English.
public struct EnglishArgumentStrings: ArgumentStrings {
    public init() {}
    public func wholeNumber(lower: String, upper: String) -> String {
        "the value must be a whole number from \(lower) to \(upper)."
    }
    public func negativeID(_ value: String) -> String {
        "\(value): a negative number cannot be an id; ids are whole numbers from 1 (see the command's --help)."
    }
    public func unknownStation(_ station: String, option: String, known: [String]) -> String {
        "\(option) \"\(station)\": no such station. Known stations: \(known.joined(separator: ", ")) "
            + "(the number of visitor desks is [site] visit_desks in servicecenter.toml)."
    }
}
