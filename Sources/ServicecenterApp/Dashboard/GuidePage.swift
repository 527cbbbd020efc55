import Foundation
import ServicecenterCore
import TerminalUI

/// The supervisors' second page of the wallboard: per guide, contacts today, mean handling
/// time, first-contact resolution and time in each working status today. The dashboard is
/// refused to guides at the command (supervisors and admins only), and the page is also kept
/// from any viewer who is a guide here, since these are figures about named people.
extension DashboardModel {
    /// The statuses the page gives time for: logged-out time is not working time.
    static let pageStatuses: [OperatorStatus] = [.available, .inContact, .afterContact, .paused]

    /// Per user, the seconds spent in each status today: each change lasts until the user's
    /// next change, the last one until `now`. Time before a user's first change today is not
    /// counted (the store gives today's changes only).
    static func timeInStatus(_ changes: [OperatorPresence], until now: Date) -> [String: [OperatorStatus: TimeInterval]] {
        var spent: [String: [OperatorStatus: TimeInterval]] = [:]
        var current: [String: OperatorPresence] = [:]
        for change in changes {
            if let previous = current[change.user] {
                spent[change.user, default: [:]][previous.status, default: 0] += max(0, change.since.timeIntervalSince(previous.since))
            }
            current[change.user] = change
        }
        for (user, last) in current { spent[user, default: [:]][last.status, default: 0] += max(0, now.timeIntervalSince(last.since)) }
        return spent
    }

    /// One row per guide who had contacts or a status change today, by name.
    func guideTable(_ theme: Theme) -> ChannelTable {
        let language = text.core.language
        let days = Dictionary((live?.guides ?? []).map { ($0.user, $0) }, uniquingKeysWith: { first, _ in first })
        let spent = Self.timeInStatus(live?.statusChanges ?? [], until: now)
        let users = Set(days.keys).union(spent.keys)
        let named = users.map { (user: $0, name: configuration.operator($0)?.name ?? $0) }
            .sorted { $0.name != $1.name ? $0.name < $1.name : $0.user < $1.user }
        let rows = named.map { person -> [ChannelTable.Figure] in
            let day = days[person.user] ?? GuideDay(user: person.user)
            let handling = day.contacts == 0 ? nil : day.handlingSeconds / Double(day.contacts)
            let cells: [(String, Role)] = [
                (person.name, .label),
                (String(day.contacts), day.contacts > 0 ? .normal : .muted),
                (Formatting.duration(handling), .normal),
                (Formatting.percent(day.firstContactResolution, language), .normal),
            ] + Self.pageStatuses.map { status in
                let seconds = spent[person.user]?[status]
                return (seconds.map { Formatting.duration($0) } ?? "–", status == .paused ? .warning : .normal)
            }
            return cells.map { (text: $0.0, style: theme[$0.1]) }
        }
        return ChannelTable(headers: text.guideColumns, shortHeaders: text.guideColumnsShort, headerStyle: theme[.muted], rows: rows,
                            droppable: [6, 2])
    }

    /// The page: its title, then the table (or a line saying nobody has worked today).
    func renderGuides(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        guard area.height >= 2 else { return }
        let table = guideTable(theme)
        buffer.render(Label(text.guidesTitle, style: theme[.label]), in: area.row(0))
        let rest = area.split(.vertical([.length(2), .fill]))[1]
        if table.rows.isEmpty { return buffer.render(Label(text.noGuides, style: theme[.muted]), in: rest.row(0)) }
        buffer.render(table, in: rest)
    }
}
