/// Trends within a longer period: contacts per week or month by channel as a chart, and the
/// headline measures per week or month in a table beside it.
extension StatisticsPage {
    var trendSection: String? {
        guard !report.trend.isEmpty else { return nil }
        let language = text.language
        let names: any StringTable = strings(for: language)
        let labels = report.trend.map { report.monthlyTrend ? text.month($0.number, year: $0.year) : text.week($0.number, year: $0.year) }
        var body = "<p>\(SVGChart.escape(text.trendsIntro(monthly: report.monthlyTrend)))</p>\n"
        body += SVGChart.stackedBars(
            labels: report.trend.map { report.monthlyTrend ? String(text.month($0.number, year: $0.year).prefix(3)) : String($0.number) },
            series: Channel.allCases.map { channel in
                SVGChart.Series(
                    name: names.channel(channel), colour: SVGChart.channelColours[channel]!,
                    values: report.trend.map { $0.figures.contactsByChannel[channel, default: 0] })
            },
            title: text.trendsTitle)
        let columns: [HeadlineMeasure] = [
            .contacts, .signLanguageContacts, .digitalHelpShare, .firstContactResolution, .serviceLevel(.phone), .phoneDirectAnswer,
            .emailWithinTwoWorkingDays, .handoversOnTime,
        ]
        let rows = zip(labels, report.trend).map { label, point in
            [HTMLTable.Cell(label)] + columns.map { HTMLTable.Cell.number(formatted($0.value(point.figures), $0.kind)) }
        }
        body += HTMLTable(
            caption: text.chartNumbers,
            header: [text.periodColumn] + columns.map { text.measureName($0, channel: names.channel(.phone)) },
            numeric: Set(1...columns.count), rows: rows).html
        return section("trends", text.trendsTitle, body)
    }
}
