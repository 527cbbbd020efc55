/// Masks personal data that a guide typed into free text without meaning to keep it:
/// Swedish personal identity numbers and coordination numbers always, e-mail addresses and
/// phone numbers unless the site allows them (`[privacy]`).
///
/// A number counts as a personnummer only when it has the right shape (10 or 12 digits, with
/// or without a separator), a real date (a samordningsnummer has 60 added to the day) and a
/// valid Luhn check digit, so case numbers and amounts are left alone. It becomes
/// `YYMMDD-****`: the birth date stays, which tells a colleague whose matter it was without
/// identifying the person. Masking masked text changes nothing.
public struct PersonalDataMasking: Sendable, Hashable {
    public var allowEmail: Bool
    public var allowPhone: Bool

    public init(allowEmail: Bool = false, allowPhone: Bool = false) {
        self.allowEmail = allowEmail
        self.allowPhone = allowPhone
    }

    /// What a text held and was masked.
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case personalIdentityNumber
        case coordinationNumber
        case email
        case phone

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// A text after masking, and how many of each kind were masked.
    public struct Result: Sendable, Hashable {
        public var text: String
        public var masked: [Kind: Int]

        public var changed: Bool { !masked.isEmpty }
        /// The kinds masked, in a fixed order, for telling the guide.
        public var kinds: [Kind] { masked.keys.sorted() }
    }

    /// Masks `text`. `today` settles the century of a 10-digit number, which decides whether
    /// 29 February of its year existed.
    ///
    /// The text is read as a reader sees it (`NormalizedText`): a number typed with an en dash,
    /// a no-break space, spaces inside the date, a line break or fullwidth digits is the same
    /// number. What is masked is replaced in the text as written; the rest stays untouched.
    public func mask(_ text: String, today: LocalDay) -> Result {
        mask(text, today: today, dated: nil)
    }

    /// Masks an identifier of a record made on `day` (an imported contact's id, a call id).
    /// Systems number their records by the day (`tel-20261123-0017`); such a number with
    /// `day`'s own date is a dated sequence number, not a birth date, and is kept: masked, one
    /// in ten of them would pass the check digit and a day's ids would become one.
    public func maskIdentifier(_ id: String, dated day: LocalDay, today: LocalDay) -> Result {
        mask(id, today: today, dated: day)
    }

