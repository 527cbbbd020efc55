import Foundation

/// Contacts per hour and per day by channel, first-contact resolution and service level per
/// channel: each chart followed by a table of its figures.
extension StatisticsPage {
    var contactSection: String {
        let language = text.language
        let names: any StringTable = strings(for: language)
        let all = report.current.contacts
        var body = ""
        let series = { (values: (Channel) -> [Int]) in
            Channel.allCases.map { SVGChart.Series(name: names.channel($0), colour: SVGChart.channelColours[$0]!, values: values($0)) }
        }
        /// The figures of a chart by channel: one row per label, a column per channel and the total.
        func numbers(_ labels: [String], _ first: String, _ values: (Channel) -> [Int]) -> String {
            let columns = Channel.allCases.map(values)
            let rows = labels.indices.map { index in
                [HTMLTable.Cell(labels[index])] + columns.map { HTMLTable.Cell.number(ReportNumber.count($0[index], language)) }
                    + [.number(ReportNumber.count(columns.reduce(0) { $0 + $1[index] }, language))]
            }
            return HTMLTable(
                caption: text.chartNumbers, header: [first] + Channel.allCases.map(names.channel) + [text.totalRow],
                numeric: Set(1...(Channel.allCases.count + 1)), rows: rows).html
        }

        body += "<h3>\(SVGChart.escape(text.contactsPerHourTitle))</h3>\n"
        if !report.hasContacts {
            body += "<p>\(SVGChart.escape(text.noContacts))</p>\n"
        } else {
            // The site's opening hours ([site.opening_hours]), and contacts outside them in one
            // "other hours" bar: no longer an axis stretched to the latest contact's hour.
            let perHour = report.contactsPerHour
            let axis = HourAxis(opening: configuration.openingHours, counts: Array(perHour.values))
            let labels = axis.hours.map { String(format: "%02d", $0) } + (axis.hasOther ? [text.otherHours] : [])
            body += SVGChart.stackedBars(labels: labels, series: series { axis.values(perHour[$0] ?? []) }, title: text.contactsPerHourTitle)
            body += numbers(labels, text.hourColumn) { axis.values(perHour[$0] ?? []) }
        }
        // Day by day up to about two months; longer periods have their trend per week or month.
        if !report.contactsPerDay.isEmpty {
            let perDay = report.contactsPerDay
            body += "<h3>\(SVGChart.escape(text.contactsPerDayTitle))</h3>\n"
            body += SVGChart.stackedBars(
                labels: report.days.map { String($0.description.suffix(5)) },
                series: series { channel in perDay.map { $0[channel, default: 0] } },
                title: text.contactsPerDayTitle)
            body += numbers(report.days.map(\.description), text.dayColumn) { channel in perDay.map { $0[channel, default: 0] } }
        }

        body += "<h3>\(SVGChart.escape(text.fcrTitle))</h3>\n"
        if !report.hasContacts {
            body += "<p>\(SVGChart.escape(text.noContacts))</p>\n"
        } else {
            var bars: [SVGChart.Bar] = []
            var rows: [[HTMLTable.Cell]] = []
            for channel in Channel.allCases {
                guard let summary = report.current.channels[channel] else { continue }
                bars.append(SVGChart.Bar(
                    label: names.channel(channel), value: summary.firstContactResolution, target: nil,
                    text: "\(Formatting.percent(summary.firstContactResolution, language)) (\(summary.resolved)/\(summary.contacts))",
                    colour: SVGChart.channelColours[channel]!))
                rows.append(fcrRow(names.channel(channel), summary))
            }
            bars.append(SVGChart.Bar(
                label: text.allChannels, value: all.firstContactResolution, target: nil,
                text: "\(Formatting.percent(all.firstContactResolution, language)) (\(all.resolved)/\(all.contacts))", colour: "#555"))
            rows.append(fcrRow(text.allChannels, all))
            body += SVGChart.horizontalBars(bars, title: text.fcrTitle)
            body += HTMLTable(
                caption: text.chartNumbers, header: [text.channelColumn, text.contactsColumn, text.resolvedColumn, text.headlineFCR],
                numeric: [1, 2, 3], rows: rows).html
        }
        return section("contacts", text.contactsTitle, body)
    }

    func fcrRow(_ label: String, _ summary: ContactCounts) -> [HTMLTable.Cell] {
        [HTMLTable.Cell(label), .number(ReportNumber.count(summary.contacts, text.language)),
         .number(ReportNumber.count(summary.resolved, text.language)), .number(Formatting.percent(summary.firstContactResolution, text.language))]
    }

    var serviceLevelSection: String {
        let language = text.language
        let names: any StringTable = strings(for: language)
        var levels: [SVGChart.Bar] = []
        var rows: [[HTMLTable.Cell]] = []
        for channel in Channel.allCases {
            guard let figures = report.current.queues[channel] else { continue }
            let target = configuration.targets.serviceLevel(for: channel), goal = target.percent / 100
            rows.append([
                HTMLTable.Cell(names.channel(channel)), .number(ReportNumber.count(figures.offered, language)),
                .number(ReportNumber.count(figures.answered, language)), .number(ReportNumber.count(figures.abandoned, language)),
                .number(Formatting.percent(figures.serviceLevel, language)), .number(Formatting.percent(goal, language)),
                .number(Formatting.duration(figures.averageSpeedOfAnswer)), .number(Formatting.percent(figures.abandonmentRate, language)),
            ])
            guard let level = figures.serviceLevel else { continue }
            let met = target.isMet(by: level)
            levels.append(SVGChart.Bar(
                label: names.channel(channel), value: level, target: goal,
                text: "\(Formatting.percent(level, language)) (\(text.target(Formatting.percent(goal, language))), \(met ? text.metTarget : text.missedTarget))",
                colour: met ? "#009E73" : "#D55E00"))
        }
        var body = levels.isEmpty ? "<p>\(SVGChart.escape(text.noQueueData))</p>\n" : SVGChart.horizontalBars(levels, title: text.serviceLevelTitle)
        if !rows.isEmpty {
            body += HTMLTable(
                caption: text.chartNumbers,
                header: [text.channelColumn, text.offered, text.answered, text.abandoned, text.serviceLevelColumn, text.columnTarget,
                         text.asaColumn, text.abandonmentColumn],
                numeric: Set(1...7), rows: rows).html
        }
        return section("service-level", text.serviceLevelTitle, body)
    }
}
