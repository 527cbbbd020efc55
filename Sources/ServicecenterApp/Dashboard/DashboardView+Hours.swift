import Foundation
import ServicecenterCore
import TerminalUI

/// The board's service level per hour and its alerts, drawn from what `update` worked out.
extension DashboardModel {
    /// Per channel, each hour of the axis as on target / at risk / missed / nothing measured
    /// (judged as the channel table judges the day: `TargetState`), blank for hours to come.
    func serviceLevelHours(_ theme: Theme, _ glyphs: Glyphs) -> ServiceLevelHours {
        let axis = hourAxis
        let nowHour = localHour(of: now, in: zone)
        let language = text.core.language
        let bands = Channel.allCases.map { channel -> ServiceLevelHours.Band in
            let levels = hourLevels[channel]?.byHour ?? [:]
            func cell(_ level: Double?, past: Bool) -> (symbol: String, style: Style) {
                guard past else { return (" ", .plain) }
                let state = TargetState(serviceLevel: level, target: target(channel))
                return (symbol(state, glyphs), theme[role(state)])
            }
            var cells = axis.hours.map { cell(levels[$0], past: $0 <= nowHour) }
            if axis.hasOther {
                // The hours outside opening as one column: the worst of them.
                let outside = levels.filter { !axis.hours.contains($0.key) }.map(\.value)
                cells.append(outside.isEmpty ? (" ", .plain) : cell(outside.min(), past: true))
            }
            let evenness = hourLevels[channel]
            let worst = evenness?.worstHour
            return ServiceLevelHours.Band(
                name: text.core.channel(channel), cells: cells,
                summary: evenness.map {
                    $0.hoursMeasured == 0 ? "" : text.hoursSummary(met: $0.hoursMeetingTarget, of: $0.hoursMeasured, worstHour: worst?.hour,
                                                                   worst: Formatting.percent(worst?.serviceLevel, language))
                } ?? "",
                shortSummary: evenness.map { $0.hoursMeasured == 0 ? "" : text.hoursSummaryShort(met: $0.hoursMeetingTarget, of: $0.hoursMeasured) } ?? "")
        }
        return ServiceLevelHours(
            title: text.hoursTitle,
            legend: text.hoursLegend(onTarget: glyphs.onTarget, atRisk: "!", missed: glyphs.missed, noData: glyphs.noData),
            shortLegend: text.hoursLegendShort(onTarget: glyphs.onTarget, atRisk: "!", missed: glyphs.missed),
            bands: bands, scale: axis.hours.map { String(format: "%02d", $0) },
            otherLabel: axis.hasOther ? reportStrings(for: language).otherHours : nil,
            nameWidth: Channel.allCases.map { DisplayWidth.of(text.core.channel($0), ascii: glyphs.isASCII) }.max() ?? 10,
            labelStyle: theme[.label], mutedStyle: theme[.muted])
    }

    /// The alerts, most urgent first: someone waiting past the target, then a service level below
    /// it, then too few staffed; within each, the oldest first.
    var alertsByUrgency: [DashboardAlert] {
        func urgency(_ kind: AlertCondition.Kind) -> Int {
            switch kind {
            case .waitedPastTarget: 0
            case .belowTarget: 1
            case .understaffed: 2
            }
        }
        return alerts.sorted {
            (urgency($0.condition.kind), $0.since, Channel.allCases.firstIndex(of: $0.condition.channel)!)
                < (urgency($1.condition.kind), $1.since, Channel.allCases.firstIndex(of: $1.condition.channel)!)
        }
    }

    /// The alerts, one a row, each with the word that makes it an alert and the time it began;
    /// when they take more than `rows`, the last row says how many more there are (the least urgent).
    func alertLabels(rows: Int, _ theme: Theme) -> [Label] {
        guard rows > 0 else { return [] }
        let alerts = alertsByUrgency
        let shown = alerts.count > rows ? Array(alerts.prefix(rows - 1)) : alerts
        var labels = shown.map { alert in
            let channel = alert.condition.channel
            let goal = Formatting.percent(target(channel).percent / 100, text.core.language)
                .replacingOccurrences(of: ",0", with: "").replacingOccurrences(of: ".0", with: "")
            let what = text.alert(alert.condition.kind, percent: goal, wait: Formatting.duration(Double(target(channel).seconds)))
            return Label("\(text.alertWord) \(Timestamp.localMinute(alert.since, in: zone).suffix(5)) \(text.core.channel(channel)): \(what)",
                         style: theme[.error])
        }
        if alerts.count > rows { labels.append(Label(text.alertsNotShown(alerts.count - shown.count), style: theme[.error])) }
        return labels
    }
}
