import ArgumentParser
import Foundation
import NcursesTerminal
import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// `servicecenter dashboard`: the supervisor's live wallboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Show the live wallboard: queues, service level, staff, overdue hand-overs, incidents.",
        discussion: """
            For supervisors and admins (role in operators.toml); others are refused (exit 77). The \
            figures follow every desk, import and queue feed within a second. I starts an incident \
            that every desk shows, E ends it, R reads everything again, Tab switches to the per-guide \
            page and back, Q quits. An alert (service level below target in the current interval, \
            a wait past the target, fewer staffed than needed) rings the bell unless the [staffing] \
            settings in Config/ turn it off. 80×24 shows the essentials; a larger terminal (a wall screen) shows more. See README, "The dashboard".

            Examples:
              servicecenter dashboard
              servicecenter dashboard --lang en
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try CommandContext(global)
        let supervisor = try context.requireSupervisor(for: "dashboard")
        let store = try context.openStore()
        let text = dashboardStrings(for: context.text.language)
        let screen = try Screen(needsTerminal: text.needsTerminal)
        var model = DashboardModel(
            configuration: context.configuration, viewer: supervisor, text: text, now: Date(), size: screen.terminal.size)
        // As on the desk: letters without their dots are said, with the way to get them back.
        if !screen.terminal.supportsUnicode {
            model.notice = .init(kind: .warning, text: text.notUTF8)
        }
        let program = Program(
            screen: model, effects: DashboardEffects(store: store, bell: screen.terminal.bell), backend: screen.terminal, changes: store, theme: screen.theme,
            glyphs: screen.glyphs, signals: ProgramSignals(stop: { Signals.pending }))
        try screen.finish(program.run())
    }
}
