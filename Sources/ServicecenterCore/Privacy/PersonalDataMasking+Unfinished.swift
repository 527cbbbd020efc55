/// What a desk draft may not keep even before it is finished.
///
/// A draft is written on every keystroke, and SQLite's write-ahead log keeps each earlier
/// version until a checkpoint: `Ring 811218–987`, one digit short of a number the mask knows,
/// gives the whole number back (the last digit follows from the check), and `kalle.anka@e`
/// names a person before the address has a domain. In the free text of a draft, every run of
/// more than six digits (read as the mask reads them: any script, with spaces, dashes, dots or
/// slashes between) keeps only its first six, the birth date the finished mask keeps too (eight
/// when they are a date with its century, so `2026-11-25` stays), and whatever stands before an
/// `@` is hidden. After a crash the guide asks the citizen again for
/// what was hidden; the saved contact is masked by the ordinary rule.
extension PersonalDataMasking {
    /// `text` with unfinished numbers and e-mail names hidden; `changed` says whether it was.
    public static func maskUnfinished(_ text: String) -> (text: String, changed: Bool) {
        guard mayHoldUnfinished(text) else { return (text, false) }
        var scalars = Array(text.unicodeScalars)
        let normalized = NormalizedText(scalars)
        var changed = false
        var i = 0
        while i < normalized.count {
            guard normalized.isDigit(i) else {
                if normalized.units[i] == .other("@") { changed = hideName(before: i, normalized, &scalars) || changed }
                i += 1
                continue
            }
            // A run of digits with at most four separators between any two (`19811218 - 9876`).
            var digits = [i], j = i + 1, gap = 0
            while j < normalized.count {
                if normalized.isDigit(j) {
                    digits.append(j)
                    gap = 0
                } else if isNumberSeparator(normalized.units[j]), gap < 4 {
                    gap += 1
                } else {
                    break
                }
                j += 1
            }
            for index in digits.dropFirst(keptDigits(digits.compactMap(normalized.digit(at:)))) {
                scalars[normalized.origins[index]] = "*"
                changed = true
            }
            i = digits.last! + 1
        }
        guard changed else { return (text, false) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return (String(out), true)
    }

    /// How many leading digits of a run may stay: a date written with its century
    /// (`2026-11-25`, `19811218`) keeps all eight, anything else the six of a birth date.
    static func keptDigits(_ digits: [Int]) -> Int {
        guard digits.count >= 8 else { return 6 }
        let century = digits[0] * 10 + digits[1], year = century * 100 + digits[2] * 10 + digits[3]
        let month = digits[4] * 10 + digits[5], day = digits[6] * 10 + digits[7]
        guard (18...20).contains(century), (1...12).contains(month), day >= 1, day <= LocalDay.daysIn(month: month, year: year) else { return 6 }
        return 8
    }

    /// Hides the word before the `@` at `at` (one space between allowed), as `***`.
    private static func hideName(before at: Int, _ text: NormalizedText, _ scalars: inout [Unicode.Scalar]) -> Bool {
        var end = at
        if end > 0, text.units[end - 1] == .space { end -= 1 }
        var start = end
        while start > 0, case .other(let scalar) = text.units[start - 1], scalar != "*", !scalar.properties.isWhitespace { start -= 1 }
        while start > 0, case .digit = text.units[start - 1] { start -= 1 }
        guard start < end else { return false }
        for index in start..<end { scalars[text.origins[index]] = "*" }
        return true
    }

    static func isNumberSeparator(_ unit: NormalizedText.Unit) -> Bool {
        switch unit {
        case .space, .dash: true
        case .other(let scalar): ".,/:_+()".unicodeScalars.contains(scalar)
        case .digit: false
        }
    }

    /// Seven digits or an @ in any script: the cheap test before the text is read closely.
    static func mayHoldUnfinished(_ text: String) -> Bool { mayHoldPersonalData(text, digits: 7) }
}
