import Foundation

/// ISO 8601 timestamps as contacts carry them: with a UTC offset, so no time is ambiguous.
public enum Timestamp {
    /// Parses `2026-11-23T09:15:00+01:00`, `…Z`, optionally with fractional seconds. No offset, no date.
    public static func parse(_ text: String) -> Date? {
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        if let date = try? Date(text, strategy: fractional) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle())
    }

    /// UTC text with a `Z`, as the store keeps it: sorts as text, reads in `sqlite3`.
    public static func utcText(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    /// The time in the site's zone with its offset, for people reading output.
    public static func localText(_ date: Date, in zone: TimeZone) -> String {
        var style = Date.ISO8601FormatStyle(timeZone: zone)
        style.timeZone = zone
        return date.formatted(style)
    }
}
