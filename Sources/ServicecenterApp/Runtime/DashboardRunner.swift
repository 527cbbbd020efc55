import Foundation
import ServicecenterCore
import TerminalUI

/// Runs the wallboard: reads keys, watches the database for changes by other processes,
/// re-reads the day when it changed, and draws only when something did.
public final class DashboardRunner {
    public private(set) var model: DashboardModel
    let store: Store
    let backend: TerminalBackend
    let theme: Theme
    let glyphs: Glyphs
    let clock: () -> Date
    let stopRequested: () -> Int32
    var watch: ChangeWatch
    var quit = false
    /// Set when a message may have changed the picture.
    var dirty = true
    /// Reads of the day since start: the benchmark and tests count them.
    public private(set) var reloads = 0

    public init(
        model: DashboardModel, store: Store, backend: TerminalBackend, theme: Theme, glyphs: Glyphs,
        clock: @escaping () -> Date = Date.init, stopRequested: @escaping () -> Int32 = { 0 }
    ) {
        self.model = model
        self.store = store
        self.backend = backend
        self.theme = theme
        self.glyphs = glyphs
        // The model measures text for scrolling as it will be drawn.
        self.model.glyphs = glyphs
        self.clock = clock
        self.stopRequested = stopRequested
        watch = ChangeWatch(signal: store)
    }

    /// Runs until the supervisor quits (returns 0) or a signal asks to stop (128 + signal).
    public func run() -> Int32 {
        var visibleClock = VisibleClock(clock())
        while !quit {
            let signal = stopRequested()
            if signal != 0 { return 128 + signal }
            // The terminal went away while SIGHUP was ignored: end as a hang-up would (the draft
            // is already saved with every key), rather than spin on a dead tty.
            if backend.isLost { return terminalLostStatus }
            pollForChanges()
            if dirty {
                draw()
                dirty = false
            }
            let key = backend.readKey(timeoutMilliseconds: ChangeWatch.pollMilliseconds)
            let now = clock()
            // Waits grow by the second even when nothing is written, so the clock redraws them;
            // with nobody waiting or on duty only the minute shows, and an idle board sleeps.
            if visibleClock.moved(to: now, showingSeconds: model.showsRunningTime) { dispatch(.tick(now)) }
            if backend.size != model.size { dispatch(.resized(backend.size)) }
            if let key { dispatch(.key(key)) }
        }
        return 0
    }

    /// Re-reads the day when another process committed since the last look.
    public func pollForChanges() {
        if watch.changed(), let day = perform(.reload) { dispatch(day) }
    }

    public func dispatch(_ message: DashboardMessage) {
        dirty = true
        for effect in model.update(message) {
            if let result = perform(effect) { dispatch(result) }
        }
    }

    public func draw() {
        backend.draw(model.view(theme: theme, glyphs: glyphs))
    }

    func perform(_ effect: DashboardEffect) -> DashboardMessage? {
        let user = model.viewer.user
        switch effect {
        case .reload:
            reloads += 1
            do {
                return .loaded(try store.liveDay(LocalDay(clock(), in: model.configuration.timeZone)))
            } catch {
                // Briefly locked, say: ask again at the next poll rather than at the next change.
                watch.lastMark = nil
                return .loadFailed(error)
            }
        case .startIncident(let title, let message):
            do { return .incidentStarted(try store.startIncident(title: title, message: message, by: user, now: clock())) } catch {
                return .incidentRefused(error)
            }
        case .endIncident(let id):
            do { return .incidentEnded(try store.endIncident(id, by: user, now: clock())) } catch { return .incidentRefused(error) }
        case .quit:
            quit = true
        }
        return nil
    }
}
