import Foundation
import Testing
@testable import ServicecenterCore

/// Numbers written every way a guide, a paste from a PDF or a phone keyboard writes them: the
/// mask must see through the form. Generated from a fixed seed, so a failure repeats.
@Suite("Personal data in free text, however it is written (property)")
struct PersonalDataMaskingPropertyTests {
    /// Phone and e-mail allowed, so only the identity-number rule acts on these texts.
    let identityOnly = PersonalDataMasking(allowEmail: true, allowPhone: true)
    let today = LocalDay(year: 2026, month: 11, day: 23)
    static let cases = 20_000

    /// Separators between the date and the last four digits: dashes of every kind (ASCII,
    /// hyphen, non-breaking hyphen, en, em, minus sign, small and fullwidth hyphen-minus),
    /// spaces of every kind (no-break, narrow no-break, thin, ideographic, tab), line
    /// breaks, `.`, `/`, and runs of them.
    static let separators = [
        "", "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{FE63}", "\u{FF0D}",
        " ", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{3000}", "\t", "\n", "\r\n", "\u{2028}",
        "  ", " - ", " \u{2013} ", "-\n", ".", "/", " / ", "\u{00A0}-\u{00A0}",
        ",", ":", "_", "\u{00B7}", "~", ", ",
    ]
    /// Separators inside the date (`81 12 18`).
    static let dateSeparators = ["", " ", "-", "\u{2013}", ".", "/", "\u{00A0}", "  "]
    /// Digit forms NFKC maps to ASCII (fullwidth, mathematical bold) and decimal digits of
    /// other scripts (Arabic-Indic, extended Arabic-Indic, Devanagari), by their zero.
    static let digitZeros: [UInt32] = [0x30, 0xFF10, 0x1D7CE, 0x0660, 0x06F0, 0x0966]
    static let before = ["", "pnr ", "Personnummer: ", "(", "Kund ", "ring tillbaka, ", "x\n"]
    static let after = ["", ", ringer igen", ")", ".", " tack", "\n"]

    struct Generated {
        var text: String
        /// YYMMDD as the masked text must show it.
        var date: String
        /// The ten digits YYMMDDNNNC that must not survive.
        var tenDigits: String
        var kind: PersonalDataMasking.Kind
    }

    func generate(_ random: inout SplitMix64, validCheckDigit: Bool) -> Generated {
        // 12 digits: any birth date up to today. 10 digits with -: the last 100 years (1927–2026),
        // so the century is the one the rule picks; with +: the 100 years before (1827–1926).
        let form = random.next(3)
        let year: Int
        switch form {
        case 0: year = 1900 + random.next(127)
        case 1: year = 1927 + random.next(100)
        default: year = 1827 + random.next(100)
        }
        var month = 1 + random.next(12)
        var day = 1 + random.next(LocalDay.daysIn(month: month, year: year))
        if LocalDay(year: year, month: month, day: day) > today { (month, day) = (1, 1) }
        let coordination = random.next(4) == 0
        let shownDay = coordination ? day + 60 : day
        let yymmdd = [year % 100 / 10, year % 10, month / 10, month % 10, shownDay / 10, shownDay % 10]
        var serial = [random.next(10), random.next(10), random.next(10)]
        let check = (0...9).first { PersonalDataMasking.luhnValid(yymmdd + serial + [$0]) }!
        serial.append(validCheckDigit ? check : (check + 1 + random.next(9)) % 10)

        let allDigits = (form == 0 ? [year / 1000, year / 100 % 10] : []) + yymmdd + serial
        let zero = Self.digitZeros[random.next(Self.digitZeros.count)]
        let mixed = random.next(5) == 0
        func written(_ value: Int) -> String {
            let base = mixed ? Self.digitZeros[random.next(Self.digitZeros.count)] : zero
            return String(Character(Unicode.Scalar(base + UInt32(value))!))
        }
        let inDate = Self.dateSeparators[random.next(Self.dateSeparators.count)]
        let last = form == 2 ? ["+", " + ", "+\u{00A0}"][random.next(3)] : Self.separators[random.next(Self.separators.count)]
        let headLength = form == 0 ? 4 : 2
        var text = Self.before[random.next(Self.before.count)]
        for (index, value) in allDigits.enumerated() {
            if index == headLength || index == headLength + 2 { text += inDate }
            if index == headLength + 4 { text += last }
            // Now and then the last four read aloud as two pairs (`98 76`).
            if index == headLength + 6, random.next(4) == 0 { text += [" ", "\u{00A0}"][random.next(2)] }
            text += written(value)
            // Now and then something invisible after a digit: a zero-width space, a soft
            // hyphen, a word joiner, a combining underline.
            if random.next(12) == 0 { text += ["\u{200B}", "\u{00AD}", "\u{2060}", "\u{0332}"][random.next(4)] }
        }
        text += Self.after[random.next(Self.after.count)]
        return Generated(
            text: text, date: yymmdd.map(String.init).joined(), tenDigits: (yymmdd + serial).map(String.init).joined(),
            kind: coordination ? .coordinationNumber : .personalIdentityNumber)
    }

