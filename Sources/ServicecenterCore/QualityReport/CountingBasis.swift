import Foundation

/// What a period's counts (`ReportCounts`) depend on besides its records: each channel's
/// service-level target, and the working-day calendar that e-mail answers and hand-overs are
/// measured by (its zone, closing time and extra closed days). A store that keeps counted days
/// keeps them for one basis, named by `key`, and counts again when the configuration changes.
public struct CountingBasis: Sendable {
    /// Each channel's service-level target, in seconds.
    public var limitSeconds: [Channel: Int]
    public var calendar: WorkingDayCalendar

    public init(limitSeconds: [Channel: Int], calendar: WorkingDayCalendar) {
        self.limitSeconds = limitSeconds
        self.calendar = calendar
    }

    public init(_ configuration: Configuration) {
        self.init(
            limitSeconds: Dictionary(uniqueKeysWithValues: Channel.allCases.map { ($0, configuration.targets.serviceLevel(for: $0).seconds) }),
            calendar: configuration.workingDays)
    }

    public func limit(_ channel: Channel) -> Int { limitSeconds[channel] ?? 0 }

    /// The basis as a short text that is the same in every process and every release that
    /// counts alike: a hash (64-bit FNV-1a) of every value the counts depend on. Bump `version`
    /// when a counting rule changes, so that days kept under the old rule are counted again.
    public var key: String {
        let version = 1
        let limits = Channel.allCases.map { "\($0.rawValue)=\(limit($0))" }.joined(separator: ",")
        let closed = calendar.closedDays.sorted().map(\.description).joined(separator: ",")
        let text = "v\(version);\(limits);\(calendar.zone.identifier);\(calendar.closingMinute);\(closed)"
        var hash = FNV1a()
        hash.add(text.utf8)
        return String(hash.value, radix: 16)
    }
}
