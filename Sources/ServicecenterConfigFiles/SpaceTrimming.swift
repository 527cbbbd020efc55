extension StringProtocol {
    /// The text without the spaces and tabs at either end: what `trimmingCharacters(in:
    /// .whitespaces)` gives (tab, Unicode's space separators and, in Foundation's set, the
    /// zero-width space), in Swift's own string scan. Foundation's went through NSString on
    /// Linux: with `replacingOccurrences`, half of the knowledge articles' reading, which was a
    /// third of a `log`'s run.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
