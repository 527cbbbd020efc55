import Foundation
import ServicecenterCore

/// Runs the desk's effects against the store: the only place the desk meets the store and the
/// clock. Each result goes back to the desk as a message in its own words (a list that could
/// not be read is never "the draft could not be saved").
public final class DeskEffects: EffectHandler {
    let store: any Store
    let clock: () -> Date
    /// Told after every saved contact, so a hand-over's e-mail goes out off the screen's thread.
    public var afterSave: (@Sendable () -> Void)?

    public init(store: any Store, clock: @escaping () -> Date = Date.init) {
        self.store = store
        self.clock = clock
    }

    public func perform(_ effect: DeskScreen.Effect, for screen: DeskScreen) -> EffectResult<DeskScreen.Message> {
        let user = screen.model.guide.user
        switch effect {
        case .desk(let effect):
            return perform(effect, for: screen.model).map(DeskScreen.Message.desk)
        case .loadSession:
            do {
                let station = try store.station(of: user).flatMap(Station.init(storedValue:))
                return .message(.sessionLoaded(station: station, draft: try store.draft(of: user).flatMap(ContactForm.decoded)))
            } catch {
                return .message(.sessionFailed(error))
            }
        case .reportStatus(let report):
            do {
                try store.setStatus(of: user, to: report.status, channel: report.channel, station: report.station, now: clock())
                return .done
            } catch {
                return .message(.desk(.statusFailed(error)))
            }
        case .keepDraftOnExit(let form):
            do {
                try store.saveDraft(of: user, payload: form.encoded(), freeText: ContactForm.freeTextKeys, now: clock())
                return .message(.draftKeptOnExit(nil))
            } catch {
                return .message(.draftKeptOnExit(error))
            }
        }
    }

    func perform(_ effect: DeskEffect, for model: DeskModel) -> EffectResult<DeskMessage> {
        switch effect {
        case .saveDraft, .deleteDraft, .saveContact, .updateContact, .rememberStation, .loadRecent:
            return performSession(effect, for: model)
        case .loadLive, .callNextTicket, .loadWaitingTickets, .callTicket, .markNoShow, .transferTicket:
            return performQueue(effect, for: model)
        case .loadHandovers, .recordCallback, .loadRepeatCandidates, .lookUpHandover, .lookUpContact, .loadHandoverHistory, .loadHandoverMade:
            return performLookup(effect, for: model)
        case .quit:
            return .quit
        case .recordUnmatchedSearch(let words):
            // Masked and counted by the store, as free text is: no citizen's words are kept.
            do { try store.recordUnmatchedSearch(words, now: clock()) } catch { return .message(.unmatchedSearchNotCounted(error)) }
            return .done
        }
    }

    /// The guide's own work: drafts, contacts, the station and the day's list.
    func performSession(_ effect: DeskEffect, for model: DeskModel) -> EffectResult<DeskMessage> {
        let user = model.guide.user
        switch effect {
        case .saveDraft(let form):
            do { try store.saveDraft(of: user, payload: form.encoded(), freeText: ContactForm.freeTextKeys, verbatim: ContactForm.verbatimKeys, now: clock()) } catch {
                return .message(.draftFailed(error))
            }
        case .deleteDraft:
            do { try store.deleteDraft(of: user) } catch { return .message(.draftFailed(error)) }
        case .saveContact(let contact):
            return save(contact, by: user)
        case .updateContact(let contact):
            return save(contact, by: user, replacing: true)
        case .rememberStation(let station):
            do { try store.setStation(of: user, to: station.storedValue, now: clock()) } catch { return .message(.stationFailed(error)) }
            // The new station's queue, read at once rather than at the next change.
            return performQueue(.loadLive, for: model)
        case .loadRecent:
            do { return .message(.recentLoaded(try store.contacts(of: user, on: today(model)))) } catch { return .readFailed(.recentFailed(error)) }
        default:
            break
        }
        return .done
    }

    /// Stores a contact (or its correction) as the intake decides, once: the store's answer
    /// says what was masked, and the contact as stored goes straight into the desk's list.
    func save(_ contact: Contact, by user: String, replacing: Bool = false) -> EffectResult<DeskMessage> {
        let now = clock()
        let facts = store.intake.facts(for: contact, now: now)
        do {
            let saved: SavedContact
            if replacing {
                try store.update(facts, by: user, clearingDraftOf: user, now: now)
                saved = SavedContact(id: contact.id ?? -1, masked: facts.masked)
            } else {
                saved = try store.save(facts, clearingDraftOf: user, now: now)
            }
            afterSave?()
            return .message(.saved(saved, contact: facts.contact))
        } catch {
            return .message(.saveFailed(error))
        }
    }

