import Foundation
import ServicecenterCore
import TerminalUI

/// The one loop every screen runs on (Bubble Tea's `Program`): it starts the screen, turns
/// keys, time, resizes, store changes, Ctrl-C and stop signals into the screen's messages,
/// hands the effects `update` returns to the screen's effect handler and feeds the results
/// back, and draws only when something the screen shows may have changed.
public final class Program<Screen: ProgramScreen> {
    public private(set) var screen: Screen
    let perform: (Screen.Effect, Screen) -> EffectResult<Screen.Message>
    let backend: TerminalBackend
    let theme: Theme
    let glyphs: Glyphs
    let clock: () -> Date
    let signals: ProgramSignals
    var watch: ChangeWatch
    var started = false
    var quit = false
    /// Set when a message may have changed the picture.
    var dirty = true
    var seenInterrupts: Int32 = 0

    public init<Effects: EffectHandler<Screen>>(
        screen: Screen, effects: Effects, backend: TerminalBackend, changes: any ChangeSignal, theme: Theme, glyphs: Glyphs,
        clock: @escaping () -> Date = Date.init, signals: ProgramSignals = ProgramSignals()
    ) {
        self.screen = screen
        // The screen measures text for scrolling as it will be drawn.
        self.screen.glyphs = glyphs
        perform = effects.perform
        self.backend = backend
        self.theme = theme
        self.glyphs = glyphs
        self.clock = clock
        self.signals = signals
        watch = ChangeWatch(signal: changes)
    }

    /// Runs until the screen quits or a signal or a lost terminal ends it; tells the screen it
    /// is ending, runs its last effects, and returns the exit status (0, or 128 + the signal).
    public func run() -> Int32 {
        start()
        let end = loop()
        receive(.ending(end))
        return end.exitStatus
    }

    /// Runs the screen's start-up effects (once). The store's change mark is taken first, so
    /// a commit elsewhere during the start-up reads is read again at the first look.
    public func start() {
        guard !started else { return }
        started = true
        _ = watch.changed()
        for effect in screen.start() { run(effect) }
    }

    func loop() -> ProgramEnd {
        var visibleClock = VisibleClock(clock())
        while !quit {
            let signal = signals.stop()
            if signal != 0 { return .signal(signal) }
            if let end = takeInterrupts() { return end }
            // The terminal went away while SIGHUP was ignored: end as a hang-up would (the screen
            // keeps what was typed as it ends), rather than spin on a dead tty.
            if backend.isLost { return .terminalLost }
            pollStore()
            if dirty { draw() }
            let key = backend.readKey(timeoutMilliseconds: ChangeWatch.pollMilliseconds)
            let now = clock()
            // Waits and talk times grow by the second when shown; otherwise only the minute on
            // the clock shows, and an idle screen draws once a minute.
            if visibleClock.moved(to: now, showingSeconds: screen.showsRunningTime) { dirty = true }
            receive(.tick(now))
            if backend.size != screen.size {
                receive(.resized(backend.size))
                dirty = true
            }
            if let key {
                receive(.key(key))
                dirty = true
            }
        }
        return .quit
    }

    /// Hands each Ctrl-C that arrived since the last look to the screen; the end, if one quit.
    func takeInterrupts() -> ProgramEnd? {
        let count = signals.interrupts()
        guard count != seenInterrupts else { return nil }
        // Two quick presses between reads are the question and its answer.
        let new = min(2, Int(count &- seenInterrupts))
        seenInterrupts = count
        for _ in 0..<max(1, new) where !quit { receive(.interrupted) }
        dirty = true
        return quit ? .interrupted : nil
    }

    /// Tells the screen when another process committed since the last look.
    public func pollStore() {
        guard watch.changed() else { return }
        receive(.storeChanged)
        dirty = true
    }

    /// Hands what the loop learned to the screen, as the screen's own message.
    public func receive(_ event: ProgramEvent) {
        if let message = Screen.message(for: event) { dispatch(message) }
    }

    /// Feeds one message (and the messages its effects produce) through the screen.
    public func dispatch(_ message: Screen.Message) {
        for effect in screen.update(message) { run(effect) }
    }

    func run(_ effect: Screen.Effect) {
        switch perform(effect, screen) {
        case .done: break
        case .message(let message): dispatch(message)
        case .readFailed(let message):
            watch.lastMark = nil
            if let message { dispatch(message) }
        case .quit: quit = true
        }
    }

    public func draw() {
        backend.draw(screen.view(theme: theme, glyphs: glyphs))
        dirty = false
    }
}
