import Foundation
import ServicecenterCore
import TerminalUI

/// Runs the desk: reads keys, feeds the model, performs its effects against the store, draws.
///
/// The only place where the desk meets the clock, the store and the terminal; everything it
/// learns goes back into the model as a message.
public final class DeskRunner {
    public private(set) var model: DeskModel
    let store: Store
    let backend: TerminalBackend
    let theme: Theme
    let glyphs: Glyphs
    let clock: () -> Date
    /// Returns a non-zero signal number when the process was asked to stop.
    let stopRequested: () -> Int32
    /// How many Ctrl-Cs (SIGINT) arrived so far: each new one is handed to the model, which
    /// quits with nothing open and asks first while a contact is open.
    let interrupts: () -> Int32
    var seenInterrupts: Int32 = 0
    var quit = false
    /// What the terminal should say once the screen is closed: the draft kept, or why not.
    public private(set) var exitNotice: String?
    var watch: ChangeWatch
    /// The status last written for the supervisor's staff list; the model's status is derived
    /// from the work (a contact open means in contact), so the runner writes it when it moves.
    var writtenStatus: OperatorStatus?
    /// Told after every saved contact, so a hand-over's e-mail goes out off this thread.
    public var afterSave: (@Sendable () -> Void)?

    public init(
        model: DeskModel, store: Store, backend: TerminalBackend, theme: Theme, glyphs: Glyphs,
        clock: @escaping () -> Date = Date.init, stopRequested: @escaping () -> Int32 = { 0 },
        interrupts: @escaping () -> Int32 = { 0 }
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
        self.interrupts = interrupts
        watch = ChangeWatch(signal: store)
    }

    /// Loads what the desk needs to start: the guide's station, a draft left behind, today's contacts.
    public static func startingModel(
        configuration: Configuration, guide: Operator, text: any DeskStrings, store: Store, size: Size, now: Date
    ) throws(StoreError) -> DeskModel {
        let station = try store.station(of: guide.user).flatMap(Station.init(storedValue:))
        let draft = try store.draft(of: guide.user).flatMap(ContactForm.decoded)
        var model = DeskModel(
            configuration: configuration, guide: guide, text: text, now: now, size: size, station: station, draft: draft,
            visitDesks: configuration.site.visitDesks)
        model.recent = try store.contacts(of: guide.user, on: LocalDay(now, in: configuration.timeZone))
        return model
    }

    /// Runs until the guide quits (returns 0) or a signal asks to stop (returns 128 + signal).
    public func run() -> Int32 {
        writeStatus()
        defer {
            keepDraftOnExit()
            writeStatus(.loggedOut)
        }
        var visibleClock = VisibleClock(clock())
        var dirty = true
        while !quit {
            let signal = stopRequested()
            if signal != 0 { return 128 + signal }
            // Ctrl-C reaches the desk as SIGINT: asked about like F10 rather than obeyed blindly.
            let interruptsNow = interrupts()
            if interruptsNow != seenInterrupts {
                // Two quick presses between reads are the question and its answer.
                let new = min(2, Int(interruptsNow &- seenInterrupts))
                seenInterrupts = interruptsNow
                for _ in 0..<max(1, new) where !quit { dispatch(.interrupted) }
                if quit { return 128 + SIGINT }
                dirty = true
            }
            // The terminal went away while SIGHUP was ignored: end as a hang-up would (the draft
            // is already saved with every key), rather than spin on a dead tty.
            if backend.isLost { return terminalLostStatus }
            // An incident started or a queue moved elsewhere shows here within a second.
            if watch.changed(), let live = perform(.loadLive) {
                dispatch(live)
                dirty = true
            }
            if dirty {
                draw()
                dirty = false
            }
            let key = backend.readKey(timeoutMilliseconds: ChangeWatch.pollMilliseconds)
            // The model always knows the time (a new contact starts now, not at the last
            // redraw); the screen is drawn again only when that time would show.
            let now = clock()
            dispatch(.tick(now))
            if visibleClock.moved(to: now, showingSeconds: model.showsRunningTime) { dirty = true }
            if backend.size != model.size {
                dispatch(.resized(backend.size))
                dirty = true
            }
            if let key {
                dispatch(.key(key))
                dirty = true
            }
        }
        return 0
    }

    /// Writes the open form once more as the desk ends (a draft write that failed earlier gets
    /// a last try) and words what the terminal says after: the draft kept, or why it was not.
    func keepDraftOnExit() {
        guard model.draftKeptOnExit != nil else { return }
        if let form = model.form {
            do {
                try store.saveDraft(
                    of: model.guide.user, payload: model.persisted(form).encoded(), freeText: ContactForm.freeTextKeys, now: clock())
            } catch {
                exitNotice = model.text.safety.draftNotKeptOnExit(model.text.core.storeError(error))
                return
            }
        }
        exitNotice = model.exitNotice
    }

    /// Feeds one message (and the messages its effects produce) through the model.
    public func dispatch(_ message: DeskMessage) {
        for effect in model.update(message) {
            if let result = perform(effect) { dispatch(result) }
        }
        if model.status != writtenStatus { writeStatus() }
    }

    /// Writes the guide's status (or `status`) and place for the supervisor's staff list. Tried
    /// once per change: a failure leaves the board a step behind rather than retrying (and
    /// waiting out the busy timeout) on every key.
    func writeStatus(_ status: OperatorStatus? = nil) {
        let status = status ?? model.status
        writtenStatus = status
        try? store.setStatus(
            of: model.guide.user, to: status, channel: model.station?.channel, station: model.station.map(model.text.station), now: clock())
    }

