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
    public func mask(_ text: String, today: LocalDay) -> Result {
        // Nothing to find without eight digits (the shortest phone number) or an @: most notes
        // are left after one pass over their bytes, which an import of a million lines feels.
        var digits = 0, at = false
        for byte in text.utf8 {
            if byte >= 0x30, byte <= 0x39 { digits += 1 } else if byte == 0x40 { at = true }
        }
        guard digits >= 8 || at else { return Result(text: text, masked: [:]) }
        var scalars = Array(text.unicodeScalars)
        var masked: [Kind: Int] = [:]
        Self.maskIdentityNumbers(&scalars, today: today, counts: &masked)
        if !allowPhone { Self.maskPhoneNumbers(&scalars, counts: &masked) }
        if !allowEmail { Self.maskEmailAddresses(&scalars, counts: &masked) }
        guard !masked.isEmpty else { return Result(text: text, masked: [:]) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return Result(text: String(out), masked: masked)
    }

    /// Masks a text that may be absent.
    public func mask(_ text: String?, today: LocalDay) -> Result? {
        text.map { mask($0, today: today) }
    }

    // MARK: Personal identity and coordination numbers

    static func maskIdentityNumbers(_ s: inout [Unicode.Scalar], today: LocalDay, counts: inout [Kind: Int]) {
        var i = 0
        while i < s.count {
            guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]) else {
                i += 1
                continue
            }
            if let match = identityNumber(in: s, at: i, today: today) {
                let masked = Array((String(String.UnicodeScalarView(match.dateDigits)) + "-****").unicodeScalars)
                s.replaceSubrange(i..<match.end, with: masked)
                counts[match.kind, default: 0] += 1
                i += masked.count
            } else {
                i += 1
            }
        }
    }

    struct IdentityMatch {
        var end: Int
        /// YYMMDD as written (a coordination number keeps its day + 60).
        var dateDigits: [Unicode.Scalar]
        var kind: Kind
    }

    /// A personnummer or samordningsnummer starting at `start`: `YYYYMMDD-NNNC`,
    /// `YYYYMMDDNNNC`, `YYMMDD-NNNC`, `YYMMDD+NNNC` (100 years or older), `YYMMDDNNNC`,
    /// or with a space for the separator. It must not run on into more digits.
    static func identityNumber(in s: [Unicode.Scalar], at start: Int, today: LocalDay) -> IdentityMatch? {
        for dateLength in [8, 6] {
            var i = start
            var digits: [Int] = []
            while i < s.count, digits.count < dateLength, isDigit(s[i]) {
                digits.append(digit(s[i]))
                i += 1
            }
            guard digits.count == dateLength else { continue }
            var separator: Unicode.Scalar?
            if i < s.count, s[i] == "-" || s[i] == " " || (s[i] == "+" && dateLength == 6) {
                separator = s[i]
                i += 1
            }
            var serial: [Int] = []
            while i < s.count, serial.count < 4, isDigit(s[i]) {
                serial.append(digit(s[i]))
                i += 1
            }
            guard serial.count == 4, i == s.count || !isDigit(s[i]) else { continue }
            let short = Array(digits.suffix(6))
            let month = short[2] * 10 + short[3]
            var day = short[4] * 10 + short[5]
            let kind: Kind = day > 60 ? .coordinationNumber : .personalIdentityNumber
            if kind == .coordinationNumber { day -= 60 }
            let yy = short[0] * 10 + short[1]
            var year: Int
            if dateLength == 8 {
                let century = digits[0] * 10 + digits[1]
                guard (18...20).contains(century) else { continue }
                year = century * 100 + yy
            } else {
                year = 2000 + yy > today.year ? 1900 + yy : 2000 + yy
                if separator == "+" { year -= 100 }
            }
            guard (1...12).contains(month), day >= 1, day <= LocalDay.daysIn(month: month, year: year),
                  luhnValid(short + serial)
            else { continue }
            let dateStart = start + dateLength - 6
            return IdentityMatch(end: i, dateDigits: Array(s[dateStart..<(dateStart + 6)]), kind: kind)
        }
        return nil
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
    /// `0046701234567`. Eight to thirteen digits starting with 0 or +, with single spaces or
    /// hyphens between. Everything after the area code or country code becomes `*`.
    static func maskPhoneNumbers(_ s: inout [Unicode.Scalar], counts: inout [Kind: Int]) {
        var i = 0
        while i < s.count {
            let startsInternational = s[i] == "+" && i + 1 < s.count && isDigit(s[i + 1])
            guard startsInternational || s[i] == "0", i == 0 || !(isDigit(s[i - 1]) || s[i - 1] == "+") else {
                i += 1
                continue
            }
            var end = i + (startsInternational ? 1 : 0)
            var digitPositions: [Int] = []
            while end < s.count {
                if isDigit(s[end]) {
                    digitPositions.append(end)
                } else if !(s[end] == " " || s[end] == "-") || end + 1 >= s.count || !isDigit(s[end + 1]) {
                    break
                }
                end += 1
            }
            guard (8...13).contains(digitPositions.count) else {
                i += 1
                continue
            }
            // Keep the country code (+46, 0046) or the first three digits (070, 019, 08-1).
            let kept = startsInternational ? 2 : s[digitPositions[1]] == "0" ? 4 : 3
            for position in digitPositions.dropFirst(kept) { s[position] = "*" }
            counts[.phone, default: 0] += 1
            i = end
        }
    }

    // MARK: E-mail addresses

    /// `name@example.se` becomes `***@example.se`: the domain says which organisation wrote,
    /// the name part who.
    static func maskEmailAddresses(_ s: inout [Unicode.Scalar], counts: inout [Kind: Int]) {
        var i = 0
        while i < s.count {
            guard s[i] == "@" else {
                i += 1
                continue
            }
            var start = i
            while start > 0, isLocalPart(s[start - 1]) { start -= 1 }
            var end = i + 1
            while end < s.count, isDomainPart(s[end]) { end += 1 }
            while end > i + 1, s[end - 1] == "." || s[end - 1] == "-" { end -= 1 }
            let domain = s[(i + 1)..<end]
            let hasTopLevel = domain.lastIndex(of: ".").map { dot in
                domain.distance(from: dot, to: domain.endIndex) >= 3 && domain[domain.index(after: dot)...].allSatisfy(isLetter)
            } ?? false
            guard start < i, hasTopLevel, !s[start..<i].allSatisfy({ $0 == "*" }) else {
                i += 1
                continue
            }
            s.replaceSubrange(start..<i, with: Array("***".unicodeScalars))
            counts[.email, default: 0] += 1
            i = start + 3 + 1 + domain.count
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func digit(_ c: Unicode.Scalar) -> Int { Int(c.value) - 0x30 }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    static func isLocalPart(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (isDigit(c) || isLetter(c) || ".!#$%&'*+/=?^_`{|}~-".unicodeScalars.contains(c))
    }
    static func isDomainPart(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) || c == "." || c == "-" }
}
