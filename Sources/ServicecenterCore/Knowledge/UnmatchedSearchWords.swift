/// What is kept of a knowledge search that matched nothing: the words of the masked search,
/// folded as the category search folds them, in the order typed, each once, shortened.
///
/// Masking runs first (`Intake.unmatchedSearchWords`); then, as the catalogue's gap words
/// (`GapWord`), a chunk holding a mask star is dropped whole and so is every token with a
/// digit, so a personnummer, phone number or e-mail address typed into the search never
/// reaches the table, masked or not. Filler words and single letters say nothing about what
/// is missing. The admin needs the gist, not a guide's whole sentence: at most
/// `maximumLength` characters, cut at a word.
public enum UnmatchedSearchWords {
    /// The longest search kept, in characters.
    public static let maximumLength = 60

    /// The words to keep of `masked` (a search already masked), or nil when none is left.
    public static func kept(fromMasked masked: String) -> String? {
        var kept = ""
        for word in GapWord.candidates(inMasked: masked) {
            let longer = kept.isEmpty ? word : kept + " " + word
            guard longer.count <= maximumLength else { break }
            kept = longer
        }
        return kept.isEmpty ? nil : kept
    }
}
