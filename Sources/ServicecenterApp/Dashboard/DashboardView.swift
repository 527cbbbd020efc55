import Foundation
import ServicecenterCore
import TerminalUI

extension DashboardModel {
    /// The smallest terminal the wallboard draws in: an 80×24 shows the essentials.
    public static let minimumSize = Size(width: 60, height: 16)

    /// Renders the whole wallboard into a buffer of the model's size: the title row, the body
    /// (incident banners over the figures), the notice and the key hints; the incident form
    /// and the help are drawn over the body.
    public func view(theme: Theme, glyphs: Glyphs? = nil) -> Buffer {
        var buffer = Buffer(size: size, glyphs: glyphs ?? self.glyphs)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            buffer.render(Paragraph(text.tooSmall(need: Self.minimumSize, have: size), style: theme[.warning]), in: buffer.area)
            return buffer
        }
        let ascii = buffer.glyphs.isASCII
        let screen = buffer.area.split(.vertical([.length(1), .fill, .length(noticeRows(ascii: ascii)), .length(1)]))
        let body = screen[1]
        buffer.render(TitleBar(title: text.title(site: configuration.site.name), clock: Timestamp.localMinute(now, in: zone), style: theme[.title]),
                      in: screen[0])
        if let shown = noticeShown { buffer.render(Prose(shown.text, style: theme[shown.role]), in: screen[2].inset(horizontal: 1)) }
        buffer.render(KeyHintBar(hints, keyStyle: theme[.keyHint], labelStyle: theme[.keyHintLabel]), in: screen[3])
        let (banners, figures) = body.splitTop(bannerRows(in: body, ascii: ascii))
        buffer.render(bannerStack(width: banners.width, ascii: ascii).drawn(style: theme[.error], notShown: text.incidentsNotShown), in: banners)
        renderFigures(into: &buffer, figures.inset(horizontal: 1), theme)
        if focus == .incidentTitle || focus == .incidentMessage { buffer.render(incidentForm(theme), in: body) }
        if helpVisible { renderHelp(into: &buffer, theme) }
        return buffer
    }

    /// The figures from the top: the channels (with the staff needed against staffed), the
    /// alerts, the service level per hour, the contacts per hour when there is room to spare,
    /// and staff and overdue hand-overs in what is left. The per-guide page instead, when chosen.
    func renderFigures(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        if page == .guides, showsStaff { return renderGuides(into: &buffer, area, theme) }
        let channels = channelTable(theme, buffer.glyphs)
        var left = area.height - channels.height
        // Alerts come first after the channels: up to four rows (eight on a tall board), and a blank row under them.
        let alertRows = min(alerts.count, area.height >= 34 ? 8 : 4, max(0, left - 1))
        left -= alertRows + (alertRows > 0 ? 1 : 0)
        let hours = serviceLevelHours(theme, buffer.glyphs)
        let hoursShown = left >= hours.height
        if hoursShown { left -= hours.height }
        // The bars only where they leave the staff their rows (six at least); taller bars from
        // what is left beyond that, up to four rows a channel.
        let chartRows = left - max(6, (live?.staff.count ?? 0) + 2)
        let barRows = max(1, min(4, (chartRows - 3) / Channel.allCases.count))
        let hourly = HourlyChart.fits(available: chartRows) ? hourlyChart(theme, buffer.glyphs, barRows: barRows) : nil
        let parts = area.split(.vertical([
            .length(channels.height), .length(alertRows + (alertRows > 0 ? 1 : 0)), .length(hoursShown ? hours.height : 0),
            .length(hourly?.height ?? 0), .fill,
        ]))
        buffer.render(channels, in: parts[0])
        if let notes = staffingNotes() { buffer.render(Label(notes, style: theme[.muted]), in: parts[0].row(channels.height - 1)) }
        buffer.render(LabelColumn(alertLabels(rows: alertRows, theme)), in: parts[1])
        if hoursShown { buffer.render(hours, in: parts[2]) }
        if let hourly { buffer.render(hourly, in: parts[3]) }
        renderStaffAndOverdue(into: &buffer, parts[4], theme)
    }

    var zone: TimeZone { configuration.timeZone }

    func target(_ channel: Channel) -> ServiceLevelTarget {
        configuration.targets.serviceLevel(for: channel)
    }

    var hints: [KeyHint] {
        let actions: [DashboardAction] = showsStaff ? [.help, .switchPage, .startIncident, .endIncident, .refresh, .quit] : [.help, .refresh, .quit]
        return actions.map { KeyHint($0.keyName, $0 == .switchPage ? text.pageHint(to: page == .board ? .guides : .board) : text.hint($0)) }
    }

    /// What the notice row says now, and in which role: a question asked, a failed read, or the last notice.
    var noticeShown: (text: String, role: Role)? {
        if focus == .confirmEnd, let incident = live?.incidents.first { return (text.confirmEnd(title: incident.title), .warning) }
        if let staleReason { return (text.stale(staleReason), .warning) }
        return notice.map { ($0.text, $0.role) }
    }

    /// Rows the notice takes: as many as it needs, up to three, from what the screen has beyond
    /// its minimum; it is read whole (the ASCII notice's restart advice is its second sentence).
    func noticeRows(ascii: Bool) -> Int {
        let wanted = noticeShown.map { WrappedText($0.text, width: size.width - 2, ascii: ascii).lines.count } ?? 1
        return max(1, min(wanted, DeskModel.noticeRowLimit, 1 + size.height - Self.minimumSize.height))
    }

    // MARK: - Channels

    /// One row per channel: the queue now, the day's service level against target, guides
    /// staffed against needed now (and needed in the next interval), and the day's contacts.
    /// Narrow screens leave out the target first (the symbol judges it), then the abandonment
    /// rate, then the average speed of answer, then the next interval's need, then the FCR.
    func channelTable(_ theme: Theme, _ glyphs: Glyphs) -> ChannelTable {
        let language = text.core.language
        let rows = Channel.allCases.map { channel -> [ChannelTable.Figure] in
            let figures = live?.queue(channel, target: target(channel), now: now) ?? QueueFigures([QueueCall](), target: target(channel), now: now)
            let contacts = live?.contacts[channel] ?? ChannelContacts()
            let state = figures.state
            let cells: [(String, Role)] = [
                (text.core.channel(channel), .label),
                (String(figures.waitingNow), figures.waitingNow > 0 ? .normal : .muted),
                (Formatting.duration(figures.longestWaitNow), (figures.longestWaitNow ?? 0) > Double(target(channel).seconds) ? .overdue : .normal),
                ("\(symbol(state, glyphs)) \(Formatting.percent(figures.serviceLevel, language))", role(state)),
                (Formatting.percent(target(channel).percent / 100, language).replacingOccurrences(of: ",0", with: "").replacingOccurrences(of: ".0", with: ""), .muted),
                staffingCell(channel, glyphs),
                (plannedNext(channel)?.needed.map(String.init) ?? "–", .muted),
                (Formatting.duration(figures.averageSpeedOfAnswer), .normal),
                (Formatting.percent(figures.abandonmentRate, language), .normal),
                (Formatting.percent(contacts.firstContactResolution, language), .normal),
                (String(contacts.contacts), .normal),
            ]
            return cells.map { (text: $0.0, style: theme[$0.1]) }
        }
        return ChannelTable(headers: text.channelColumns, shortHeaders: text.channelColumnsShort, headerStyle: theme[.muted], rows: rows,
                            droppable: [4, 8, 7, 6, 9])
    }

    /// Staffed now against needed now ("3/4"), marked and coloured when fewer are staffed than
    /// needed; "–" for the need without a plan or while the site is closed.
    func staffingCell(_ channel: Channel, _ glyphs: Glyphs) -> (String, Role) {
        let staffed = staffedNow(channel)
        guard let needed = plannedNow(channel)?.needed else { return ("\(staffed)/–", .muted) }
        return needed > staffed ? ("\(glyphs.missed) \(staffed)/\(needed)", .overdue) : ("\(staffed)/\(needed)", .normal)
    }

    /// The channels' staffing problems now, in words, for the row under the channels; nil when
    /// there are none (a closed interval needs no words: the need shows "–").
    func staffingNotes() -> String? {
        let notes = Channel.allCases.compactMap { channel -> (channel: String, problem: String)? in
            guard let problem = plannedNow(channel)?.problem, problem != .closed else { return nil }
            return (text.core.channel(channel), text.staffingProblem(problem))
        }
        return notes.isEmpty ? nil : text.staffingNotes(notes)
    }

    func symbol(_ state: TargetState, _ glyphs: Glyphs) -> String {
        switch state {
        case .onTarget: glyphs.onTarget
        case .atRisk: "!"
        case .missed: glyphs.missed
        case .noData: glyphs.noData
        }
    }

    func role(_ state: TargetState) -> Role {
        switch state {
        case .onTarget: .success
        case .atRisk: .warning
        case .missed: .overdue
        case .noData: .muted
        }
    }

    // MARK: - Contacts per hour

    /// The hours the bars cover: the site's opening hours, then one bar for any contacts
    /// outside them (`HourAxis`), instead of an axis widened to the latest contact's hour.
    var hourAxis: HourAxis {
        HourAxis(
            opening: configuration.openingHours,
            counts: (live?.contacts.values.map(\.byHour) ?? []) + (live?.weekdayAverage.values.map { $0.map { Int($0.rounded(.up)) } } ?? []))
    }

    /// Per channel, today's contacts per hour as bars, each followed by the same weekday's
    /// average as a dim bar, and the day's total against the average's total so far.
    func hourlyChart(_ theme: Theme, _ glyphs: Glyphs, barRows: Int) -> HourlyChart {
        let axis = hourAxis
        let hours = axis.hours
        let nowHour = localHour(of: now, in: zone)
        let bands = Channel.allCases.map { channel -> HourlyChart.Band in
            let today = (live?.contacts[channel]?.byHour ?? [Int](repeating: 0, count: 24)).map(Double.init)
            let average = live?.weekdayAverage[channel] ?? [Double](repeating: 0, count: 24)
            let top = max(1, today.max() ?? 0, average.max() ?? 0)
            var bars = hours.map { (today: today[$0] / top, average: average[$0] / top) }
            if axis.hasOther {
                let outside = { (values: [Double]) in values.indices.filter { !hours.contains($0) }.map { values[$0] }.reduce(0, +) }
                bars.append((today: outside(today) / top, average: outside(average) / top))
            }
            let soFar = average.enumerated().filter { $0.offset <= nowHour }.map(\.element).reduce(0, +)
            let summary = "\(Int(today.reduce(0, +))) (\(text.weekdayAverage) \(Int(soFar.rounded())))"
            return HourlyChart.Band(name: text.core.channel(channel), bars: bars, summary: summary)
        }
        return HourlyChart(
            title: text.hourlyTitle(weeks: LiveDay.weekdayAverageWeeks), bands: bands,
            scale: hours.map { ($0 - hours.lowerBound) % 2 == 0 ? String(format: "%02d", $0) : nil },
            otherLabel: axis.hasOther ? reportStrings(for: text.core.language).otherHours : nil, barRows: barRows,
            nameWidth: Channel.allCases.map { DisplayWidth.of(text.core.channel($0), ascii: glyphs.isASCII) }.max() ?? 10,
            labelStyle: theme[.label], todayStyle: theme[.normal], averageStyle: theme[.muted])
    }

    // MARK: - Staff and overdue hand-overs

    /// Staff on the left three fifths (supervisors only), overdue hand-overs on the right.
    func renderStaffAndOverdue(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        guard area.height >= 2 else { return }
        guard showsStaff else { return buffer.render(overduePanel(theme), in: area) }
        let parts = area.split(.horizontal([.ratio(3, 5), .fill]))
        buffer.render(staffPanel(theme, buffer.glyphs), in: parts[0])
        buffer.render(overduePanel(theme), in: parts[1].inset(left: 2))
    }

    func staffPanel(_ theme: Theme, _ glyphs: Glyphs) -> StaffPanel {
        let people = (live?.staff ?? []).map { person -> StaffPanel.Person in
            let statusRole: Role = person.status == .paused ? .warning : (person.status == .available ? .success : .normal)
            return StaffPanel.Person(
                name: configuration.operator(person.user)?.name ?? person.user, status: text.queue.status(person.status),
                statusStyle: theme[statusRole], duration: Formatting.duration(max(0, now.timeIntervalSince(person.since))),
                // The station names its channel ("Besök disk 2"); the channel stands in without one.
                place: person.station ?? person.channel.map(text.core.channel) ?? "")
        }
        return StaffPanel(
            title: text.staffTitle, nobody: text.noStaff, people: people, notShown: text.staffNotShown,
            statusWidth: OperatorStatus.allCases.map { DisplayWidth.of(text.queue.status($0), ascii: glyphs.isASCII) }.max()!,
            titleStyle: theme[.label], nameStyle: .plain, mutedStyle: theme[.muted])
    }

    func overduePanel(_ theme: Theme) -> OverduePanel {
        let failing = live?.failingDeliveries ?? 0
        let strings = deliveryStrings(for: text.core.language)
        return OverduePanel(
            title: text.overdueTitle, nothingOverdue: text.noOverdue,
            sectors: (live?.overdueBySector ?? []).map { (name: configuration.sector($0.sector)?.name ?? $0.sector, overdue: String($0.overdue)) },
            failing: failing > 0 ? (whole: strings.failingDeliveries(failing), short: strings.failingDeliveriesShort(failing)) : nil,
            titleStyle: theme[.label], nameStyle: .plain, mutedStyle: theme[.muted], overdueStyle: theme[.overdue], warningStyle: theme[.warning])
    }

    // MARK: - Overlays

    func incidentForm(_ theme: Theme) -> IncidentForm {
        IncidentForm(
            heading: text.hint(.startIncident), titleLabel: text.incidentTitleLabel, title: incidentTitle,
            messageLabel: text.incidentMessageLabel, message: incidentMessage, hint: text.incidentFormHint,
            typingTitle: focus == .incidentTitle,
            styles: (box: theme[.normal], frame: theme[.frame], label: theme[.label], field: theme[.field], focused: theme[.fieldFocused],
                     muted: theme[.muted]))
    }
}
