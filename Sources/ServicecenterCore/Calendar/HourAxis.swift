import Foundation

/// The hours a chart of a day's contacts shows: the site's opening hours, and after them one
/// "other hours" bucket when any contact lies outside (a contact logged late, a test at night).
///
/// Widening the axis to every hour with a contact let one visit at 23:01 stretch the chart of
/// a site that closes at 16:30 to 8–23; counted in the bucket it still shows, without that.
public struct HourAxis: Equatable, Sendable {
    /// The hours drawn one by one.
    public var hours: ClosedRange<Int>
    /// Whether the bucket for hours outside `hours` is drawn.
    public var hasOther: Bool

    /// The axis for `counts`, each indexed by local hour 0–23 (more or fewer are read as 0).
    public init(opening: OpeningHours, counts: [[Int]]) {
        hours = opening.hourAxis
        let hours = self.hours
        hasOther = counts.contains { series in series.indices.contains { !hours.contains($0) && series[$0] > 0 } }
    }

    /// The count of `series` in each drawn hour, then (when drawn) the bucket's.
    public func values(_ series: [Int]) -> [Int] {
        let value = { (hour: Int) in series.indices.contains(hour) ? series[hour] : 0 }
        let inside = hours.map(value)
        guard hasOther else { return inside }
        return inside + [series.indices.filter { !hours.contains($0) }.map(value).reduce(0, +)]
    }
}
