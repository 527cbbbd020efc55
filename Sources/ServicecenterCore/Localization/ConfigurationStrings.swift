/// What `config check` (and any command refused for a bad configuration) says about each
/// problem: every `ConfigurationMessage` in Swedish and in English.
public protocol ConfigurationStrings: Sendable {
    func message(_ message: ConfigurationMessage) -> String
}

public func configurationStrings(for language: Language) -> any ConfigurationStrings {
    language == .swedish ? SwedishConfigurationStrings() : EnglishConfigurationStrings()
}

extension ConfigurationProblem {
    /// The problem as one line in the table's language: `file:line: field "value": message`.
    public func described(_ strings: any ConfigurationStrings) -> String {
        var text = "\(location): "
        if let field { text += "\(field)" }
        if let value { text += (field == nil ? "" : " ") + "\"\(value)\"" }
        if field != nil || value != nil { text += ": " }
        return text + strings.message(kind)
    }
}

/// Svenska.
public struct SwedishConfigurationStrings: ConfigurationStrings {
    public init() {}

    public func message(_ message: ConfigurationMessage) -> String {
        switch message {
        case .directoryNotFound: "konfigurationsmappen finns inte; ange --config MAPP eller sätt SERVICECENTER_CONFIG"
        case .fileMissing: "filen saknas eller går inte att läsa; varje site behöver den (se Config/ i förrådet)"
        case .notUTF8: "är inte giltig UTF-8; spara filen som UTF-8"
        case .syntax(let problem): "TOML-syntaxfel: " + syntax(problem)
        case .noEntries(let table): "inga poster; lägg till minst en [[\(table)]]-tabell"
        case .notArrayOfTables(let table): "ska skrivas som [[\(table)]]-tabeller"
        case .entryNotTable(let index): "post \(index) är ingen tabell"
        case .sectionMissing: "saknas; den namnger siten"
        case .unknownKey: "är ingen känd inställning; kontrollera stavningen mot docs/configuration.md"
        case .missingRequired: "saknas; den är obligatorisk"
        case .wrongType(let expected): "ska vara " + self.expected(expected)
        case .controlCharacter(let lines):
            "innehåller ett styrtecken, DEL eller en riktningsomkastning (visas som ␛, ␡, � …), som en text i "
                + "konfigurationen inte får innehålla; skriv värdet utan det ("
                + (lines ? "radbrytning och tabb går bra här" : "radbrytning och tabb går bara i guidance") + ")"
        case .oneOf(let values): "ska vara en av " + values.joined(separator: ", ")
        case .language: "ska vara \"sv\" eller \"en\""
        case .timeOfDay: "ska vara ett klockslag som \"TT:MM\", t.ex. \"16:30\""
        case .dateFormat: "ska vara datum som \"ÅÅÅÅ-MM-DD\""
        case .dateOutside(let window): "ska ligga inom \(window); ta bort dagen eller rätta året"
        case .openingHours:
            "ska vara öppning och stängning som \"TT:MM-TT:MM\", den första tidigast, t.ex. \"08:00-16:30\"; \"\" för stängt"
        case .siteStarted(let window): "ska vara dagen siten började som \"ÅÅÅÅ-MM-DD\" inom \(window), t.ex. \"2020-01-01\""
        case .siteStartedAfterToday(let today):
            "ligger efter i dag (\(today)), så varje kontakt fram till dess skulle vägras; ange dagen siten började, senast i dag"
        case .empty: "får inte vara tom"
        case .between(let lower, let upper, let unit): between(lower, upper, unit)
        case .license: "ska vara ett SPDX-licens-id, som CC0-1.0 eller CC-BY-4.0"
        case .timeZone: "är ingen känd tidszon; använd ett IANA-namn som Europe/Stockholm"
        case .percentage: "ska vara en procentsats över 0 och högst 100"
        case .unknownSector: "är ingen förvaltning i sectors.toml; använd ett av dess id"
        case .emptyKeyword: "innehåller ett tomt sökord"
        case .loginWithSpaces: "ska vara ett inloggningsnamn utan mellanslag"
        case .unknownSkill(let channels): "är ingen kanal; använd \(channels.joined(separator: ", "))"
        case .duplicate(let line, let file): "finns redan; först definierad " + [line.map { "på rad \($0)" }, file.map { "i \($0)" }].compactMap { $0 }.joined(separator: " ")
        case .identifierCharacters: "får bara innehålla a-z, 0-9, '_' och '-' (skriv å, ä, ö i namnet i stället)"
        case .secondOtherDestination(let first, let at):
            "markerar en andra \"annan\"-destination; \"\(first)\" är redan en (\(at)); markera bara en med other = true"
        case .referralNameTaken(let first):
            "är samma namn som destinationen \"\(first)\" (skiftläge och å, ä, ö räknas inte); ge dem olika namn"
        case .mailAddress: "ska vara en e-postadress som \"namn@kommun.se\", utan mellanslag, <>, komma eller citattecken"
        case .mailCommand: "ska börja med programmets hela sökväg, t.ex. \"/usr/sbin/sendmail -t\" (ingen skalsyntax)"
        case .text(let text): text
        case .knowledge(let problem): knowledge(problem)
        }
    }

