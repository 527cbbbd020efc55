import Testing
@testable import ServicecenterCore

@Suite("Personal data in free text")
struct PersonalDataMaskingTests {
    let masking = PersonalDataMasking()
    let today = LocalDay(year: 2026, month: 11, day: 23)

    func masked(_ text: String, _ masking: PersonalDataMasking? = nil) -> String {
        (masking ?? self.masking).mask(text, today: today).text
    }

    @Test("A personnummer in any of its written forms keeps its birth date and loses the rest", arguments: [
        ("pnr 811218-9876, ringer igen", "pnr 811218-****, ringer igen"),
        ("8112189876", "811218-****"),
        ("19811218-9876", "811218-****"),
        ("198112189876.", "811218-****."),
        ("811218 9876", "811218-****"),
        ("(811218+9876)", "(811218-****)"),
    ])
    func personalIdentityNumbers(input: String, expected: String) {
        let result = masking.mask(input, today: today)
        #expect(result.text == expected)
        #expect(result.masked == [.personalIdentityNumber: 1])
    }

    @Test("The ways the issue found numbers slipping through are all masked", arguments: [
        ("811218\u{2013}9876", "811218-****"),              // en dash
        ("811218\u{00A0}9876", "811218-****"),              // no-break space
        ("81 12 18-9876", "811218-****"),                   // spaces inside the date
        ("811218.9876", "811218-****"),
        ("811218/9876", "811218-****"),
        ("811218  9876", "811218-****"),                    // two spaces
        ("19811218 - 9876", "811218-****"),
        ("\u{FF18}\u{FF11}\u{FF11}\u{FF12}\u{FF11}\u{FF18}-\u{FF19}\u{FF18}\u{FF17}\u{FF16}", "811218-****"), // fullwidth
        ("811218-\n9876", "811218-****"),                   // a line break inside
        ("811218\u{2212}9876", "811218-****"),              // minus sign
        ("811218\u{00AD}-9876", "811218-****"),             // a soft hyphen hidden inside
        ("8\u{0332}1\u{0332}1218-9876", "811218-****"),      // combining underline on digits
    ])
    func issueForms(input: String, expected: String) {
        let result = masking.mask("pnr \(input), ring", today: today)
        #expect(result.text == "pnr \(expected), ring")
        #expect(result.masked == [.personalIdentityNumber: 1])
    }

    @Test("A phone number followed by another number is masked, the other number kept (issue 18's tester)", arguments: [
        ("tel 070-1234567 2024", "tel 070-******* 2024"),
        ("070-1234567 811218-9876", "070-******* 811218-****"),
        ("Hyresnämnden 070-123 45 67 2024", "Hyresnämnden 070-*** ** ** 2024"),
        // 11 digits are a number's length too: where it cannot tell, masking takes the longer.
        ("ring 019-21 10 00 12 st", "ring 019-** ** ** ** st"),
    ])
    func phoneBeforeAnotherNumber(input: String, expected: String) {
        #expect(masked(input) == expected)
    }

    @Test("A note with two numbers, one with an en dash, has both masked (the desk's report)")
    func twoNumbersAtTheDesk() {
        let result = masking.mask("811218-9876 och hans fru 121212\u{2013}1212", today: today)
        #expect(result.text == "811218-**** och hans fru 121212-****")
        #expect(result.masked == [.personalIdentityNumber: 2])
    }

    @Test("A 12-digit date after today is not a birth date: a meeting time is left alone")
    func futureDate() {
        #expect(masked("möte 2026-12-01 1003") == "möte 2026-12-01 1003")
        #expect(masked("20261201-1003") == "20261201-1003")
    }

    @Test("The cheap first pass lets a note without digits or @ go, in any script, and sees every digit and @", arguments: [
        ("Ringde om kärl, vill ha besök – snart", false),
        ("rum 0412, kl 130", false),                         // seven digits
        ("12345678", true),
        ("a@b", true),
        ("kalle\u{FF20}exempel", true),                      // fullwidth @
        ("kalle\u{FE6B}exempel", true),                      // small @
        ("\u{FF18}\u{FF11}\u{FF11}\u{FF12}\u{FF11}\u{FF18}\u{FF19}\u{FF18}", true), // fullwidth digits
        ("\u{0668}\u{0661}\u{0661}\u{0662}\u{0661}\u{0668}\u{0669}\u{0668}", true), // Arabic-Indic digits
        ("tel\u{00A0}070 123", false),
        ("ärende 1234 – å 5678", true),
    ])
    func cheapPass(text: String, mayHold: Bool) {
        #expect(PersonalDataMasking.mayHoldPersonalData(text) == mayHold)
    }

    @Test("Every string of a JSON draft is masked, the rest kept byte for byte")
    func jsonDraft() {
        let draft = #"{"note":"pnr 811218\u2013 9876","search":"ring 070-123 45 67","n":8112189876,"k":"x"}"#
        let result = masking.maskStrings(inJSON: draft, today: today)
        #expect(result.text == #"{"note":"pnr 811218-****","search":"ring 070-*** ** **","n":8112189876,"k":"x"}"#)
        #expect(result.masked == [.personalIdentityNumber: 1, .phone: 1])
        #expect(masking.maskStrings(inJSON: #"{"note":"inget här"}"#, today: today).changed == false)
    }

