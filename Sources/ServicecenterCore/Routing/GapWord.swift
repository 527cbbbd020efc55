/// What counts as a word in the catalogue gap report: something a category's search words
/// could be written for. The report counts words, not phrases, so "glasögon" asked alone and
/// "glasögon linser" add up to one row with its count.
///
/// What masking leaves behind is not a word: a chunk holding a mask star (`811218-****`,
/// `070-*** ** **`, `***@example.se`) is dropped whole, so neither its digits nor the mail
/// domain are counted, and a token with a digit (an unmasked phone number, an amount, a case
/// number) is dropped too. Single letters and filler words say nothing about the matter.
/// Two letters are enough: the catalogue has words that short ("va").
public enum GapWord {
    /// The fewest letters a counted word has.
    public static let minimumLetters = 2

    /// The words of a masked subject that may be counted, folded, each once, in order of
    /// first appearance; whether a category matches them is for the caller to decide.
    public static func candidates(inMasked subject: String) -> [String] {
        let unmasked = subject.split(whereSeparator: \.isWhitespace).filter { !$0.contains("*") }.joined(separator: " ")
        var seen: Set<String> = []
        return TextFolding.words(unmasked).filter { isWord($0) && seen.insert($0).inserted }
    }

    /// Whether a folded token is a word to count: letters only, at least `minimumLetters`,
    /// and no filler word.
    public static func isWord(_ folded: String) -> Bool {
        folded.count >= minimumLetters && folded.allSatisfy(\.isLetter) && !FillerWords.folded.contains(folded)
    }
}