    func syntax(_ problem: TOMLSyntaxProblem) -> String {
        switch problem {
        case .unterminatedString(let quote):
            "sträng utan avslutande citattecken (\(quote)); avsluta den på samma rad, eller skriv en text över flera rader inom \"\"\""
        case .controlCharacterInString:
            "ett styrtecken i en sträng; skriv det som escape-sekvens (\\t, \\n, \\u001B) eller ta bort det"
        case .redefinition:
            "samma nyckel eller tabell definieras två gånger; ta bort den ena eller byt namn på den"
        case .unexpectedEnd: "filen tar slut mitt i ett värde; avsluta strängen, listan eller tabellen"
        case .unsafeTableHeader:
            "en tabellrubrik ska börja med ett namn efter hakparenteserna, som [site] eller [[category]]; rätta eller ta bort raden"
        case .nulCharacter: "ett NUL-tecken (\\u0000) är inte tillåtet: värdet skulle klippas av där; ta bort det"
        case .parser(let detail): "\(detail) (TOML-tolkens beskrivning, på engelska); rätta raden"
        }
    }

    func expected(_ value: ConfigurationMessage.ExpectedValue) -> String {
        switch value {
        case .string: "en sträng inom citattecken"
        case .wholeNumber: "ett heltal"
        case .number: "ett tal"
        case .bool: "true eller false"
        case .stringList: "en lista med strängar, t.ex. [\"a\", \"b\"]"
        case .stringListElement: "en lista med strängar"
        case .table: "en tabell"
        }
    }

    func between(_ lower: Int, _ upper: Int, _ unit: ConfigurationMessage.RangeUnit) -> String {
        switch unit {
        case .days: "ska vara mellan \(lower) och \(upper) dagar"
        case .noteDays: "ska vara mellan \(lower) och \(upper) dagar (hundra år)"
        case .answerSeconds: "ska vara mellan \(lower) och \(upper) sekunder (ett dygn)"
        case .workingDays: "ska vara mellan \(lower) och \(upper) arbetsdagar"
        case .visitorDesks: "ska vara mellan \(lower) och \(upper) besöksdiskar"
        case .suppressBelow: "ska vara mellan \(lower) (dölj inget) och \(upper); 3 döljer antal på 1 och 2"
        case .contactMinutes: "ska vara mellan \(lower) och \(upper) minuter (ett dygn); 240 är fyra timmar"
        case .seconds: "ska vara mellan \(lower) och \(upper) sekunder"
        case .attempts: "ska vara mellan \(lower) och \(upper) försök"
        case .year: "ska vara ett årtal från \(lower) till \(upper), det år referensvärdena gäller"
        case .weeks: "ska vara mellan \(lower) och \(upper) veckor"
        case .percent: "ska vara mellan \(lower) och \(upper) procent"
        }
    }
}

/// English.
public struct EnglishConfigurationStrings: ConfigurationStrings {
    public init() {}

