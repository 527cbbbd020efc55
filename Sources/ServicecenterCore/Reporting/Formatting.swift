import Foundation

/// Numbers as each language writes them: "85,3 %" in Swedish, "85.3%" in English.
public enum Formatting {
    public static func percent(_ share: Double?, _ language: Language) -> String {
        guard let share else { return "–" }
        let text = String(format: "%.1f", share * 100)
        return language == .swedish ? text.replacingOccurrences(of: ".", with: ",") + " %" : text + "%"
    }

    /// A change as a signed share: "+4,2 %", "−1,0 %" ("-1.0%" in English); "–" when unknown.
    public static func signedPercent(_ share: Double?, _ language: Language) -> String {
        guard let share, share.isFinite else { return "–" }
        let text = String(format: "%+.1f", share * 100)
        return language == .swedish ? text.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "-", with: "−") + " %" : text + "%"
    }

    /// A measured amount with one decimal, in the language's decimal mark: "12,5" / "12.5".
    public static func decimal(_ value: Double, _ language: Language) -> String {
        guard value.isFinite else { return "–" }
        let text = String(format: "%.1f", value)
        return language == .swedish ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A number as a person wrote it: whole numbers without ".0", others as Swift prints them.
    /// Never traps: infinity, NaN and values past Int's range (1e19) come back as text, since a
    /// configuration value is shown in its problem before anything checks it.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-inf" : "inf" }
        if value == value.rounded(), abs(value) < Self.exactIntegers { return String(Int(value)) }
        return String(value)
    }

    /// Below 2⁵³ every whole Double is an exact Int; past it, `String(Double)` says it better.
    static let exactIntegers: Double = 9_007_199_254_740_992

    /// Seconds as m:ss (or h:mm:ss past an hour); "–" when unknown, or too large to be a wait
    /// (infinite, NaN, or past Int's range, where converting would trap).
    public static func duration(_ seconds: Double?) -> String {
        guard let seconds, seconds.isFinite, abs(seconds) < Self.exactIntegers else { return "–" }
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total % 3600 / 60, total % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, secs)
            : String(format: "%d:%02d", minutes, secs)
    }
}
