import ArgumentParser
import Foundation
import NcursesTerminal
import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// `servicecenter desk` (the default): the kommunvägledare's screen.
struct DeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "Open the desk screen for logging contacts (the default).",
        discussion: """
            The guide is the login user, who must be in operators.toml. Start typing a search word to \
            log a contact: ↑↓ and Enter choose the category, Enter saves it as resolved, 2 forwards \
            it (then the reason 1–3), 3 refers it elsewhere; letters typed there go into the note. \
            F1 shows every key. Every change is kept as a draft, so a closed terminal or a crash \
            loses nothing: the next start offers it back. With a contact open, F10 or Ctrl-C asks \
            first; a second press quits, keeps the draft and says so.

            Examples:
              servicecenter
              servicecenter desk --lang en
              NO_COLOR=1 servicecenter desk
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try CommandContext(global)
        let guide = try context.loginOperator()
        let store = try context.openStore(creation: .always)
        let text = deskStrings(for: context.text.language)

        let screen = try Screen(needsTerminal: text.needsTerminal)
        let terminal = screen.terminal
        var model = DeskModel(
            configuration: context.configuration, guide: guide, text: text, now: Date(), size: terminal.size, station: nil, draft: nil,
            visitDesks: context.configuration.site.visitDesks)
        if !terminal.supportsUnicode {
            model.notice = .init(kind: .warning, text: text.notUTF8)
        }
        let effects = DeskEffects(store: store)
        let delivery = DeliveryWorker(store: store, configuration: context.configuration, transport: context.mailTransport)
        effects.afterSave = { delivery.wake() }
        let program = Program(
            screen: DeskScreen(model: model), effects: effects, backend: terminal, changes: store, theme: screen.theme, glyphs: screen.glyphs,
            signals: ProgramSignals(stop: { Signals.pendingExceptInterrupt }, interrupts: { Signals.interrupts }))
        // The desk reads the guide's session before its first picture: a draft it cannot see
        // would be overwritten by the first key, so a failed read ends it before anything is shown.
        program.start()
        if let failure = program.screen.startFailure {
            terminal.close()
            throw context.fail(failure)
        }
        delivery.start()
        let status = program.run()
        delivery.stop()
        // Said on the terminal once the screen is gone: a draft kept is not a surprise later.
        screen.terminal.close()
        // Not after a hang-up: nobody reads a terminal that is gone, and writing to it fails.
        if let words = program.screen.exitNotice, status != terminalLostStatus {
            // write(2), not FileHandle: a write that fails (a tty closed under us) must not trap.
            let line = Array(("servicecenter: " + InertText.shown(words) + "\n").utf8)
            _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        try screen.finish(status)
    }
}
