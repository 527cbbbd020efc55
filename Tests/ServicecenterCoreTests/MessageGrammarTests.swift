import Foundation
import Testing
@testable import ServicecenterCore

/// Issue 17: a tester read "1 problem i konfigurationen; rätta dem", "har 1 kontakter" and, in
/// a Swedish sentence about a contact without an end, "(… – now)". Counts of one take the
/// singular (the command line's sentences, held in `CommandMessageGrammarTests` since issue 19);
/// the open end is said in the message's own language.
@Suite("Messages: singular for one, the open end in the message's language")
struct MessageGrammarTests {
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
