import Foundation
import ServicecenterCore
import TerminalUI

extension DashboardModel {
    /// The smallest terminal the wallboard draws in: an 80×24 shows the essentials.
    public static let minimumSize = Size(width: 60, height: 16)

    /// Renders the whole wallboard into a buffer of the model's size.
    public func view(theme: Theme, glyphs: Glyphs? = nil) -> Buffer {
        var buffer = Buffer(size: size, glyphs: glyphs ?? self.glyphs)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            buffer.paragraph(text.tooSmall(need: Self.minimumSize, have: size), in: buffer.area, style: theme[.warning])
            return buffer
        }
        let (titleRow, rest) = buffer.area.splitTop(1)
        let (body, bottom) = rest.splitBottom(1 + noticeRows(ascii: buffer.glyphs.isASCII))
        let (noticeArea, keyRow) = bottom.splitBottom(1)
        drawTitle(into: &buffer, titleRow, theme)
        drawNotice(into: &buffer, noticeArea, theme)
        buffer.keyHints(hints, in: keyRow, keyStyle: theme[.keyHint], labelStyle: theme[.keyHintLabel])

        let (banners, below) = body.splitTop(bannerRows(in: body, ascii: buffer.glyphs.isASCII))
        drawBanners(into: &buffer, banners, theme)
        var area = below
        area = drawChannels(into: &buffer, area.inset(horizontal: 1), theme)
        area = drawHourly(into: &buffer, area, theme)
        if area.height >= 10 { area = drawEvenness(into: &buffer, area, theme) }
        drawStaffAndOverdue(into: &buffer, area, theme)

