import Foundation
import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// The desk and the wallboard on the program loop, as the executable wires them, over any
/// store the test brings (usually a `ScriptedStore`).
enum ProgramFixtures {
    /// Anna's desk, on a fixed clock unless told otherwise; nothing read until it starts.
    static func desk(
        store: any Store, backend: TestBackend, clock: @escaping () -> Date = { DeskFixtures.now }, signals: ProgramSignals = ProgramSignals(),
        theme: Theme = .color, language: Language = .swedish, configuration: Configuration = DeskFixtures.configuration
    ) -> Program<DeskScreen> {
        let model = DeskModel(
            configuration: configuration, guide: DeskFixtures.configuration.operators[0], text: deskStrings(for: language),
            now: clock(), size: backend.size, station: nil, draft: nil)
        return Program(
            screen: DeskScreen(model: model), effects: DeskEffects(store: store, clock: clock), backend: backend, changes: store, theme: theme,
            glyphs: .unicode, clock: clock, signals: signals)
    }

    /// The supervisor's wallboard.
    static func dashboard(
        store: any Store, backend: TestBackend, clock: @escaping () -> Date = { DashboardTests.now }, signals: ProgramSignals = ProgramSignals()
    ) -> Program<DashboardModel> {
        let model = DashboardModel(
            configuration: DeskFixtures.configuration, viewer: DashboardTests.supervisor, text: SwedishDashboardStrings(), now: clock(),
            size: backend.size)
        return Program(
            screen: model, effects: DashboardEffects(store: store, clock: clock), backend: backend, changes: store, theme: .monochrome,
            glyphs: .unicode, clock: clock, signals: signals)
    }
}

extension Program where Screen == DeskScreen {
    var model: DeskModel { screen.model }

    /// Presses each key as the loop would hand it over.
    func press(_ keys: Key...) {
        for key in keys { receive(.key(key)) }
    }

    func type(_ text: String) {
        for character in text { receive(.key(.character(character))) }
    }

    /// The guide's contacts today, as the store keeps them.
    static func stored(in store: any Store) throws -> [Contact] {
        try store.contacts(of: "anna", on: LocalDay(DeskFixtures.now, in: DeskFixtures.zone))
    }
}

extension Program where Screen == DashboardModel {
    var model: DashboardModel { screen }
}
