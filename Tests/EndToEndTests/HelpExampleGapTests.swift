import Foundation
import Testing

/// A `--help` example meant to show the Övrig fråga fallback must use words the shipped
/// catalogue lacks (issue 17): "bostadsbidrag" became a search word and its example silently
/// stopped demonstrating a gap.
@Suite("End to end: help examples of a gap are gaps", .endsWhatItStarts)
struct HelpExampleGapTests {
    @Test("Every Övrig fråga example in log --help really yields a gap: each of its words is counted")
    func helpExampleIsAGap() throws {
        let sandbox = try Sandbox()
        let help = try sandbox.run("log", "--help")
        #expect(help.status == 0)
        // `--category ovrigt … --subject "words"` on one example line.
        let subjects = help.stdout.split(separator: "\n").filter { $0.contains("--category ovrigt") }.compactMap { line in
            line.split(separator: "--subject \"", maxSplits: 1).dropFirst().first?.split(separator: "\"").first.map(String.init)
        }
        #expect(!subjects.isEmpty, "\(help.stdout)")
        for subject in subjects {
            let logged = try sandbox.run("log", "--channel", "phone", "--category", "ovrigt", "--subject", subject)
            #expect(logged.status == 0, "\(logged.stderr)")
            let json = try sandbox.run(as: "admin", "stats", "gaps", "--format", "json")
            let words = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]).compactMap { $0["word"] as? String }
            for word in subject.split(separator: " ") {
                let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                #expect(words.contains(folded), "the example's \"\(word)\" matches a category: \(words)")
            }
        }
    }
}
