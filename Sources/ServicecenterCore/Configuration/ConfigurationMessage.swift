/// What is wrong with a configuration file or value, as a kind with its details, so that
/// `config check` says it in the chosen language (`ConfigurationStrings`) instead of English
/// details under a Swedish summary. Each kind has one precise sentence per language.
public enum ConfigurationMessage: Hashable, Sendable {
    // The files.
    case directoryNotFound
    case fileMissing
    case notUTF8
    /// The TOML text itself does not parse.
    case syntax(TOMLSyntaxProblem)

    // The shape of the tables.
    case noEntries(table: String)
    case notArrayOfTables(table: String)
    case entryNotTable(index: Int)
    case sectionMissing
    case unknownKey
    case missingRequired
    case wrongType(ExpectedValue)
    case controlCharacter(lineBreaksAllowed: Bool)
    case oneOf([String])
    case language
    case timeOfDay
    case dateFormat
    case dateOutside(window: String)
    /// `[site.opening_hours]`: not "HH:MM-HH:MM" with the opening first, nor "" for closed.
    case openingHours
    /// `[site] started`: not a day as "YYYY-MM-DD" within `window`.
    case siteStarted(window: String)
    /// `[site] started`: a day after `today`, which would refuse every contact until then.
    case siteStartedAfterToday(today: String)

    // The meaning of the values.
    case empty
    case between(lower: Int, upper: Int, unit: RangeUnit)
    case license
    case timeZone
    case percentage
    case unknownSector
    case emptyKeyword
    case loginWithSpaces
    case unknownSkill(channels: [String])
    /// `first` is where the id was first defined, as `SourceLocation.relative` gives it.
    case duplicate(firstLine: Int?, firstFile: String?)
    case identifierCharacters
    /// referrals.toml: a second destination marked `other = true`; `first` is the first one's id, `at` where it is.
    case secondOtherDestination(first: String, at: String)
    /// referrals.toml: a name that, ignoring case and diacritics, is another destination's
    /// (`first`, its id): `log --referred-to NAME` could not tell them apart.
    case referralNameTaken(first: String)
    /// A mailbox or sender that is not one e-mail address `local@domain.tld`.
    case mailAddress
    /// `[delivery] mail_command` empty or not an absolute path to the program.
    case mailCommand

    /// A sentence not (yet) in the tables: shown as written, in English.
    case text(String)
    /// A knowledge article (`knowledge/*.md`) that cannot be read; it is left out at the desk.
    case knowledge(KnowledgeProblem)

    /// What a value should have been.
    public enum ExpectedValue: Hashable, Sendable {
        case string, wholeNumber, number, bool, stringList, stringListElement, table
    }

    /// What a range counts, with the note its sentence carries.
    public enum RangeUnit: Hashable, Sendable {
        case days, noteDays, answerSeconds, workingDays, visitorDesks, suppressBelow, contactMinutes, seconds, attempts
        /// `[reference] year`.
        case year
        /// `[staffing]`: earlier weeks the forecast is taken from; a share of time in whole percent.
        case weeks, percent
    }
}

/// Why the TOML reader could not read a file.
public enum TOMLSyntaxProblem: Hashable, Sendable {
    /// A string opened with `quote` and never closed (on its line, or before the end).
    case unterminatedString(quote: String)
    /// A raw control character (other than tab) inside a string.
    case controlCharacterInString
    /// The same key or table defined twice.
    case redefinition(detail: String)
    /// The text ends in the middle of a value.
    case unexpectedEnd
    /// A table header that does not start with a name (`[=x]`, `[[[[x]]`).
    case unsafeTableHeader
    /// A NUL character or `\u0000` escape.
    case nulCharacter
    /// Anything else, in the parser's own (English) words.
    case parser(detail: String)

    /// Sorts the parser's message into a kind; its wording is toml++'s, from its `set_error` calls.
    public static func classify(_ detail: String) -> TOMLSyntaxProblem {
        if detail.contains("unescaped control character") { return .controlCharacterInString }
        if detail.contains("cannot redefine") || detail.contains("redefinition") { return .redefinition(detail: detail) }
        if detail.contains("encountered end-of-file") { return .unexpectedEnd }
        return .parser(detail: detail)
    }
}
