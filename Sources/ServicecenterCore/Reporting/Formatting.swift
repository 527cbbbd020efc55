import Foundation

/// Numbers as each language writes them: "85,3 %" in Swedish, "85.3%" in English.
public enum Formatting {
    public static func percent(_ share: Double?, _ language: Language) -> String {
        guard let share else { return "–" }
        let text = String(format: "%.1f", share * 100)
        return language == .swedish ? text.replacingOccurrences(of: ".", with: ",") + " %" : text + "%"
    }

    /// Seconds as m:ss (or h:mm:ss past an hour); "–" when unknown.
    public static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "–" }
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total % 3600 / 60, total % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, secs)
            : String(format: "%d:%02d", minutes, secs)
    }
}