    /// The station's queue, the hall's tickets and the incidents in progress.
    func performQueue(_ effect: DeskEffect, for model: DeskModel) -> EffectResult<DeskMessage> {
        let user = model.guide.user
        let station = model.station.map(model.storedStationName)
        do {
            switch effect {
            case .loadLive:
                do {
                    let waiting = try model.station.map { try store.waitingCount(channel: $0.channel, on: today(model)) }
                    return .message(.liveLoaded(waiting: waiting, incidents: try store.activeIncidents()))
                } catch {
                    // Briefly locked, say: the queue and banner keep their last values and the
                    // next look reads them again. Nothing the guide typed is at stake.
                    return .readFailed(nil)
                }
            case .callNextTicket(let channel):
                return .message(.ticketCalled(try store.callNextTicket(channel: channel, by: user, station: station, now: clock())))
            case .loadWaitingTickets(let channel):
                do { return .message(.waitingTicketsLoaded(try store.waitingTickets(channel: channel, on: today(model)))) } catch {
                    return .message(.lookupFailed(error))
                }
            case .callTicket(let number):
                return .message(.ticketCalled(try store.callTicket(number, by: user, station: station, now: clock())))
            case .markNoShow(let ticket):
                _ = try store.markNoShow(ticket, by: user, now: clock())
                return .message(.ticketChanged(model.text.queue.noShowRecorded(ticket)))
            case .transferTicket(let ticket, let channel):
                let moved = try store.transferTicket(ticket, to: channel, service: nil, by: user, now: clock())
                return .message(.ticketChanged(model.text.queue.ticketTransferred(moved, channel: model.text.core.channel(channel))))
            default:
                return .done
            }
        } catch {
            return .message(.queueRefused(error))
        }
    }

    /// Reads for the hand-over list, the repeat picker and a saved hand-over's sentence.
    func performLookup(_ effect: DeskEffect, for model: DeskModel) -> EffectResult<DeskMessage> {
        let user = model.guide.user
        do {
            switch effect {
            case .loadHandovers(let query):
                return .message(.handoversLoaded(try store.handovers(Self.filter(for: query, today: today(model)))))
            case .recordCallback(let id):
                do { return .message(.handoverChanged(try store.record(.calledBack, on: id, by: user, now: clock()))) } catch {
                    return .message(.handoverRefused(error))
                }
            case .loadRepeatCandidates:
                let last = today(model)
                let first = last.adding(days: -model.configuration.targets.repeatWindowDays)
                return .message(.repeatCandidatesLoaded(try store.contacts(of: user, from: first, through: last, limit: 200)))
            case .lookUpHandover(let id):
                return .message(.handoverLookedUp(id: id, try store.handover(id)))
            case .lookUpContact(let id):
                return .message(.contactLookedUp(id: id, try store.contact(id: id)))
            case .loadHandoverHistory(let id):
                let entries = try store.history(of: id).map { HandoverHistoryEntry(at: $0.at, by: $0.by, event: $0.event, note: $0.note) }
                return .message(.handoverHistoryLoaded(id: id, entries))
            case .loadHandoverMade(let contactID):
                // The newest open hand-over of the contact: the one its save (or correction) made.
                // One indexed row (handover_by_contact), not every hand-over the guide ever made.
                return .message(.handoverMade(contactID: contactID, try? store.handover(madeByContact: contactID)))
            default:
                return .done
            }
        } catch {
            return .message(.lookupFailed(error))
        }
    }

    /// The local day now, for the reads that need it (a draft is saved on every key without it).
    func today(_ model: DeskModel) -> LocalDay {
        LocalDay(clock(), in: model.configuration.timeZone)
    }

    /// The store's filter for the desk's hand-over list.
    static func filter(for query: HandoverBoard.Query, today: LocalDay) -> HandoverFilter {
        var status: HandoverStatus?
        if case .only(let only) = query.status { status = only }
        return HandoverFilter(
            sector: query.sector, status: status, overdueOn: query.overdueOnly ? today : nil, includeClosed: false, madeBy: query.madeBy)
    }
}
