/// Prognosfel: how far a day's forecast per channel came from the contacts that came, so a
/// supervisor can see whether the plan can be trusted. The forecast is the staffing plan's
/// (`StaffingPlanner`), summed over the day's opening hours; the contacts are counted over the
/// same hours, the same way the history is. Counts only: nothing about a person.
public struct ForecastAccuracy: Hashable, Sendable {
    public var day: LocalDay
    public var channel: Channel
    /// The contacts forecast over the day's opening hours; nil without history to forecast from.
    public var forecast: Double?
    /// The contacts that came in those hours.
    public var actual: Int
    /// The earlier days (same weekday, ordinary weeks) that had data: what the forecast rests on.
    public var historyDays: Int

    public init(day: LocalDay, channel: Channel, forecast: Double?, actual: Int, historyDays: Int) {
        self.day = day
        self.channel = channel
        self.forecast = forecast
        self.actual = actual
        self.historyDays = historyDays
    }

    /// Actual − forecast: positive when more came than forecast.
    public var error: Double? { forecast.map { Double(actual) - $0 } }

    /// |actual − forecast| ÷ actual; nil when nothing came (a share of nothing) or there was no forecast.
    public var absolutePercentageError: Double? {
        guard let error, actual > 0 else { return nil }
        return abs(error) / Double(actual)
    }

    /// Over several days or channels: the forecasts and contacts summed (days without a forecast
    /// left out of both), and the mean of the days' absolute percentage errors (MAPE).
    public struct Summary: Hashable, Sendable {
        public var forecast: Double
        public var actual: Int
        public var daysForecast: Int
        public var meanAbsolutePercentageError: Double?

        public init(_ rows: some Sequence<ForecastAccuracy>) {
            var forecast = 0.0, actual = 0, days = 0, errors: [Double] = []
            for row in rows {
                guard let planned = row.forecast else { continue }
                forecast += planned
                actual += row.actual
                days += 1
                if let error = row.absolutePercentageError { errors.append(error) }
            }
            self.forecast = forecast
            self.actual = actual
            daysForecast = days
            meanAbsolutePercentageError = errors.isEmpty ? nil : errors.reduce(0, +) / Double(errors.count)
        }

        /// (actual − forecast) ÷ forecast over the summed days; nil without a forecast.
        public var relativeError: Double? { forecast > 0 ? (Double(actual) - forecast) / forecast : nil }
    }
}
