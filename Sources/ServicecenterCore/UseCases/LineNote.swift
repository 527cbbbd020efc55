/// What an import or a feed has to say about one of its lines, in the order of the lines, so
/// the command line can name each by its number exactly as it always has.
public enum LineNote: Hashable, Sendable {
    /// The line was rejected: unreadable, not an object, or fields that do not hold.
    case bad(LineProblem)
    /// The line names another operator, whom the login user may not credit (`LineCredit`).
    case namesOther(String)
    /// The line is good; the intake masked personal data in these fields before storing it.
    case masked(MaskedFields)

    /// Whether the line counts against the input (a bad line or another's name).
    public var rejects: Bool {
        if case .masked = self { return false }
        return true
    }
}

/// One note with the number of the line it is about.
public struct NumberedLineNote: Hashable, Sendable {
    public var line: Int
    public var note: LineNote

    public init(line: Int, note: LineNote) {
        self.line = line
        self.note = note
    }
}
