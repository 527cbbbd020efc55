import Foundation

/// Folds text for matching: lower case, no diacritics (å→a, ä→a, ö→o, é→e), words split on anything else.
///
/// Guides type fast, on keyboards and terminals that may not give them å, ä and ö, so
/// "forskola" must meet "Förskola". Folding is done once per category and once per query.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// Folded words of at least one letter or digit.
    public static func words(_ text: String) -> [String] {
        fold(text)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
    }
}