    @Test("An identifier keeps a number dated its record's own day, and masks a birth date")
    func identifiers() {
        let day = LocalDay(year: 2026, month: 11, day: 23)
        #expect(masking.maskIdentifier("tel-20261123-0000", dated: day, today: today).text == "tel-20261123-0000")
        #expect(masking.maskIdentifier("tel-261123-0000", dated: day, today: today).text == "tel-261123-0000")
        #expect(masking.maskIdentifier("tel-20261122-0001", dated: day, today: today).text == "tel-261122-****")
        #expect(masking.maskIdentifier("crm-811218-9876", dated: day, today: today).text == "crm-811218-****")
        #expect(masked("tel-20261123-0000") == "tel-261123-****") // in a note it is masked like any number
    }

    @Test("A samordningsnummer (day + 60) is masked and named as one")
    func coordinationNumber() {
        let result = masking.mask("samordningsnr 701063-2391", today: today)
        #expect(result.text == "samordningsnr 701063-****")
        #expect(result.kinds == [.coordinationNumber])
    }

    @Test("A wrong check digit, an impossible date or a longer number is not a personnummer", arguments: [
        "811218-9875",      // Luhn fails
        "811318-9870",      // month 13
        "260230-1232",      // 30 February, Luhn valid
        "12811218-9876",    // digits run on before
        "811218-98761",     // and after
        "8112-18-9876",     // not a date block
        "ärende KS 2026/0123",
    ])
    func notPersonalIdentityNumbers(input: String) {
        #expect(masking.mask(input, today: today).masked[.personalIdentityNumber] == nil)
        #expect(masking.mask(input, today: today).masked[.coordinationNumber] == nil)
    }

    @Test("29 February depends on the century: 2000 was a leap year, 1900 was not")
    func centuryRollover() {
        #expect(masked("000229-1235") == "000229-****") // born 2000
        #expect(masked("20000229-1235") == "000229-****")
        #expect(masked("000229+1235") == "000229+1235") // + means 1900, which had no 29 February
        #expect(masked("19000229-1235") == "19000229-1235")
    }

    @Test("Two-digit years take the latest century not in the future")
    func twoDigitYears() {
        // 991231 is 1999 (2099 lies ahead); both are valid dates, so it is masked either way.
        #expect(masked("991231-1231") == "991231-****")
        #expect(masked("121212-1212 och 180101-1238") == "121212-**** och 180101-****")
    }

    @Test("E-mail addresses and phone numbers are masked unless the site allows them")
    func contactDetails() {
        let text = "Svar till kalle.anka@exempel.se eller 070-123 45 67, växel 019-21 10 00, +46 70 123 45 67."
        #expect(masked(text) == "Svar till ***@exempel.se eller 070-*** ** **, växel 019-** ** **, +46 ** *** ** **.")
        let result = masking.mask(text, today: today)
        #expect(result.masked == [.email: 1, .phone: 3])
        #expect(masked(text, PersonalDataMasking(allowEmail: true, allowPhone: true)) == text)
        #expect(masked(text, PersonalDataMasking(allowEmail: true)).contains("kalle.anka@exempel.se"))
    }

    @Test("Dates, times, amounts and short numbers are left alone", arguments: [
        "Möte 2026-11-23 kl 08-16, avgift 1 200 kr, rum 0412, postnr 702 11",
        "Bygglov dnr 2026-001234",
        "@-tecken utan adress, och a@b utan toppdomän",
    ])
    func leftAlone(input: String) {
        #expect(masked(input) == input)
    }

    @Test("Masking masked text changes nothing")
    func idempotent() {
        let once = masked("811218-9876, kalle@exempel.se, 070-123 45 67, 0046701234567")
        #expect(masking.mask(once, today: today).changed == false)
        #expect(once == "811218-****, ***@exempel.se, 070-*** ** **, 0046*********")
    }

    @Test("The Luhn check over ten digits")
    func luhn() {
        #expect(PersonalDataMasking.luhnValid([8, 1, 1, 2, 1, 8, 9, 8, 7, 6]))
        #expect(!PersonalDataMasking.luhnValid([8, 1, 1, 2, 1, 8, 9, 8, 7, 5]))
    }
}

@Suite("Audit: what changed in a contact")
struct ContactChangesTests {
    @Test("Only the fields that changed are named; free text by its length")
    func changes() {
        let start = Timestamp.parse("2026-11-23T09:00:00+01:00")!
        let before = Contact(
            startedAt: start, endedAt: start.addingTimeInterval(60), channel: .phone, category: "avfall", sector: "teknik",
            resolvable: true, operatorUser: "anna", resolution: .referred(to: Referral(destination: "annan", text: "FK")), note: "abc")
        var after = before
        #expect(ContactChanges.describe(from: before, to: after) == "no change")
        after.channel = .visit
        after.resolution = .referred(to: Referral(destination: "forsakringskassan"))
        after.digitalHelp = true
        after.note = nil
        #expect(ContactChanges.describe(from: before, to: after)
            == "channel phone → visit; referred_to annan → forsakringskassan; referred_other length 2 → 0; digital_help false → true; note length 3 → 0")
    }
}
