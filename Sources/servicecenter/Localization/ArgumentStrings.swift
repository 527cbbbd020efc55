import ServicecenterCore

/// What the command line says about an argument it cannot take: a number outside its range, a
/// negative number where an id belongs, a station the desk does not offer, a day or a period
/// it cannot read, a format it does not write.
protocol ArgumentStrings: Sendable {
    /// A value is not a whole number from `lower` to `upper` (the option's own range); said
    /// after the parser's "The value '-5' is invalid for '--option'", which names value and option.
    func wholeNumber(lower: String, upper: String) -> String
    /// A negative number (`value`) was typed where an id (a positive whole number) belongs.
    func negativeID(_ value: String) -> String
    /// `option` names a station that is not one of `known`.
    func unknownStation(_ station: String, option: String, known: [String]) -> String
    /// `option`'s `value` is not a day (YYYY-MM-DD, today, yesterday).
    func badDate(_ value: String, option: String) -> String
    /// `option`'s day lies outside `AcceptedTimes`.
    func dayOutsideWindow(_ value: String, option: String) -> String
    /// `--from` is after `--to`.
    func badPeriod(from: LocalDay, to: LocalDay) -> String
    /// `--to` alone, before the day a period begins without `--from` (today, or a command's own).
    func toBeforeStart(to: LocalDay, start: LocalDay) -> String
    /// `stats dump --format` names a format the package is not written in.
    func badFormat(_ value: String) -> String
}

/// The table for `language`; a switch, so a third language cannot fall silently to English.
func argumentStrings(for language: Language) -> any ArgumentStrings {
    switch language {
    case .swedish: SwedishArgumentStrings()
    case .english: EnglishArgumentStrings()
    }
}

/// Svenska.
struct SwedishArgumentStrings: ArgumentStrings {
    init() {}
    func wholeNumber(lower: String, upper: String) -> String {
        "värdet ska vara ett heltal från \(lower) till \(upper)."
    }
    func negativeID(_ value: String) -> String {
        "\(value): ett negativt tal kan inte vara ett id; id:n är heltal från 1 (se --help för kommandot)."
    }
    func unknownStation(_ station: String, option: String, known: [String]) -> String {
        "\(option) \"\(station)\": ingen sådan station. Kända stationer: \(known.joined(separator: ", ")) "
            + "(antalet besöksdiskar är [site] visit_desks i servicecenter.toml)."
    }

    func badDate(_ value: String, option: String) -> String {
        "\(option): \"\(value)\" är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-23"
    }

    func dayOutsideWindow(_ value: String, option: String) -> String {
        "\(option): \(value) ligger utanför de dagar som tas emot (\(AcceptedTimes.description))"
    }

    func badPeriod(from: LocalDay, to: LocalDay) -> String { "--from \(from) ligger efter --to \(to)" }

    func toBeforeStart(to: LocalDay, start: LocalDay) -> String {
        "--to \(to) ligger före \(start), dagen perioden börjar utan --from; ange också --from, t.ex. --from \(to.adding(days: -6)) --to \(to)"
    }

    func badFormat(_ value: String) -> String {
        "Okänt format \"\(value)\" för --format; ange csv, json eller csv,json."
    }
}

/// English.
struct EnglishArgumentStrings: ArgumentStrings {
    init() {}
    func wholeNumber(lower: String, upper: String) -> String {
        "the value must be a whole number from \(lower) to \(upper)."
    }
    func negativeID(_ value: String) -> String {
        "\(value): a negative number cannot be an id; ids are whole numbers from 1 (see the command's --help)."
    }
    func unknownStation(_ station: String, option: String, known: [String]) -> String {
        "\(option) \"\(station)\": no such station. Known stations: \(known.joined(separator: ", ")) "
            + "(the number of visitor desks is [site] visit_desks in servicecenter.toml)."
    }

    func badDate(_ value: String, option: String) -> String {
        "\(option): \"\(value)\" is not a date; write YYYY-MM-DD, e.g. 2026-11-23"
    }

    func dayOutsideWindow(_ value: String, option: String) -> String {
        "\(option): \(value) lies outside the days accepted (\(AcceptedTimes.description))"
    }

    func badPeriod(from: LocalDay, to: LocalDay) -> String { "--from \(from) is after --to \(to)" }

    func toBeforeStart(to: LocalDay, start: LocalDay) -> String {
        "--to \(to) is before \(start), the day the period begins without --from; give --from too, e.g. --from \(to.adding(days: -6)) --to \(to)"
    }

    func badFormat(_ value: String) -> String {
        "Unknown format \"\(value)\" for --format; give csv, json or csv,json."
    }
}
