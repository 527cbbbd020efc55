import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

/// Issue 17: `config check` printed English details under a Swedish summary, and called a
/// string without its closing quote "unescaped control characters". Every kind of problem the
/// TOML reader and the validator report now has its own sentence in both languages.
@Suite("Configuration: every problem said precisely, in Swedish and in English")
struct ConfigurationMessageLanguageTests {
    /// One of every kind (and every sub-kind), with sample details.
    static let everyKind: [ConfigurationMessage] = [
        .directoryNotFound, .fileMissing, .notUTF8,
        .syntax(.unterminatedString(quote: "\"")), .syntax(.controlCharacterInString), .syntax(.redefinition(detail: "x")),
        .syntax(.unexpectedEnd), .syntax(.unsafeTableHeader), .syntax(.nulCharacter), .syntax(.parser(detail: "expected x")),
        .noEntries(table: "category"), .notArrayOfTables(table: "category"), .entryNotTable(index: 2), .sectionMissing,
        .unknownKey, .missingRequired,
        .wrongType(.string), .wrongType(.wholeNumber), .wrongType(.number), .wrongType(.bool), .wrongType(.stringList),
        .wrongType(.stringListElement), .wrongType(.table),
        .controlCharacter(lineBreaksAllowed: true), .controlCharacter(lineBreaksAllowed: false),
        .oneOf(["guide", "admin"]), .language, .timeOfDay, .dateFormat, .dateOutside(window: "1970-01-01 – 2099-12-31"),
        .openingHours, .siteStarted(window: "1970-01-01 – 2099-12-31"), .between(lower: 1, upper: 1440, unit: .contactMinutes),
        .empty, .between(lower: 1, upper: 9, unit: .days), .between(lower: 1, upper: 9, unit: .noteDays),
        .between(lower: 1, upper: 9, unit: .answerSeconds), .between(lower: 0, upper: 9, unit: .workingDays),
        .between(lower: 1, upper: 9, unit: .visitorDesks), .between(lower: 1, upper: 9, unit: .suppressBelow),
        .license, .timeZone, .percentage, .unknownSector, .emptyKeyword, .loginWithSpaces, .unknownSkill(channels: ["phone"]),
        .duplicate(firstLine: 3, firstFile: nil), .duplicate(firstLine: 3, firstFile: "sectors.toml"), .identifierCharacters,
    ]

    @Test("Each kind has a Swedish sentence of its own and an English one, and no two kinds share a sentence")
    func bothLanguages() {
        let swedish = SwedishConfigurationStrings(), english = EnglishConfigurationStrings()
        for kind in Self.everyKind {
            let sv = swedish.message(kind), en = english.message(kind)
            #expect(!sv.isEmpty && !en.isEmpty, "\(kind)")
            #expect(sv != en, "\(kind) is not translated: \(sv)")
        }
        #expect(Set(Self.everyKind.map(swedish.message)).count == Self.everyKind.count)
        #expect(Set(Self.everyKind.map(english.message)).count == Self.everyKind.count)
    }

    /// The problems `text` gives as `servicecenter.toml`, in both languages.
    func problems(_ text: String) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        _ = ConfigurationLoader.parse(text: text, file: "servicecenter.toml", problems: &problems)
        return problems
    }

    @Test("A string without its closing quote is named as one, at the line it opens, in either language",
          arguments: [
            ("[site]\nname = \"Örebro kommun\ntimezone = \"Europe/Stockholm\"\n", 2, "\""),
            ("[site]\nname = 'Örebro kommun\n", 2, "'"),
            ("[site]\n# a \"quote\" in a comment is no string\nname = \"a # b\"\nx = \"\"\"\nseveral\nlines", 4, "\"\"\""),
            ("[site]\nname = '''one\ntwo", 2, "'''"),
            ("[site]\n\"quoted key = 1\n", 2, "\""),
            ("[site]\nname = \"ends with an escaped quote\\\"\n", 2, "\""),
          ])
    func unterminatedString(text: String, line: Int, quote: String) {
        let found = problems(text)
        #expect(found.map(\.kind) == [.syntax(.unterminatedString(quote: quote))], "\(found)")
        #expect(found.first?.location.line == line)
        let sv = found.first?.described(SwedishConfigurationStrings()) ?? ""
        #expect(sv.hasPrefix("servicecenter.toml:\(line): TOML-syntaxfel: sträng utan avslutande citattecken (\(quote))"), "\(sv)")
        #expect(!sv.contains("control") && !sv.contains("styrtecken"))
        #expect(found.first?.description.contains("a string without its closing quote") == true)
    }

    @Test("Closed strings of every kind, with quotes and # inside, are no problem")
    func closedStrings() {
        let text = "[site]\nname = \"a \\\"b\\\" # c\"\nother = 'it # is'\nmulti = \"\"\"\nline \"one\"\n\"\"\"\nraw = '''\nx ' y\n'''\n"
        #expect(UnterminatedStringCheck.first(in: text) == nil)
    }

    @Test("The parser's own errors are sorted into kinds: control character, a key defined twice, an early end, the rest")
    func parserKinds() {
        #expect(problems("[site]\nname = \"a\u{01}b\"\n").map(\.kind) == [.syntax(.controlCharacterInString)])
        #expect(problems("[site]\nname = \"a\"\nname = \"b\"\n").first.map { if case .syntax(.redefinition) = $0.kind { true } else { false } } == true)
        #expect(problems("[site]\nlist = [1, 2").first.map { if case .syntax(.unexpectedEnd) = $0.kind { true } else { false } } == true,
                "\(problems("[site]\nlist = [1, 2"))")
        let other = problems("[site]\nname = = 1\n")
        #expect(other.first.map { if case .syntax(.parser) = $0.kind { true } else { false } } == true, "\(other)")
        let sv = other.first?.described(SwedishConfigurationStrings()) ?? ""
        #expect(sv.hasPrefix("servicecenter.toml:2: TOML-syntaxfel: ") && sv.contains("på engelska"), "\(sv)")
    }

    @Test("A whole check in Swedish has no English sentence in it; in English none in Swedish")
    func wholeCheckInOneLanguage() throws {
        let dir = try ConfigDirectory()
        try dir.append("operators.toml", "\n[[operator]]\nuser = \"a b\"\nname = \"\"\nrole = \"chef\"\nroll = 1\n")
        try dir.append("categories.toml", "\n[[category]]\nid = \"Ny\"\nname = \"\"\nsector = \"okand\"\nresolvable = \"ja\"\n")
        let problems = ConfigurationLoader.read(directory: dir.url).problems
        #expect(problems.count >= 8, "\(problems)")
        for problem in problems {
            let sv = problem.described(SwedishConfigurationStrings())
            for english in ["must ", "is not", "is missing", "holds", "may only"] {
                #expect(!sv.contains(english), "\(sv)")
            }
            let en = problem.described(EnglishConfigurationStrings())
            for swedish in ["ska ", "får ", "finns", "saknas", "är ingen"] {
                #expect(!en.contains(swedish), "\(en)")
            }
        }
    }
}
