import ServicecenterCore

/// `[staffing]` in servicecenter.toml: the planning interval, the weeks of history, the
/// occupancy cap, the shrinkage and the wallboard's bell. Each value out of range is a located
/// problem here, because a plan made with a nonsense interval or a cap of 0 is no plan.
enum StaffingSection {
    /// The lengths that divide an hour: the history is counted per minute within the hour.
    static let intervalLengths = [15, 30, 60]
    static let historyWeeks = 1...52
    static let occupancyCapPercent = 1...100
    static let shrinkagePercent = 0...90

    static func read(_ reader: TableReader, into configuration: inout Configuration) -> [ConfigurationProblem] {
        var staffing = StaffingSettings()
        if let minutes = reader.int("interval_minutes") {
            if intervalLengths.contains(minutes) {
                staffing.intervalMinutes = minutes
            } else {
                reader.problem("interval_minutes", value: String(minutes), .oneOf(intervalLengths.map(String.init)))
            }
        }
        if let weeks = reader.int("history_weeks") {
            if historyWeeks.contains(weeks) {
                staffing.historyWeeks = weeks
            } else {
                reader.problem("history_weeks", value: String(weeks),
                               .between(lower: historyWeeks.lowerBound, upper: historyWeeks.upperBound, unit: .weeks))
            }
        }
        if let cap = percent(reader, "occupancy_cap_percent", within: occupancyCapPercent) { staffing.occupancyCap = cap }
        if let shrinkage = percent(reader, "shrinkage_percent", within: shrinkagePercent) { staffing.shrinkage = shrinkage }
        staffing.alertBell = reader.bool("alert_bell") ?? staffing.alertBell
        configuration.staffing = staffing
        return reader.finish()
    }

    /// A whole or decimal percentage within `range`, as a share (0–1); nil and a problem outside it.
    static func percent(_ reader: TableReader, _ key: String, within range: ClosedRange<Int>) -> Double? {
        guard let value = reader.number(key) else { return nil }
        guard value.isFinite, value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            reader.problem(key, value: Formatting.number(value),
                           .between(lower: range.lowerBound, upper: range.upperBound, unit: .percent))
            return nil
        }
        return value / 100
    }
}
