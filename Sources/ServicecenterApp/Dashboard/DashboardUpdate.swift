import Foundation
import ServicecenterCore
import TerminalUI

extension DashboardModel {
    /// Applies one message and returns the effects to run. Pure: no clock, no store, no terminal.
    @discardableResult
    public mutating func update(_ message: DashboardMessage) -> [DashboardEffect] {
        switch message {
        case .key(let key): return handle(key)
        case .tick(let time):
            let newDay = live.map { LocalDay(time, in: configuration.timeZone) != $0.day } ?? false
            now = time
            // At midnight the day's figures start over.
            var effects: [DashboardEffect] = newDay ? [.reload] : []
            // A new interval (or day) needs its plan, and the interval's own service level.
            let interval = currentInterval
            if interval != planInterval {
                planInterval = interval
                effects.append(.loadPlan(interval.day))
                intervalConditions = workOutIntervalConditions()
            }
            // A wait passes the target between reads: the clock alone can start that alert.
            return effects + refreshAlerts()
        case .resized(let newSize):
            size = newSize
        case .storeChanged:
            return [.reload]
        case .loaded(let day):
            live = day
            staleReason = nil
            intervalConditions = workOutIntervalConditions()
            return refreshAlerts()
        case .planLoaded(let plan):
            self.plan = plan
            intervalConditions = workOutIntervalConditions()
            return refreshAlerts()
        case .loadFailed(let error):
            staleReason = text.core.storeError(error)
        case .incidentStarted(let incident):
            notice = .init(kind: .success, text: text.incidentStarted(incident))
            startingIncident = false
            incidentTitle.set("")
            incidentMessage.set("")
            return [.reload]
        case .incidentEnded(let incident):
            notice = .init(kind: .success, text: text.incidentEnded(incident))
            return [.reload]
        case .incidentRefused(let error):
            notice = .init(kind: .error, text: text.queue.queueError(error, zone: configuration.timeZone))
            // Nothing typed is lost: the form comes back as it was, for Enter to try again.
            if startingIncident { focus = .incidentTitle }
            startingIncident = false
        }
        return []
    }

    mutating func handle(_ key: Key) -> [DashboardEffect] {
        if key == .resize { return [] }
        if helpVisible {
            if scrollHelp(key) { return [] }
            helpVisible = false
            return []
        }
        switch focus {
        case .board:
            notice = nil
            if DashboardAction.help.matches(key) {
                helpVisible = true
                helpScroll = 0
            }
            if DashboardAction.quit.matches(key) { return [.quit] }
            if DashboardAction.switchPage.matches(key), showsStaff {
                switch key {
                case .character("1"): page = .board
                case .character("2"): page = .guides
                default: page = page == .board ? .guides : .board
                }
                return []
            }
            if DashboardAction.refresh.matches(key) { return [.reload] }
            if DashboardAction.startIncident.matches(key), showsStaff { focus = .incidentTitle }
            if DashboardAction.endIncident.matches(key), showsStaff, live?.incidents.first != nil { focus = .confirmEnd }
            return []
        case .incidentTitle, .incidentMessage:
            return handleIncidentForm(key)
        case .confirmEnd:
            focus = .board
            guard key == .character("j") || key == .character("J") || key == .character("y") || key == .character("Y"),
                  let incident = live?.incidents.first
            else { return [] }
            return [.endIncident(id: incident.id)]
        }
    }

    mutating func handleIncidentForm(_ key: Key) -> [DashboardEffect] {
        switch key {
        case .escape:
            focus = .board
        case .tab, .backTab, .up, .down:
            focus = focus == .incidentTitle ? .incidentMessage : .incidentTitle
        case .enter:
            let title = incidentTitle.text.trimmingCharacters(in: .whitespaces)
            if title.isEmpty {
                notice = .init(kind: .warning, text: text.queue.queueError(.emptyIncidentTitle, zone: configuration.timeZone))
                focus = .incidentTitle
                return []
            }
            focus = .board
            startingIncident = true
            return [.startIncident(title: title, message: incidentMessage.text)]
        default:
            if focus == .incidentTitle { _ = incidentTitle.handle(key) } else { _ = incidentMessage.handle(key) }
        }
        return []
    }
}
