import Foundation
import Testing
@testable import ServicecenterCore

/// Issue 17: a tester read "1 problem i konfigurationen; rätta dem", "har 1 kontakter" and, in
/// a Swedish sentence about a contact without an end, "(… – now)". Counts of one take the
/// singular; the open end is said in the message's own language.
@Suite("Messages: singular for one, the open end in the message's language")
struct MessageGrammarTests {
    @Test("One configuration problem is 'det'/'it', more are 'dem'/'them'")
    func configurationProblems() {
        #expect(SwedishStrings().configurationInvalid(problems: 1).hasPrefix("1 problem i konfigurationen; rätta det och"))
        #expect(SwedishStrings().configurationInvalid(problems: 3).hasPrefix("3 problem i konfigurationen; rätta dem och"))
        #expect(EnglishStrings().configurationInvalid(problems: 1).hasPrefix("1 problem in the configuration; fix it and"))
        #expect(EnglishStrings().configurationInvalid(problems: 2).hasPrefix("2 problems in the configuration; fix them and"))
    }

    @Test("demo over real data: 'har 1 kontakt', 'har 2 kontakter'; 'holds 1 contact'")
    func realContacts() {
        let swedish = securityStrings(for: .swedish), english = securityStrings(for: .english)
        #expect(swedish.demoOverRealData(path: "/x", realContacts: 1).contains("har 1 kontakt som"))
        #expect(swedish.demoOverRealData(path: "/x", realContacts: 2).contains("har 2 kontakter som"))
        #expect(english.demoOverRealData(path: "/x", realContacts: 1).contains("holds 1 contact that"))
        #expect(english.demoOverRealData(path: "/x", realContacts: 2).contains("holds 2 contacts that"))
    }

    @Test("A contact without an end that lasts too long: '– nu)' in Swedish, '– now)' in English")
    func openEnd() throws {
        var configuration = Fixtures.configuration
        configuration.site.maxContactMinutes = 240
        let now = Fixtures.time(12)
        let dayAgo = Timestamp.utcText(now.addingTimeInterval(-86_400))
        let draft = ContactDraft(startedAt: dayAgo, endedAt: nil, channel: "phone", category: "avfall", resolution: "resolved", operatorUser: "anna")
        let problems: [ContactProblem]
        do {
            _ = try ContactValidator(configuration: configuration).validate(draft, now: now)
            problems = []
        } catch {
            problems = error.problems
        }
        #expect(problems.count == 1)
        let swedish = problems.map(SwedishStrings().contactProblem).joined()
        #expect(swedish.contains("(\(dayAgo) – nu)") && !swedish.contains("now"), "\(swedish)")
        let english = problems.map(EnglishStrings().contactProblem).joined()
        #expect(english.contains("(\(dayAgo) – now)"), "\(english)")
        let reversed = SwedishStrings().contactProblem(.endBeforeStart(started: dayAgo, ended: ContactProblem.noEnd))
        #expect(reversed.contains("slutar (nu)"), "\(reversed)")
    }
}