    func mask(_ text: String, today: LocalDay, dated day: LocalDay?) -> Result {
        guard Self.mayHoldPersonalData(text) else { return Result(text: text, masked: [:]) }
        var scalars = Array(text.unicodeScalars)
        var masked: [Kind: Int] = [:]
        // Normalising is most of the work on a note with digits: done again only after a pass
        // changed the text.
        var normalized = NormalizedText(scalars)
        if Self.maskIdentityNumbers(&scalars, normalized, today: today, notBirthDate: day, counts: &masked) {
            normalized = NormalizedText(scalars)
        }
        if !allowPhone, Self.maskPhoneNumbers(&scalars, normalized, counts: &masked) { normalized = NormalizedText(scalars) }
        if !allowEmail { Self.maskEmailAddresses(&scalars, normalized, counts: &masked) }
        guard !masked.isEmpty else { return Result(text: text, masked: [:]) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return Result(text: String(out), masked: masked)
    }

    /// Masks a text that may be absent.
    public func mask(_ text: String?, today: LocalDay) -> Result? {
        text.map { mask($0, today: today) }
    }

    /// Whether `text` has `digits` digits (by default eight, the shortest phone number) or an
    /// @, in any script.
    /// Most notes have neither and leave after one pass over their bytes, which an import of a
    /// million lines feels. ASCII bytes and the Latin-1 letters (å, ä, ö, é: lead byte 0xC3,
    /// never a digit) are judged by their bytes; any other character (an en dash, fullwidth
    /// `８`, Arabic-Indic `٨`, `＠`) is decoded on the spot and judged by its Unicode properties.
    static func mayHoldPersonalData(_ text: String, digits least: Int = 8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var digits = 0, i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte >= 0x30, byte <= 0x39 { digits += 1 } else if byte == 0x40 { return true }
                    i += 1
                } else if byte == 0xC3 || byte < 0xC0 {
                    i += 1 // a Latin-1 letter, or a continuation byte
                } else {
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<length where i + k < bytes.count { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
                    i += length
                    // General punctuation (dashes, quotes, …, bullets) holds no digit or @:
                    // the characters a pasted text brings most, judged without a lookup.
                    guard !(0x2000...0x206F).contains(value), let scalar = Unicode.Scalar(value) else { continue }
                    if scalar == "\u{FF20}" || scalar == "\u{FE6B}" { return true } // fullwidth and small commercial at
                    let type = scalar.properties.numericType
                    if type == .decimal || type == .digit { digits += 1 }
                }
            }
            return digits >= least
        }
    }

    // MARK: Personal identity and coordination numbers

    /// Masks the identity numbers in `s`, read as `text`; returns whether it changed `s`.
    @discardableResult
    static func maskIdentityNumbers(
        _ s: inout [Unicode.Scalar], _ text: NormalizedText, today: LocalDay, notBirthDate: LocalDay? = nil, counts: inout [Kind: Int]
    ) -> Bool {
        var edits = ScalarEdits()
        var i = 0
        while i < text.count {
            guard text.isDigit(i), !text.isDigit(i - 1) else {
                i += 1
                continue
            }
            if let match = identityNumber(in: text, at: i, today: today), match.date != notBirthDate || match.kind != .personalIdentityNumber {
                // A combining mark on the last digit (an underline) goes with it.
                var range = text.originalRange(of: i..<match.end)
                while range.upperBound < s.count, [.nonspacingMark, .enclosingMark].contains(s[range.upperBound].properties.generalCategory) {
                    range = range.lowerBound..<(range.upperBound + 1)
                }
                edits.replace(range, with: match.dateDigits + "-****")
                counts[match.kind, default: 0] += 1
                i = match.end
            } else {
                i += 1
            }
        }
        edits.apply(to: &s)
        return !edits.isEmpty
    }

    struct IdentityMatch {
        /// The unit after the number.
        var end: Int
        /// YYMMDD as written, in ASCII digits (a coordination number keeps its day + 60).
        var dateDigits: String
        /// The date it stands for (a coordination number's real day).
        var date: LocalDay
        var kind: Kind
    }

    /// Separators people put between the parts of a number, after normalising: spaces and
    /// line breaks of any kind, dashes of any kind, `.` and `/`; `+` (100 years or older)
    /// only before the last four digits.
    static let longestSeparator = 4

    /// A personnummer or samordningsnummer starting at unit `start`: `YYYYMMDD-NNNC` or
    /// `YYMMDD-NNNC` (`+` for 100 years or older), the separator any run of up to four
    /// spaces, dashes, `.`, `/`, `,`, `:`, `_`, `·` or `~`, or none; the date may be split the
    /// same way into its parts (`81 12 18-9876`), at both places or neither, and the last four
    /// into two pairs (`98 76`). It must not run on into more digits.
    /// A 12-digit number's date must not lie after `today`.
    static func identityNumber(in text: NormalizedText, at start: Int, today: LocalDay) -> IdentityMatch? {
        // Numbers, not arrays of digits: this runs at every digit run of every note with
        // eight digits or more, and allocations were most of its time.
        for dateLength in [8, 6] {
            var i = start
            /// The value of the next `count` digits, when there are that many in a row.
            func number(_ count: Int) -> Int? {
                var value = 0
                for _ in 0..<count {
                    guard let digit = text.digit(at: i) else { return nil }
                    value = value * 10 + digit
                    i += 1
                }
                return value
            }
            /// Skips a separator; returns whether there was one and whether it held a `+`.
            func separator(allowingPlus: Bool) -> (found: Bool, plus: Bool) {
                var length = 0, plus = false
                scan: while length < longestSeparator, i + length < text.count {
                    switch text.units[i + length] {
                    case .space, .dash, .other("."), .other("/"), .other(","), .other(":"), .other("_"), .other("·"), .other("~"):
                        length += 1
                    case .other("+") where allowingPlus:
                        plus = true
                        length += 1
                    default: break scan
                    }
                }
                // A separator counts only when a digit follows it.
                guard length > 0, text.isDigit(i + length) else { return (false, false) }
                i += length
                return (true, plus)
            }
            guard let head = number(dateLength - 4) else { continue }
            let first = separator(allowingPlus: false)
            guard let month = number(2) else { continue }
            let second = separator(allowingPlus: false)
            guard first.found == second.found, let shownDay = number(2) else { continue }
            let last = separator(allowingPlus: dateLength == 6)
            // The last four as one group, or as two pairs read aloud (`98 76`): split by one
            // space, and then ending there, so digits that merely follow are not taken apart.
            guard let serialHead = number(2) else { continue }
            let split = text.unit(at: i) == .space && text.isDigit(i + 1)
            if split { i += 1 }
            guard let serialTail = number(2), !text.isDigit(i) else { continue }
            if split, text.unit(at: i) == .space || text.unit(at: i) == .dash, text.isDigit(i + 1) { continue }
            let serial = serialHead * 100 + serialTail
            let yy = head % 100
            let kind: Kind = shownDay > 60 ? .coordinationNumber : .personalIdentityNumber
            let day = kind == .coordinationNumber ? shownDay - 60 : shownDay
            var year: Int
            if dateLength == 8 {
                guard (18...20).contains(head / 100) else { continue }
                year = head
            } else {
                year = 2000 + yy > today.year ? 1900 + yy : 2000 + yy
                if last.plus { year -= 100 }
            }
            let yymmdd = yy * 10_000 + month * 100 + shownDay
            guard (1...12).contains(month), day >= 1, day <= LocalDay.daysIn(month: month, year: year),
                  dateLength == 6 || LocalDay(year: year, month: month, day: day) <= today,
                  luhnValid(yymmdd * 10_000 + serial)
            else { continue }
            let dateDigits = String(yymmdd + 1_000_000).dropFirst() // six digits, leading zeros kept
            return IdentityMatch(end: i, dateDigits: String(dateDigits), date: LocalDay(year: year, month: month, day: day), kind: kind)
        }
        return nil
    }

    /// The Luhn check over the ten digits YYMMDDNNNC given as one number.
    static func luhnValid(_ tenDigits: Int) -> Bool {
        var sum = 0, rest = tenDigits
        // From the last digit (weight 1) to the first (weight 2).
        for position in 0..<10 {
            let product = (rest % 10) * (position % 2 == 0 ? 1 : 2)
            sum += product / 10 + product % 10
            rest /= 10
        }
        return sum % 10 == 0
    }

    /// The Luhn check over the ten digits YYMMDDNNNC: weights 2,1,2,1…, digits of products summed.
    static func luhnValid(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for (index, value) in digits.enumerated() {
            let product = value * (index % 2 == 0 ? 2 : 1)
            sum += product / 10 + product % 10
        }
        return sum % 10 == 0
    }

    // MARK: Phone numbers

    /// Numbers as people write them: `070-123 45 67`, `019-21 10 00`, `+46 70 123 45 67`,
    /// `0046701234567`, with any kind of dash or space (a no-break space, an en dash) and
    /// digits of any width. Eight to thirteen digits starting with 0 or +, with up to three
    /// spaces, dashes or brackets between groups (`070 - 123 - 45 - 67`, `+46(0)70-123 45 67`). Everything after the area code or country code becomes `*`.
    @discardableResult
    static func maskPhoneNumbers(_ s: inout [Unicode.Scalar], _ text: NormalizedText, counts: inout [Kind: Int]) -> Bool {
        var stars = Set<Int>()
        var i = 0
        while i < text.count {
            let startsInternational = text.units[i] == .other("+") && text.isDigit(i + 1)
            guard startsInternational || text.digit(at: i) == 0,
                  !text.isDigit(i - 1), i == 0 || text.units[i - 1] != .other("+")
            else {
                i += 1
                continue
            }
            var end = i + (startsInternational ? 1 : 0)
            var digitPositions: [Int] = []
            // Where each group of digits ends (digits so far, index after it): a number followed
            // by another ("070-1234567 2024", "070-1234567 811218-****") is the longest run of
            // whole groups that is a phone number, not one run too long to be one.
            var groupEnds: [(digits: Int, end: Int)] = []
            while end < text.count {
                if text.isDigit(end) {
                    digitPositions.append(end)
                    end += 1
                    continue
                }
                groupEnds.append((digitPositions.count, end))
                // Up to three spaces, dashes or brackets between groups (`070 - 123`, `+46(0)70`).
                var gap = 0
                while gap < 3, end + gap < text.count,
                      [.space, .dash, .other("("), .other(")")].contains(text.units[end + gap]) { gap += 1 }
                guard gap > 0, text.isDigit(end + gap) else { break }
                end += gap
            }
            if groupEnds.last?.end != end { groupEnds.append((digitPositions.count, end)) }
            guard let whole = groupEnds.last(where: { (8...13).contains($0.digits) }) else {
                i += 1
                continue
            }
            digitPositions = Array(digitPositions.prefix(whole.digits))
            end = whole.end
            // Keep the country code (+46, 0046) or the first three digits (070, 019, 08-1).
            let kept = startsInternational ? 2 : text.digit(at: digitPositions[1]) == 0 ? 4 : 3
            for position in digitPositions.dropFirst(kept) { stars.insert(text.origins[position]) }
            counts[.phone, default: 0] += 1
            i = end
        }
        for position in stars { s[position] = "*" }
        return !stars.isEmpty
    }

    // MARK: E-mail addresses

    /// `name@example.se` becomes `***@example.se`: the domain says which organisation wrote,
    /// the name part who. A fullwidth `＠` or letters are read as their ASCII forms.
    @discardableResult
    static func maskEmailAddresses(_ s: inout [Unicode.Scalar], _ text: NormalizedText, counts: inout [Kind: Int]) -> Bool {
        var edits = ScalarEdits()
        var i = 0
        while i < text.count {
            guard text.units[i] == .other("@") else {
                i += 1
                continue
            }
            var start = i
            while start > 0, let c = text.scalar(at: start - 1), isLocalPart(c) { start -= 1 }
            var end = i + 1
            while end < text.count, let c = text.scalar(at: end), isDomainPart(c) { end += 1 }
            while end > i + 1, let c = text.scalar(at: end - 1), c == "." || c == "-" { end -= 1 }
            let domain = ((i + 1)..<end).compactMap(text.scalar(at:))
            let hasTopLevel = domain.lastIndex(of: ".").map { dot in
                domain.count - dot >= 3 && domain[(dot + 1)...].allSatisfy(isLetter)
            } ?? false
            guard start < i, hasTopLevel, !(start..<i).allSatisfy({ text.scalar(at: $0) == "*" }) else {
                i += 1
                continue
            }
            edits.replace(text.originalRange(of: start..<i), with: "***")
            counts[.email, default: 0] += 1
            i = end
        }
        edits.apply(to: &s)
        return !edits.isEmpty
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    static func isLocalPart(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (isDigit(c) || isLetter(c) || ".!#$%&'*+/=?^_`{|}~-".unicodeScalars.contains(c))
    }
    static func isDomainPart(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) || c == "." || c == "-" }
}
