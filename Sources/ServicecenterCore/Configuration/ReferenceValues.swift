/// `[reference]`: figures a municipality compares itself with in the quality report, such as
/// the national KKiK averages, each set shown with its source and year so that no reader
/// takes it for the site's own target.
public struct ReferenceValues: Sendable {
    /// The measures a reference may be given for, by their key in servicecenter.toml.
    public enum Measure: String, CaseIterable, Hashable, Sendable {
        case phoneDirectAnswer = "phone_direct_answer_percent"
        case emailWithinOneWorkingDay = "email_within_1_working_day_percent"
        case emailWithinTwoWorkingDays = "email_within_2_working_days_percent"
        case firstContactResolution = "fcr_percent"
        case phoneServiceLevel = "phone_service_level_percent"
    }

    /// Where the figures come from, e.g. "KKiK, riket (Kolada)".
    public var source: String?
    /// The year they describe.
    public var year: Int?
    /// Percentages 0–100 by measure.
    public var percent: [Measure: Double]
    public var location: SourceLocation?

    public init(source: String? = nil, year: Int? = nil, percent: [Measure: Double] = [:], location: SourceLocation? = nil) {
        self.source = source
        self.year = year
        self.percent = percent
        self.location = location
    }

    /// The reference for `measure` as a share 0–1, when one is given.
    public func share(_ measure: Measure) -> Double? { percent[measure].map { $0 / 100 } }

    /// "KKiK, riket (Kolada) 2024": the label every reference figure carries.
    public var label: String { [source, year.map(String.init)].compactMap { $0 }.joined(separator: " ") }

    /// The years a reference may describe.
    public static let years = 1990...2100
}
