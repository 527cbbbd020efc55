import Foundation
import Testing

/// `log` of a forwarded contact names the hand-over's reference, which is not the contact's id
/// once any contact was not forwarded (issue 18's tester: `handovers show <contact id>` found
/// another case); and nothing is said about masking before a refusal that stores nothing.
@Suite("log names the hand-over it made", .endsWhatItStarts)
struct LogHandoverReferenceTests {
    @Test("stdout keeps the contact's id for scripts; stderr gives the reference and the due day that handovers show takes")
    func reference() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall").stdout == "1\n")
        let logged = try sandbox.run(
            "log", "--channel", "phone", "--category", "bygglov", "--resolution", "forwarded", "--reason", "needs_case_officer",
            "--matter", "Vill veta om altanen kräver bygglov")
        #expect(logged.status == 0 && logged.stdout == "2\n", "\(logged.stderr)")
        #expect(logged.stderr.contains("Ärende 1 · Stadsbyggnadsförvaltningen kontaktar medborgaren senast "), "\(logged.stderr)")
        #expect(logged.stderr.contains("(handovers show 1)"))
        #expect(try sandbox.run("handovers", "show", "1").stdout.contains("Vill veta om altanen"))
        // A resolved contact says nothing of hand-overs.
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall").stderr.isEmpty)
    }

    @Test("A log refused for a missing database says nothing about masking: nothing was stored")
    func noMaskingNoticeBeforeRefusal() throws {
        let sandbox = try Sandbox()
        let refused = try sandbox.run(
            "log", "--database", sandbox.root.appendingPathComponent("fel.sqlite").path, "--channel", "phone", "--category", "avfall",
            "--note", "pnr 811218-9876")
        #expect(refused.status == 69)
        #expect(!refused.stderr.contains("maskerades"), "\(refused.stderr)")
    }
}
