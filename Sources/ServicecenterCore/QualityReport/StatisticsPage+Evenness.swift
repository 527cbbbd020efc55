/// Evenness: per channel, the share of hours on target and a heat map of the service level
/// by hour (rows) and weekday (columns). The map is a table: each cell holds its figure and a
/// symbol as well as its colour.
extension StatisticsPage {
    var evennessSection: String {
        let language = text.language
        let names: any StringTable = strings(for: language)
        var body = "<p>\(SVGChart.escape(text.evennessIntro(marginPoints: Int((TargetState.margin * 100).rounded()))))</p>\n"
        guard !report.heatMaps.isEmpty else {
            return section("evenness", text.evennessTitle, body + "<p>\(SVGChart.escape(text.noQueueData))</p>\n")
        }
        for map in report.heatMaps {
            let channel = names.channel(map.channel)
            body += "<h3>\(SVGChart.escape(channel))</h3>\n"
            let met = report.current.hoursOnTarget[map.channel, default: 0]
            let measured = report.current.hoursMeasured[map.channel, default: 0]
            body += "<p>\(SVGChart.escape(text.hoursOnTarget(Formatting.percent(report.current.evenness(map.channel), language), met: met, of: measured)))</p>\n"
            let weekdays = map.weekdays
            let rows = map.hours.map { hour -> [HTMLTable.Cell] in
                [HTMLTable.Cell(String(format: "%02d", hour))] + weekdays.map { weekday -> HTMLTable.Cell in
                    guard let level = map.levels[weekday]?[hour] else { return HTMLTable.Cell("") }
                    let (symbol, style) = switch map.standing(level) {
                    case .onTarget: ("✓", "met")
                    case .atRisk: ("!", "risk")
                    case .missed, .noData: ("✗", "missed")
                    }
                    return HTMLTable.Cell(symbol + " " + Formatting.percent(level, language), style: style)
                }
            }
            body += HTMLTable(
                caption: text.heatMapCaption(channel: channel, target: Formatting.percent(map.goal, language)),
                header: [text.hourColumn] + weekdays.map(text.weekdayShort), rows: rows, style: "heat").html
        }
        body += "<p class=\"legend\"><strong>\(SVGChart.escape(text.legendTitle)):</strong> "
            + "<span class=\"met\">✓ \(SVGChart.escape(text.metTarget))</span> "
            + "<span class=\"risk\">! \(SVGChart.escape(text.atRisk))</span> "
            + "<span class=\"missed\">✗ \(SVGChart.escape(text.missedTarget))</span></p>\n"
        return section("evenness", text.evennessTitle, body)
    }
}
