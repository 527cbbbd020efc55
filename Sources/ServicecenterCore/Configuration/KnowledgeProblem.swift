/// What is wrong with one knowledge article (`knowledge/<id>.md`), as a kind, so `config check`
/// says it in either language. Every such problem leaves the article out at the desk.
public enum KnowledgeProblem: Hashable, Sendable {
    /// The file name is not `<id>.md` with an id of a-z, 0-9, `_` and `-`.
    case fileName
    /// Larger than the limit (bytes): read during a call, an article is short.
    case tooLarge(limit: Int)
    /// The bytes of this line are not UTF-8.
    case notUTF8
    /// A control character, DEL, escape sequence or bidirectional override on this line.
    case controlCharacter
    /// The first line is not `---`.
    case noFrontMatter
    /// No second `---` line ends the front matter.
    case frontMatterNotClosed
    /// A front matter line that is not `key: value`.
    case notKeyValue
    /// A key the format does not have (a misspelt key must not be silently ignored).
    case unknownKey(known: [String])
    /// A key given twice; the first at this line.
    case duplicateKey(firstLine: Int)
    /// A required key is missing.
    case missingKey
    /// A value left empty.
    case emptyValue
    /// `reviewed` is not a real day `YYYY-MM-DD`.
    case reviewedDate
    /// `review_months` is not a whole number 1–60.
    case reviewMonths
    /// `audience` is neither `internal` nor `public`.
    case audience
    /// `eservice` does not begin with `https://`.
    case eserviceAddress
    /// A category id that `categories.toml` does not have.
    case unknownCategory
    /// A sector id that `sectors.toml` does not have.
    case unknownSector
}
