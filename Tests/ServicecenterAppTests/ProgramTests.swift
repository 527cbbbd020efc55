import Foundation
import Testing
import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// A screen that only writes down what it is told, to see the loop from a screen's side.
struct RecordingScreen: ProgramScreen {
    enum Message: Equatable {
        case event(ProgramEvent)
        case echoed(String)
    }

    enum Effect {
        case echo(String)
        case quit
    }

    var size: Size
    var showsRunningTime = false
    var glyphs: Glyphs = .unicode
    var received: [Message] = []

    func start() -> [Effect] { [.echo("started")] }

    mutating func update(_ message: Message) -> [Effect] {
        received.append(message)
        if case .event(.resized(let newSize)) = message { size = newSize }
        if case .event(.key(.character("q"))) = message { return [.quit] }
        return []
    }

    func view(theme: Theme, glyphs: Glyphs?) -> Buffer { Buffer(size: size) }

    static func message(for event: ProgramEvent) -> Message? { .event(event) }

    var events: [ProgramEvent] {
        received.compactMap { if case .event(let event) = $0 { event } else { nil } }
    }
}

/// Runs the recording screen's effects: an echo comes back as a message.
final class RecordingEffects: EffectHandler {
    func perform(_ effect: RecordingScreen.Effect, for screen: RecordingScreen) -> EffectResult<RecordingScreen.Message> {
        switch effect {
        case .echo(let words): .message(.echoed(words))
        case .quit: .quit
        }
    }
}

/// Commits "elsewhere", as a test says.
final class Commits: ChangeSignal, @unchecked Sendable {
    var count = 0
    func changeMark() -> ChangeMark { ChangeMark(count) }
}

@Suite("The program loop")
struct ProgramTests {
    static let start = DeskFixtures.now

    /// A recording screen on an 80×24 terminal whose waits let simulated time pass, stopped
    /// (SIGTERM) after `stopAfterWaits` of them.
    func program(stopAfterWaits: Int) -> (Program<RecordingScreen>, TestBackend, Commits) {
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let commits = Commits()
        let clock = SimulatedClock(from: Self.start, for: 60)
        var waits = 0
        backend.waited = { milliseconds in
            waits += 1
            clock.advance(milliseconds)
        }
        let program = Program(
            screen: RecordingScreen(size: backend.size), effects: RecordingEffects(), backend: backend, changes: commits, theme: .monochrome,
            glyphs: .unicode, clock: { clock.now }, signals: ProgramSignals(stop: { waits >= stopAfterWaits ? SIGTERM : 0 }))
        return (program, backend, commits)
    }

    @Test("A tick, a resize, a store change and a stop signal each reach the screen as a message, after its start-up effects")
    func eventsArriveAsMessages() {
        let (program, backend, commits) = program(stopAfterWaits: 3)
        backend.keys = [.character("x")]
        program.start()
        #expect(program.screen.received == [.echoed("started")], "start-up effects run before anything else")
        commits.count += 1
        backend.size = Size(width: 100, height: 30)
        #expect(program.run() == 128 + SIGTERM)
        let events = program.screen.events
        #expect(events.first == .storeChanged)
        #expect(events.contains(.resized(Size(width: 100, height: 30))))
        #expect(events.contains(.key(.character("x"))))
        #expect(events.contains(.tick(Self.start.addingTimeInterval(0.5))), "the time after a wait that found no key")
        #expect(events.last == .ending(.signal(SIGTERM)))
        #expect(events.filter { $0 == .storeChanged }.count == 1, "one commit elsewhere, one message")
    }

    @Test("A screen that quits gets its last word and the loop returns 0; Ctrl-C as a signal arrives as a message")
    func quitAndInterrupt() {
        let backend = TestBackend(size: Size(width: 80, height: 24))
        var interrupts: Int32 = 0
        let program = Program(
            screen: RecordingScreen(size: backend.size), effects: RecordingEffects(), backend: backend, changes: Commits(), theme: .monochrome,
            glyphs: .unicode, signals: ProgramSignals(interrupts: { interrupts }))
        backend.keys = [.character("a")]
        // The first wait finds no key once "a" is read: Ctrl-C arrives, then "q" quits.
        backend.waited = { _ in
            interrupts = 1
            backend.keys = [.character("q")]
        }
        #expect(program.run() == 0)
        let events = program.screen.events
        #expect(events.contains(.interrupted))
        #expect(events.last == .ending(.quit))
    }

    @Test("A store that never changes is never reported; the mark is taken before the start-up reads")
    func quietStore() {
        let (program, _, _) = program(stopAfterWaits: 4)
        #expect(program.run() == 128 + SIGTERM)
        #expect(!program.screen.events.contains(.storeChanged))
    }

    /// Drives any screen the same way: started, then its terminal lost at the first wait.
    func endOnALostTerminal<Screen>(_ program: Program<Screen>, _ backend: TestBackend) -> Int32 {
        backend.waited = { _ in backend.isLost = true }
        return program.run()
    }

    @Test("The desk and the wallboard run on the one loop: the same driver starts, draws and ends both")
    func desksAndBoardsShareTheLoop() throws {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        let deskBackend = TestBackend(size: Size(width: 80, height: 24))
        let boardBackend = TestBackend(size: Size(width: 80, height: 24))
        let desk = ProgramFixtures.desk(store: store, backend: deskBackend)
        let board = ProgramFixtures.dashboard(store: store, backend: boardBackend)
        #expect(endOnALostTerminal(desk, deskBackend) == terminalLostStatus)
        #expect(endOnALostTerminal(board, boardBackend) == terminalLostStatus)
        #expect(deskBackend.drawCount == 1 && boardBackend.drawCount == 1)
        #expect(store.count(.liveDay) == 1, "the board read its day once, at its start")
        #expect(store.count(.station) == 1 && store.count(.draft) == 1, "the desk read its session once, at its start")
    }
}
