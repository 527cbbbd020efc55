import Foundation
import Testing

/// `log` and `import` say in which field personal data was masked (issue 17): a personnummer
/// in the subject with no note was reported as "masked in the note".
@Suite("End to end: the masking message names the field", .endsWhatItStarts)
struct MaskedFieldMessageTests {
    @Test("log: a personnummer in the subject alone is named as masked in the subject, not the note")
    func logSubject() throws {
        let sandbox = try Sandbox()
        let subject = try sandbox.run("log", "--channel", "phone", "--category", "ovrigt", "--subject", "hundskatt 811218-9876")
        #expect(subject.status == 0, "\(subject.stderr)")
        #expect(subject.stderr.contains("Personnummer maskerades i ämnet."), "\(subject.stderr)")
        #expect(!subject.stderr.contains("anteckningen"))
        let both = try sandbox.run(
            "log", "--channel", "phone", "--category", "ovrigt", "--subject", "hundskatt 811218-9876",
            "--note", "ring 070-123 45 67")
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stderr.contains("Personnummer maskerades i ämnet, telefonnummer i anteckningen."), "\(both.stderr)")
    }

    @Test("import: a line whose subject held a personnummer names the subject, with its line number")
    func importSubject() throws {
        let sandbox = try Sandbox()
        let line = #"{"started_at":"2026-11-23T08:05:12+01:00","ended_at":"2026-11-23T08:08:40+01:00","channel":"phone","category":"ovrigt","resolution":"resolved","operator":"anna","subject":"hundskatt 811218-9876"}"#
        let outcome = try sandbox.run("import", "-", input: Data((line + "\n").utf8))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("stdin:1: Personnummer maskerades i ämnet."), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("anteckningen"))
    }
}
