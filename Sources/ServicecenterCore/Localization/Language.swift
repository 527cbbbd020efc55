/// The language of user-facing text: Swedish by default, English on request.
public enum Language: String, CaseIterable, Sendable {
    case swedish = "sv"
    case english = "en"
}
