import Foundation
import ServicecenterCore
import Testing
@testable import servicecenter

/// Issue 17: a tester read "1 problem i konfigurationen; rätta dem" and "har 1 kontakter".
/// Counts of one take the singular. (Moved from the core's `MessageGrammarTests` with the
/// sentences, which the command line alone says; issue 19.)
@Suite("Command-line messages: singular for one")
struct CommandMessageGrammarTests {
    @Test("One configuration problem is 'det'/'it', more are 'dem'/'them'")
    func configurationProblems() {
        #expect(SwedishCommandStrings().configurationInvalid(problems: 1).hasPrefix("1 problem i konfigurationen; rätta det och"))
        #expect(SwedishCommandStrings().configurationInvalid(problems: 3).hasPrefix("3 problem i konfigurationen; rätta dem och"))
        #expect(EnglishCommandStrings().configurationInvalid(problems: 1).hasPrefix("1 problem in the configuration; fix it and"))
        #expect(EnglishCommandStrings().configurationInvalid(problems: 2).hasPrefix("2 problems in the configuration; fix them and"))
    }

    @Test("demo over real data: 'har 1 kontakt', 'har 2 kontakter'; 'holds 1 contact'")
    func realContacts() {
        let swedish = securityStrings(for: .swedish), english = securityStrings(for: .english)
        #expect(swedish.demoOverRealData(path: "/x", realContacts: 1).contains("har 1 kontakt som"))
        #expect(swedish.demoOverRealData(path: "/x", realContacts: 2).contains("har 2 kontakter som"))
        #expect(english.demoOverRealData(path: "/x", realContacts: 1).contains("holds 1 contact that"))
        #expect(english.demoOverRealData(path: "/x", realContacts: 2).contains("holds 2 contacts that"))
    }
}
