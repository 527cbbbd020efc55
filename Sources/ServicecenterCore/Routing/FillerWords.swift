/// Småord: the words a citizen's question is wrapped in ("jag vill ansöka om bygglov"),
/// which say nothing about the matter and would otherwise match categories by accident
/// ("om" as the start of "omlån", "i" as the start of "inackordering").
///
/// They are left out of a search, unless the query holds nothing else: "för" alone is the
/// start of "förskola" while the guide is still typing it.
public enum FillerWords {
    /// Folded (no case, no diacritics), as `TextFolding.words` gives them.
    public static let folded: Set<String> = [
        "om", "att", "jag", "vi", "vill", "en", "ett", "for", "pa", "i", "till", "med", "och", "har", "hade",
        "av", "fran", "som", "det", "den", "de", "ar", "var", "nar", "hur", "vad", "kan", "ska", "skulle",
        "min", "mitt", "mina", "sin", "sitt", "sina", "hon", "han", "mig", "oss", "inte", "nagot", "nagon",
        "undrar", "behover", "fick", "ha", "vara", "eller", "men", "sa", "efter", "under", "vid",
    ]

    /// `words` without filler words, or all of them when nothing else is left.
    public static func meaningful(_ words: [String]) -> [String] {
        let kept = words.filter { !folded.contains($0) }
        return kept.isEmpty ? words : kept
    }
}