    /// The text's digits, of any script, as ASCII; read independently of the masking code.
    func digits(_ text: String) -> String {
        String(text.unicodeScalars.compactMap { scalar -> Character? in
            guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
            return Character(String(Int(value)))
        })
    }

    @Test("Every valid personnummer and samordningsnummer, in every separator, digit and invisible-character form, is masked to YYMMDD-****")
    func everyFormIsMasked() {
        var random = SplitMix64(seed: 0x5EC0_11DE)
        var failures: [String] = []
        for _ in 0..<Self.cases {
            let generated = generate(&random, validCheckDigit: true)
            let result = identityOnly.mask(generated.text, today: today)
            let ok = result.masked == [generated.kind: 1]
                && result.text.contains(generated.date + "-****")
                && !digits(result.text).contains(generated.tenDigits)
            if !ok, failures.count < 5 { failures.append("\(generated.text.debugDescription) → \(result.text.debugDescription)") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("In a JSON desk draft, every form is masked in every text field, and the draft still decodes")
    func everyFormInADraft() throws {
        var random = SplitMix64(seed: 0xD2AF7)
        var failures: [String] = []
        for _ in 0..<Self.cases / 4 {
            let generated = generate(&random, validCheckDigit: true)
            let field = ["note", "search", "callID", "ticket"][random.next(4)]
            let draft = String(decoding: try JSONEncoder().encode([field: generated.text, "other": "x"]), as: UTF8.self)
            let result = identityOnly.maskStrings(inJSON: draft, today: today)
            let decoded = try? JSONDecoder().decode([String: String].self, from: Data(result.text.utf8))
            let ok = decoded?[field].map { $0.contains(generated.date + "-****") && !digits($0).contains(generated.tenDigits) } ?? false
            if !ok || decoded?["other"] != "x", failures.count < 5 { failures.append("\(draft) → \(result.text)") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("The same numbers with a wrong check digit are left exactly as written")
    func wrongCheckDigitIsLeftAlone() {
        var random = SplitMix64(seed: 0xBAD_C0DE)
        var failures: [String] = []
        for _ in 0..<Self.cases {
            let generated = generate(&random, validCheckDigit: false)
            let result = identityOnly.mask(generated.text, today: today)
            if result.text != generated.text || result.changed, failures.count < 5 {
                failures.append("\(generated.text.debugDescription) → \(result.text.debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("Case numbers, amounts and impossible dates are left exactly as written")
    func numbersThatAreNotPeopleAreLeftAlone() {
        var random = SplitMix64(seed: 0xCA5E)
        var failures: [String] = []
        for _ in 0..<Self.cases {
            let n = (0..<10).map { _ in random.next(10) }.map(String.init)
            let text: String
            switch random.next(4) {
            case 0: text = "dnr KS \(2000 + random.next(27))/\(n[0..<6].joined())"
            case 1: text = "avgift \(n[0]) \(n[1..<4].joined()) \(n[4..<7].joined()),\(n[7..<9].joined()) kr"
            case 2: text = "ärende \(2020 + random.next(7))-\(n[0..<4].joined()) och \(n[4..<8].joined())"
            default:
                // Month 13–19 or day 32–59 / 92–99: never a date, whatever the check digit.
                let month = random.next(2) == 0 ? 13 + random.next(7) : 1 + random.next(12)
                let day = month > 12 ? 1 + random.next(28) : [32 + random.next(28), 92 + random.next(8)][random.next(2)]
                let separator = Self.separators[random.next(Self.separators.count)]
                text = "\(n[0])\(n[1])\(month / 10)\(month % 10)\(day / 10)\(day % 10)\(separator)\(n[2..<6].joined())"
            }
            let result = identityOnly.mask(text, today: today)
            if result.text != text, failures.count < 5 { failures.append("\(text.debugDescription) → \(result.text.debugDescription)") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("Phone numbers with any dash, space or digit form keep only their area code")
    func phoneNumbers() {
        var random = SplitMix64(seed: 0x0707)
        let masking = PersonalDataMasking(allowEmail: true)
        let separators = ["-", " ", "\u{2013}", "\u{2212}", "\u{00A0}", "\u{202F}", "\u{FF0D}", "", " - ", " \u{2013} ", ")", ") "]
        var failures: [String] = []
        for _ in 0..<Self.cases {
            let subscriber = (0..<7).map { _ in random.next(10) }
            var all = [0, 7, random.next(4)] + subscriber
            // Ten digits that pass the Luhn check could be a personnummer (070112-3456): keep
            // those out, this test is about the phone rule.
            if PersonalDataMasking.luhnValid(all) { all[9] = (all[9] + 1) % 10 }
            let zero = Self.digitZeros[random.next(Self.digitZeros.count)]
            func written(_ value: Int) -> String { String(Character(Unicode.Scalar(zero + UInt32(value))!)) }
            let first = separators[random.next(separators.count)], inner = separators[random.next(separators.count)]
            var text = "ring "
            for (index, value) in all.enumerated() {
                if index == 3 { text += first } else if index == 6 || index == 8 { text += inner }
                text += written(value)
            }
            text += " efter lunch"
            let result = masking.mask(text, today: today)
            if result.masked != [.phone: 1] || digits(result.text) != all.prefix(3).map(String.init).joined(), failures.count < 5 {
                failures.append("\(text.debugDescription) → \(result.text.debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("E-mail addresses typed with a fullwidth or small @ or fullwidth letters lose their name part", arguments: [
        ("svar till kalle.anka\u{FF20}exempel.se", "svar till ***\u{FF20}exempel.se"),
        ("svar till kalle\u{FE6B}exempel.se", "svar till ***\u{FE6B}exempel.se"),
        ("\u{FF4B}\u{FF41}\u{FF4C}\u{FF4C}\u{FF45}\u{FF20}\u{FF45}\u{FF58}\u{FF45}\u{FF4D}\u{FF50}\u{FF45}\u{FF4C}\u{FF0E}\u{FF53}\u{FF45}",
         "***\u{FF20}\u{FF45}\u{FF58}\u{FF45}\u{FF4D}\u{FF50}\u{FF45}\u{FF4C}\u{FF0E}\u{FF53}\u{FF45}"),
    ])
    func fullwidthEmail(input: String, expected: String) {
        let result = PersonalDataMasking().mask(input, today: today)
        #expect(result.text == expected)
        #expect(result.masked == [.email: 1])
    }
}

/// A small, fast, seedable generator (SplitMix64), so a property test's cases repeat exactly.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func nextBits() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int { Int(nextBits() % UInt64(bound)) }
}