        if focus == .incidentTitle || focus == .incidentMessage { drawIncidentForm(into: &buffer, body, theme) }
        if helpVisible { drawHelp(into: &buffer, theme) }
        return buffer
    }

    var zone: TimeZone { configuration.timeZone }

    func target(_ channel: Channel) -> ServiceLevelTarget {
        configuration.targets.serviceLevel(for: channel)
    }

    var hints: [KeyHint] {
        let actions: [DashboardAction] = showsStaff ? [.help, .startIncident, .endIncident, .refresh, .quit] : [.help, .refresh, .quit]
        return actions.map { KeyHint($0.keyName, text.hint($0)) }
    }

    func drawTitle(into buffer: inout Buffer, _ row: Rect, _ theme: Theme) {
        buffer.fill(row, style: theme[.title])
        let clock = Timestamp.localMinute(now, in: zone)
        buffer.write(text.title(site: configuration.site.name), x: row.x + 1, y: row.y, style: theme[.title], limit: row.width - clock.count - 3)
        buffer.write(clock, x: row.maxX - clock.count - 1, y: row.y, style: theme[.title])
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

    func drawNotice(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        guard let shown = noticeShown else { return }
        buffer.wrappedText(shown.text, in: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height), style: theme[shown.role])
    }

    // MARK: - Channels

    /// One row per channel: the queue now, the day's service level against target, and the
    /// day's contacts. When they do not fit, the gaps narrow, then the heads shorten, and only
    /// then are columns left out from the least needed (the target, which the symbol judges).
    func drawChannels(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) -> Rect {
        let language = text.core.language
        var rows: [[(String, Role)]] = []
        for channel in Channel.allCases {
            let figures = live?.queue(channel, target: target(channel), now: now) ?? QueueFigures([QueueCall](), target: target(channel), now: now)
            let contacts = live?.contacts[channel] ?? ChannelContacts()
            let state = figures.state
            rows.append([
                (text.core.channel(channel), .label),
                (String(figures.waitingNow), figures.waitingNow > 0 ? .normal : .muted),
                (Formatting.duration(figures.longestWaitNow), (figures.longestWaitNow ?? 0) > Double(target(channel).seconds) ? .overdue : .normal),
                ("\(symbol(state, buffer.glyphs)) \(Formatting.percent(figures.serviceLevel, language))", role(state)),
                (Formatting.percent(target(channel).percent / 100, language).replacingOccurrences(of: ",0", with: "").replacingOccurrences(of: ".0", with: ""), .muted),
                (Formatting.duration(figures.averageSpeedOfAnswer), .normal),
                (Formatting.percent(figures.abandonmentRate, language), .normal),
                (Formatting.percent(contacts.firstContactResolution, language), .normal),
                (String(contacts.contacts), .normal),
            ])
        }
        func widths(_ headers: [String]) -> [Int] {
            headers.indices.map { column in max(CharacterWidth.of(headers[column]), rows.map { CharacterWidth.of($0[column].0) }.max() ?? 0) }
        }
        func total(_ widths: [Int], _ shown: [Int], gap: Int) -> Int { shown.map { widths[$0] }.reduce(0, +) + gap * (shown.count - 1) }
        var headers = text.channelColumns
        var columnWidths = widths(headers)
        var shown = Array(headers.indices)
        var gap = 2
        if total(columnWidths, shown, gap: gap) > area.width { gap = 1 }
        if total(columnWidths, shown, gap: gap) > area.width {
            headers = text.channelColumnsShort
            columnWidths = widths(headers)
        }
        for column in [4, 6, 5] where total(columnWidths, shown, gap: gap) > area.width { shown.removeAll { $0 == column } }
        // Spread spare room between the columns, so a wall screen does not bunch them left.
        let spare = max(0, area.width - total(columnWidths, shown, gap: gap))
        if shown.count > 1 { for column in shown.dropFirst() { columnWidths[column] += min(spare / (shown.count - 1), 6) } }

        func drawRow(_ cells: [(String, Role)], y: Int, header: Bool) {
            var x = area.x
            for (position, column) in shown.enumerated() {
                let (value, role) = cells[column]
                let width = columnWidths[column]
                let padding = position == 0 ? 0 : width - CharacterWidth.of(value)
                buffer.write(value, x: x + padding, y: y, style: header ? theme[.muted] : theme[role], limit: width)
                x += width + gap
            }
        }
        guard area.height > 0 else { return area }
        drawRow(headers.map { ($0, .muted) }, y: area.y, header: true)
        for (index, row) in rows.enumerated() where index + 1 < area.height { drawRow(row, y: area.y + 1 + index, header: false) }
        return area.splitTop(min(area.height, rows.count + 2)).rest
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
    func drawHourly(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) -> Rect {
        guard area.height >= 6 else { return area }
        buffer.write(text.hourlyTitle(weeks: LiveDay.weekdayAverageWeeks), x: area.x, y: area.y, style: theme[.label], limit: area.width)
        let labelWidth = Channel.allCases.map { CharacterWidth.of(text.core.channel($0)) }.max() ?? 10
        let axis = hourAxis
        let hours = axis.hours
        let columns = hours.count + (axis.hasOther ? 1 : 0)
        let cell = area.width - labelWidth - 1 >= columns * 3 + 16 ? 3 : 2
        // A wall screen has rows to spare: taller bars read from across the room.
        let barRows = area.height >= 34 ? 4 : (area.height >= 26 ? 3 : (area.height >= 20 ? 2 : 1))
        let nowHour = localHour(of: now, in: zone)
        for (index, channel) in Channel.allCases.enumerated() {
            let bottom = area.y + (index + 1) * barRows
            buffer.write(text.core.channel(channel), x: area.x, y: bottom, style: theme[.label], limit: labelWidth)
            let today = live?.contacts[channel]?.byHour ?? [Int](repeating: 0, count: 24)
            let average = live?.weekdayAverage[channel] ?? [Double](repeating: 0, count: 24)
            let top = max(1, Double(today.max() ?? 0), average.max() ?? 0)
            var x = area.x + labelWidth + 1
            for hour in hours {
                for row in 0..<barRows {
                    let y = bottom - row
                    buffer.write(bar(Double(today[hour]) / top, row: row, of: barRows, buffer.glyphs), x: x, y: y, style: theme[.normal])
                    buffer.write(bar(average[hour] / top, row: row, of: barRows, buffer.glyphs), x: x + 1, y: y, style: theme[.muted])
                }
                x += cell
            }
            if axis.hasOther {
                let outside = { (values: [Double]) in values.indices.filter { !hours.contains($0) }.map { values[$0] }.reduce(0, +) }
                for row in 0..<barRows {
                    let y = bottom - row
                    buffer.write(bar(outside(today.map(Double.init)) / top, row: row, of: barRows, buffer.glyphs), x: x, y: y, style: theme[.normal])
                    buffer.write(bar(outside(average) / top, row: row, of: barRows, buffer.glyphs), x: x + 1, y: y, style: theme[.muted])
                }
                x += cell
            }
            let soFar = average.enumerated().filter { $0.offset <= nowHour }.map(\.element).reduce(0, +)
            let summary = "\(today.reduce(0, +)) (\(text.weekdayAverage) \(Int(soFar.rounded())))"
            buffer.write(summary, x: x + 1, y: bottom, style: theme[.muted], limit: area.maxX - x - 1)
        }
        // The hour scale under the bars, every other hour.
        let scaleY = area.y + 1 + Channel.allCases.count * barRows
        var x = area.x + labelWidth + 1
        for hour in hours {
            if (hour - hours.lowerBound) % 2 == 0 { buffer.write(String(format: "%02d", hour), x: x, y: scaleY, style: theme[.muted]) }
            x += cell
        }
        if axis.hasOther { buffer.write(reportStrings(for: text.core.language).otherHours, x: x, y: scaleY, style: theme[.muted], limit: area.maxX - x) }
        return area.splitTop(min(area.height, Channel.allCases.count * barRows + 3)).rest
    }

    /// One row of a bar `rows` high filled to `fraction`, counted from the bottom row 0, in
    /// eighths of a cell (▁ to █), so a short bar still shows.
    func bar(_ fraction: Double, row: Int, of rows: Int, _ glyphs: Glyphs) -> String {
        let levels = glyphs.barLevels
        guard fraction > 0 else { return levels[0] }
        let eighths = max(1, Int((fraction * Double(8 * rows)).rounded()))
        return levels[min(8, max(0, eighths - 8 * row))]
    }

    // MARK: - Evenness (wall screens)

    func drawEvenness(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) -> Rect {
        var y = area.y
        for channel in Channel.allCases {
            let evenness = ServiceLevelEvenness((live?.calls ?? []).filter { $0.channel == channel }, target: target(channel), zone: zone)
            guard evenness.hoursMeasured > 0 else { continue }
            let worst = evenness.worstHour
            let line = text.evenness(
                channel: text.core.channel(channel), met: evenness.hoursMeetingTarget, of: evenness.hoursMeasured,
                worstHour: worst?.hour, worst: Formatting.percent(worst?.serviceLevel, text.core.language))
            buffer.write(line, x: area.x, y: y, style: theme[.muted], limit: area.width)
            y += 1
        }
        return y == area.y ? area : area.splitTop(y - area.y + 1).rest
    }

    // MARK: - Staff and overdue hand-overs

    func drawStaffAndOverdue(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        guard area.height >= 2 else { return }
        let (left, right) = showsStaff ? area.splitLeft(area.width * 3 / 5) : (Rect(x: area.x, y: area.y, width: 0, height: 0), area)
        if showsStaff {
            buffer.write(text.staffTitle, x: left.x, y: left.y, style: theme[.label])
            let staff = live?.staff ?? []
            if staff.isEmpty { buffer.write(text.noStaff, x: left.x, y: left.y + 1, style: theme[.muted], limit: left.width - 2) }
            for (index, person) in staff.enumerated() where index + 1 < left.height {
                let y = left.y + 1 + index
                let name = configuration.operator(person.user)?.name ?? person.user
                // The station names its channel ("Besök disk 2"); the channel stands in without one.
                let place = person.station ?? person.channel.map(text.core.channel) ?? ""
                let duration = Formatting.duration(max(0, now.timeIntervalSince(person.since)))
                let statusRole: Role = person.status == .paused ? .warning : (person.status == .available ? .success : .normal)
                let nameWidth = min(18, left.width * 3 / 10)
                let statusWidth = OperatorStatus.allCases.map { CharacterWidth.of(text.queue.status($0)) }.max()!
                var x = left.x
                buffer.write(name, x: x, y: y, limit: nameWidth)
                x += nameWidth + 1
                buffer.write(text.queue.status(person.status), x: x, y: y, style: theme[statusRole], limit: statusWidth)
                x += statusWidth + 1
                buffer.write(duration, x: x + max(0, 5 - duration.count), y: y, style: theme[.muted], limit: 8)
                x += max(5, duration.count) + 1
                buffer.write(place, x: x, y: y, style: theme[.muted], limit: left.maxX - x - 1)
            }
        }
        let x = right.x + (showsStaff ? 2 : 0)
        buffer.write(text.overdueTitle, x: x, y: right.y, style: theme[.label], limit: right.maxX - x)
        let overdue = live?.overdueBySector ?? []
        if overdue.isEmpty { buffer.write(text.noOverdue, x: x, y: right.y + 1, style: theme[.muted], limit: right.maxX - x) }
        let deliveryRow = drawFailingDeliveries(into: &buffer, x: x, right, theme)
        for (index, entry) in overdue.enumerated() where index + 1 < right.height - deliveryRow {
            let name = configuration.sector(entry.sector)?.name ?? entry.sector
            let count = String(entry.overdue)
            buffer.write(name, x: x, y: right.y + 1 + index, limit: right.maxX - x - count.count - 2)
            buffer.write(count, x: right.maxX - count.count - 1, y: right.y + 1 + index, style: theme[.overdue])
        }
    }

    // MARK: - Overlays

    func drawIncidentForm(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        let width = min(area.width - 4, 76)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - 8) / 2), width: width, height: 8)
        buffer.fill(box, style: theme[.normal])
        buffer.frame(box, title: text.hint(.startIncident), style: theme[.frame], titleStyle: theme[.label])
        let inner = box.inner.inset(horizontal: 1)
        buffer.write(text.incidentTitleLabel, x: inner.x, y: inner.y, style: theme[.label])
        buffer.textField(incidentTitle, in: inner.row(1), style: focus == .incidentTitle ? theme[.fieldFocused] : theme[.field], focused: focus == .incidentTitle)
        buffer.write(text.incidentMessageLabel, x: inner.x, y: inner.y + 2, style: theme[.label])
        buffer.textField(incidentMessage, in: inner.row(3), style: focus == .incidentMessage ? theme[.fieldFocused] : theme[.field], focused: focus == .incidentMessage)
        buffer.write(text.incidentFormHint, x: inner.x, y: inner.y + 5, style: theme[.muted], limit: inner.width)
    }
}
