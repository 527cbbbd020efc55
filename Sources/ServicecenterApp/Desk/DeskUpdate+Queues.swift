import Foundation
import ServicecenterCore
import TerminalUI

/// The desk's side of the queues: calling the next ticket, no-shows and transfers, the guide's
/// status, and tagging a contact to an incident.
extension DeskModel {
    mutating func performQueueAction(_ action: DeskAction) -> [DeskEffect] {
        switch action {
        case .callNext, .queueList:
            guard form == nil else {
                notice = Notice(kind: .warning, text: text.finishContactFirst)
                return []
            }
            guard let station else {
                openStationPicker()
                return []
            }
            guard QueueTicket.hallChannels.contains(station.channel) else {
                notice = Notice(kind: .warning, text: text.noHallQueue)
                return []
            }
            if action == .queueList {
                go(to: .idle)
                working = .queueList(TicketList())
                return [.loadWaitingTickets(station.channel)]
            }
            if focus == .queueList { go(to: .idle) }
            return [.callNextTicket(station.channel)]
        case .operatorStatus:
            guard form == nil else {
                notice = Notice(kind: .warning, text: text.finishContactFirst)
                return []
            }
            chosenStatus = chosenStatus.nextChosen
            notice = Notice(kind: .info, text: text.statusNow(text.queue.status(chosenStatus)))
        case .tagIncident:
            cycleIncidentTag()
        case .noShow:
            return markNoShow()
        case .transferTicket:
            return askTransfer()
        default:
            break
        }
        return []
    }

    /// The queue list: the oldest ticket first; Enter calls the highlighted one.
    mutating func handleQueueList(_ action: TicketList.Action) -> [DeskEffect] {
        switch action {
        case .close: go(to: .idle)
        case .call(let ticket):
            go(to: .idle)
            return [.callTicket(ticket)]
        case .desk(let deskAction): return perform(deskAction)
        case .none: break
        }
        return []
    }

    mutating func receiveQueue(_ message: DeskMessage) -> [DeskEffect] {
        switch message {
        case .liveLoaded(let waiting, let incidents):
            self.waiting = waiting
            self.incidents = incidents
            // A tag whose incident ended stays: the contact was about it.
        case .ticketCalled(let call):
            guard let call, let station else {
                notice = Notice(kind: .info, text: text.queue.nobodyWaiting(channel: text.core.channel(station?.channel ?? .visit)))
                return [.loadLive]
            }
            startContact(with: "")
            form?.callID = call.callID
            form?.ticket = call.ticket
            form?.queueWaitSeconds = call.wait.map { Int($0.rounded()) }
            notice = Notice(kind: .success, text: text.queue.ticketCalled(
                call.ticket ?? call.callID, wait: Formatting.duration(call.wait), station: self.text.station(station)))
            return [.loadLive]
        case .ticketChanged(let description):
            // The visitor is gone from this desk: nothing to log.
            closeForm()
            notice = Notice(kind: .info, text: description)
            return [keptDraftEffect, .loadLive]
        case .waitingTicketsLoaded(let tickets):
            guard var list = ticketList else { return [] }
            list.show(tickets)
            working = .queueList(list)
        case .queueRefused(let error):
            notice = Notice(kind: .error, text: text.queue.queueError(error, zone: configuration.timeZone))
        default:
            break
        }
        return []
    }
}