    public func message(_ message: ConfigurationMessage) -> String {
        switch message {
        case .directoryNotFound: "configuration directory not found; pass --config DIR or set SERVICECENTER_CONFIG"
        case .fileMissing: "file is missing or unreadable; every site needs it (see Config/ in the repository)"
        case .notUTF8: "is not valid UTF-8; save it as UTF-8"
        case .syntax(let problem): "TOML syntax error: " + syntax(problem)
        case .noEntries(let table): "no entries; add at least one [[\(table)]] table"
        case .notArrayOfTables(let table): "must be written as [[\(table)]] tables"
        case .entryNotTable(let index): "entry \(index) is not a table"
        case .sectionMissing: "is missing; it names the site"
        case .unknownKey: "is not a known setting; check the spelling against docs/configuration.md"
        case .missingRequired: "is missing; it is required"
        case .wrongType(let expected): "must be " + self.expected(expected)
        case .controlCharacter(let lines):
            "holds a control character, DEL or bidirectional override (shown as ␛, ␡, � …), which a configuration "
                + "text must not hold; retype the value without it ("
                + (lines ? "line breaks and tabs are fine here" : "line breaks and tabs go only in guidance") + ")"
        case .oneOf(let values): "must be one of " + values.joined(separator: ", ")
        case .language: "must be \"sv\" or \"en\""
        case .timeOfDay: "must be a time of day as \"HH:MM\", e.g. \"16:30\""
        case .dateFormat: "must be dates as \"YYYY-MM-DD\""
        case .dateOutside(let window): "must lie in \(window); remove the day or correct its year"
        case .openingHours:
            "must be opening and closing time as \"HH:MM-HH:MM\", the first earlier, e.g. \"08:00-16:30\"; \"\" for closed"
        case .siteStarted(let window): "must be the day the site began as \"YYYY-MM-DD\" in \(window), e.g. \"2020-01-01\""
        case .siteStartedAfterToday(let today):
            "lies after today (\(today)), so every contact until then would be refused; give the day the site began, today at the latest"
        case .empty: "must not be empty"
        case .between(let lower, let upper, let unit): between(lower, upper, unit)
        case .license: "must be an SPDX licence id such as CC0-1.0 or CC-BY-4.0"
        case .timeZone: "is not a known time zone; use an IANA name such as Europe/Stockholm"
        case .percentage: "must be a percentage above 0 and at most 100"
        case .unknownSector: "is not a sector in sectors.toml; use one of its ids"
        case .emptyKeyword: "holds an empty search word"
        case .loginWithSpaces: "must be a login name without spaces"
        case .unknownSkill(let channels): "is not a channel; use \(channels.joined(separator: ", "))"
        case .duplicate(let line, let file):
            "is a duplicate; first defined at " + (file.map { name in line.map { "\(name):\($0)" } ?? name } ?? line.map { "line \($0)" } ?? "")
        case .identifierCharacters: "may only hold a-z, 0-9, '_' and '-' (write å, ä, ö in the name instead)"
        case .secondOtherDestination(let first, let at):
            "marks a second \"other\" destination; \"\(first)\" already is one (\(at)); mark only one with other = true"
        case .referralNameTaken(let first):
            "is the same name as destination \"\(first)\" (case and å, ä, ö aside); give them different names"
        case .mailAddress: "must be one e-mail address such as \"name@kommun.se\", without spaces, <>, commas or quotes"
        case .mailCommand: "must begin with the program's full path, e.g. \"/usr/sbin/sendmail -t\" (no shell syntax)"
        case .text(let text): text
        case .knowledge(let problem): knowledge(problem)
        }
    }

    func syntax(_ problem: TOMLSyntaxProblem) -> String {
        switch problem {
        case .unterminatedString(let quote):
            "a string without its closing quote (\(quote)); close it on the same line, or write a text of several lines inside \"\"\""
        case .controlCharacterInString:
            "a control character inside a string; write it as an escape (\\t, \\n, \\u001B) or remove it"
        case .redefinition: "the same key or table is defined twice; remove one or rename it"
        case .unexpectedEnd: "the file ends in the middle of a value; close the string, list or table"
        case .unsafeTableHeader:
            "a table header must start with a name after its brackets, as in [site] or [[category]]; fix or remove the line"
        case .nulCharacter: "a NUL character (\\u0000) is not allowed: the value would be cut off there; remove it"
        case .parser(let detail): detail
        }
    }

    func expected(_ value: ConfigurationMessage.ExpectedValue) -> String {
        switch value {
        case .string: "a string in quotes"
        case .wholeNumber: "a whole number"
        case .number: "a number"
        case .bool: "true or false"
        case .stringList: "a list of strings, e.g. [\"a\", \"b\"]"
        case .stringListElement: "a list of strings"
        case .table: "a table"
        }
    }

    func between(_ lower: Int, _ upper: Int, _ unit: ConfigurationMessage.RangeUnit) -> String {
        switch unit {
        case .days: "must be between \(lower) and \(upper) days"
        case .noteDays: "must be between \(lower) and \(upper) days (a hundred years)"
        case .answerSeconds: "must be between \(lower) and \(upper) seconds (a day)"
        case .workingDays: "must be between \(lower) and \(upper) working days"
        case .visitorDesks: "must be between \(lower) and \(upper) visitor desks"
        case .suppressBelow: "must be between \(lower) (withhold nothing) and \(upper); 3 withholds counts of 1 and 2"
        case .contactMinutes: "must be between \(lower) and \(upper) minutes (a day); 240 is four hours"
        case .seconds: "must be between \(lower) and \(upper) seconds"
        case .attempts: "must be between \(lower) and \(upper) attempts"
        case .year: "must be a year from \(lower) to \(upper), the year the reference figures describe"
        case .weeks: "must be between \(lower) and \(upper) weeks"
        case .percent: "must be between \(lower) and \(upper) percent"
        }
    }
}