    /// The store's filter for the desk's hand-over list.
    static func filter(for query: HandoverBoard.Query, today: LocalDay) -> HandoverFilter {
        var status: HandoverStatus?
        if case .only(let only) = query.status { status = only }
        return HandoverFilter(
            sector: query.sector, status: status, overdueOn: query.overdueOnly ? today : nil, includeClosed: false, madeBy: query.madeBy)
    }

    public func draw() {
        backend.draw(model.view(theme: theme, glyphs: glyphs))
    }

    func perform(_ effect: DeskEffect) -> DeskMessage? {
        let user = model.guide.user
        // Only the reads below need the day; a draft is saved on every keystroke.
        var today: LocalDay { LocalDay(clock(), in: model.configuration.timeZone) }
        do {
            switch effect {
            case .saveDraft(let form):
                do { try store.saveDraft(of: user, payload: form.encoded(), freeText: ContactForm.freeTextKeys, verbatim: ContactForm.verbatimKeys, now: clock()) } catch { return .draftFailed(error) }
            case .deleteDraft:
                do { try store.deleteDraft(of: user) } catch { return .draftFailed(error) }
            case .saveContact(let contact):
                do {
                    let id = try store.save(contact, clearingDraftOf: user, now: clock()).id
                    afterSave?()
                    return .saved(id: id, contact: contact)
                } catch {
                    return .saveFailed(error)
                }
            case .updateContact(let contact):
                do {
                    try store.update(contact, by: user, clearingDraftOf: user, now: clock())
                    afterSave?()
                    return .saved(id: contact.id ?? -1, contact: contact)
                } catch {
                    return .saveFailed(error)
                }
            case .rememberStation(let station):
                try store.setStation(of: user, to: station.storedValue, now: clock())
                writeStatus() // the place changed, if not the status
                return perform(.loadLive)
            case .loadLive:
                do {
                    var waiting: Int?
                    if let channel = model.station?.channel { waiting = try store.waitingCount(channel: channel, on: today) }
                    return .liveLoaded(waiting: waiting, incidents: try store.activeIncidents())
                } catch {
                    // Briefly locked, say: the queue and banner keep their last values and the
                    // next poll reads them again. Nothing the guide typed is at stake.
                    watch.lastMark = nil
                    return nil
                }
            case .callNextTicket(let channel):
                let station = model.station.map(model.storedStationName)
                do { return .ticketCalled(try store.callNextTicket(channel: channel, by: user, station: station, now: clock())) } catch {
                    return .queueRefused(error)
                }
            case .loadWaitingTickets(let channel):
                do { return .waitingTicketsLoaded(try store.waitingTickets(channel: channel, on: today)) } catch { return .lookupFailed(error) }
            case .callTicket(let number):
                let station = model.station.map(model.storedStationName)
                do { return .ticketCalled(try store.callTicket(number, by: user, station: station, now: clock())) } catch {
                    return .queueRefused(error)
                }
            case .markNoShow(let ticket):
                do {
                    _ = try store.markNoShow(ticket, by: user, now: clock())
                    return .ticketChanged(model.text.queue.noShowRecorded(ticket))
                } catch {
                    return .queueRefused(error)
                }
            case .transferTicket(let ticket, let channel):
                do {
                    let moved = try store.transferTicket(ticket, to: channel, service: nil, by: user, now: clock())
                    return .ticketChanged(model.text.queue.ticketTransferred(moved, channel: model.text.core.channel(channel)))
                } catch {
                    return .queueRefused(error)
                }
            case .loadRecent:
                return .recentLoaded(try store.contacts(of: user, on: today))
            case .loadHandovers(let query):
                do { return .handoversLoaded(try store.handovers(Self.filter(for: query, today: today))) } catch { return .lookupFailed(error) }
            case .recordCallback(let id):
                do { return .handoverChanged(try store.record(.calledBack, on: id, by: user, now: clock())) } catch { return .handoverRefused(error) }
            case .loadRepeatCandidates:
                let last = today
                let first = last.adding(days: -model.configuration.targets.repeatWindowDays)
                do { return .repeatCandidatesLoaded(try store.contacts(of: user, from: first, through: last, limit: 200)) } catch {
                    return .lookupFailed(error)
                }
            case .lookUpHandover(let id):
                do { return .handoverLookedUp(id: id, try store.handover(id)) } catch { return .lookupFailed(error) }
            case .lookUpContact(let id):
                do { return .contactLookedUp(id: id, try store.contact(id: id)) } catch { return .lookupFailed(error) }
            case .loadHandoverHistory(let id):
                do {
                    return .handoverHistoryLoaded(id: id, try store.history(of: id).map { HandoverHistoryEntry(at: $0.at, by: $0.by, event: $0.event, note: $0.note) })
                } catch { return .lookupFailed(error) }
            case .loadHandoverMade(let contactID):
                // The newest open hand-over of the contact: the one its save (or correction) made.
                // One indexed row (handover_by_contact), not every hand-over the guide ever made.
                return .handoverMade(contactID: contactID, try? store.handover(madeByContact: contactID))
            case .quit:
                quit = true
            }
        } catch {
            return .draftFailed(error)
        }
        return nil
    }
}
