import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// The help lists every key the desk takes: a Ctrl key that does something but is not in the
/// help (Ctrl-O bringing back a draft, Ctrl-C asking to quit) is a key the guide cannot look up.
@Suite("Desk: the help lists every key")
struct DeskHelpKeysTests {
    /// The whole help, paged to its end.
    static func help(_ model: DeskModel) -> String {
        var model = model
        model.press(.function(1))
        var lines = model.view(theme: .color).lines()
        for _ in 0..<8 {
            model.press(.pageDown)
            lines += model.view(theme: .color).lines()
        }
        return lines.joined(separator: "\n")
    }

    /// A snapshot of what a key can change, to tell whether the desk took it.
    static func state(_ model: DeskModel) -> String {
        "\(model.focus) \(String(describing: model.form)) \(model.notice?.text ?? "") \(String(describing: model.guards.confirming)) \(model.laterDrafts.count)"
    }

    @Test("Every Ctrl letter the desk acts on, idle (with a draft for later) or with a contact open, is in the help")
    func controlKeys() {
        var idle = DeskFixtures.model()
        idle.laterDrafts = [ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-600), channel: .phone, search: "sop")]
        var open = DeskFixtures.model()
        open.type("sop")
        open.press(.enter)
        let help = Self.help(open)
        #expect(help.contains("^O") && help.contains("^C"), "\(help)")
        var taken: [String] = []
        // ^H ^I ^J ^M arrive as Backspace, Tab and Enter, which the help names by those names.
        for letter in "abcdefgklnopqrstuvwxyz" {
            for start in [idle, open] {
                var model = start
                let effects = model.update(.key(.control(letter)))
                if !effects.isEmpty || Self.state(model) != Self.state(start) { taken.append("^\(letter.uppercased())") }
            }
        }
        #expect(taken.contains("^O") && taken.contains("^C") && taken.contains("^R"), "\(taken)")
        for key in Set(taken) { #expect(help.contains(key), "\(key) works at the desk but the help does not list it") }
    }

    @Test("The help names each action by every key bound to it")
    func helpKeyNames() {
        #expect(DeskAction.quit.helpKeyName == "F10 ^C")
        #expect(DeskAction.laterDraft.helpKeyName == "^O")
        let help = Self.help(DeskFixtures.model(language: .english))
        #expect(help.contains("bring back a draft put aside for later"))
        // The fixture's site has no articles, so ^L is rightly left out (DeskKnowledgeTests has a site with them).
        for action in DeskAction.formActions where action != .knowledge { #expect(help.contains(action.helpKeyName), "\(action)") }
    }
}
