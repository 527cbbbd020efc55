import Foundation
import Testing
@testable import ServicecenterCore

/// `referred_to` and `referred_other` as `log` and `import` give them: a destination by id or by
/// its exact name, "annan" with its words, and every other value refused with the valid ids.
@Suite("Referral destinations: contact validation")
struct ReferralContactValidationTests {
    let validator = ContactValidator(configuration: Fixtures.configuration)

    func validate(_ referredTo: String?, other: String? = nil, resolution: String = "referred") -> Result<Contact, InvalidContact> {
        let draft = ContactDraft(
            channel: "phone", category: "avfall", resolution: resolution, referredTo: referredTo, operatorUser: "anna",
            referredOther: other)
        return Result { () throws(InvalidContact) -> Contact in try validator.validate(draft, now: Fixtures.time(12)) }
    }

    func referral(_ result: Result<Contact, InvalidContact>) -> Referral?? {
        guard case .success(let contact) = result, case .referred(let to) = contact.resolution else { return .none }
        return .some(to)
    }

    func problems(_ result: Result<Contact, InvalidContact>) -> [ContactProblem] {
        if case .failure(let error) = result { error.problems } else { [] }
    }

    @Test("An id, or the name whatever its case and diacritics, gives the destination's id")
    func byIDOrName() {
        for typed in ["forsakringskassan", "Försäkringskassan", "FÖRSÄKRINGSKASSAN", "forsakringskassan ", "försäkringskassan"] {
            #expect(referral(validate(typed)) == .some(Referral(destination: "forsakringskassan")), "\(typed)")
        }
        #expect(referral(validate("Region Örebro län / 1177")) == .some(Referral(destination: "region")))
    }

    @Test("An unknown destination is refused with every valid id, a prefix or typo too")
    func unknown() {
        let ids = ReferralDestinations.standard.map(\.id)
        for typed in ["Lantmäteriet", "forsakrings", "skateverket", "1177"] {
            #expect(problems(validate(typed)) == [.unknownReferral(value: typed, valid: ids)], "\(typed)")
        }
        let message = EnglishStrings().contactProblem(.unknownReferral(value: "x", valid: ["csn", "polisen"]))
        #expect(message == #"referred_to: "x" is no referral destination; use one of csn, polisen (Config/referrals.toml)"#)
    }

    @Test("annan needs its text; a text alone means annan; a text with another destination is refused")
    func other() {
        #expect(problems(validate("annan")) == [.referralTextRequired(destination: "annan")])
        #expect(referral(validate("annan", other: "Hyresnämnden")) == .some(Referral(destination: "annan", text: "Hyresnämnden")))
        #expect(referral(validate(nil, other: "Hyresnämnden")) == .some(Referral(destination: "annan", text: "Hyresnämnden")))
        #expect(problems(validate("csn", other: "CSN i Sundsvall")) == [.referralTextWithoutOther(destination: "csn")])
        let long = String(repeating: "x", count: Referral.textLimit + 1)
        #expect(problems(validate("annan", other: long)) == [.textTooLong(field: "referred_other", characters: Referral.textLimit + 1, limit: Referral.textLimit)])
        #expect(problems(validate(nil, other: "Hyresnämnden", resolution: "resolved")) == [.referredToWithoutReferral])
    }

    @Test("No destination at all is still taken (files from before destinations), and recorded as none")
    func none() {
        #expect(referral(validate(nil)) == .some(nil))
    }

    @Test("Property: 2,000 random spellings of each destination's name (case, diacritics, surrounding space) all find it")
    func spellings() {
        var random = SeededGenerator(seed: 18_16)
        let variants: [Character: [Character]] = ["å": ["å", "a", "Å", "A"], "ä": ["ä", "a", "Ä", "A"], "ö": ["ö", "o", "Ö", "O"], "é": ["é", "e"]]
        var tries = 0
        for destination in ReferralDestinations.standard {
            for _ in 0..<2_000 {
                let spelt = String(destination.name.map { character -> Character in
                    if let options = variants[Character(character.lowercased())] { return options.randomElement(using: &random)! }
                    return Bool.random(using: &random) ? Character(character.uppercased()) : Character(character.lowercased())
                })
                let typed = (Bool.random(using: &random) ? " " : "") + spelt
                tries += 1
                let result = validate(typed)
                let expected: Referral = destination.other ? Referral(destination: "annan") : Referral(destination: destination.id)
                if destination.other {
                    #expect(problems(result) == [.referralTextRequired(destination: "annan")], "\(typed)")
                } else {
                    #expect(referral(result) == .some(expected), "\(typed)")
                }
            }
        }
        #expect(tries == ReferralDestinations.standard.count * 2_000)
        print("referral spellings: \(tries) tries over \(ReferralDestinations.standard.count) destinations")
    }

    @Test("Old free-text referrals map to a destination by name, else to annan with the text kept whole")
    func migrated() {
        #expect(ReferralDestinations.migrated(text: "Försäkringskassan") == Referral(destination: "forsakringskassan"))
        #expect(ReferralDestinations.migrated(text: " forsakringskassan ") == Referral(destination: "forsakringskassan"))
        #expect(ReferralDestinations.migrated(text: "Region Örebro län") == Referral(destination: "region"))
        #expect(ReferralDestinations.migrated(text: "1177") == Referral(destination: "region"))
        #expect(ReferralDestinations.migrated(text: "FK, handläggare 070*******") == Referral(destination: "annan", text: "FK, handläggare 070*******"))
        #expect(ReferralDestinations.migrated(text: "Lantmäteriet") == Referral(destination: "annan", text: "Lantmäteriet"))
    }

    @Test("The desk's search finds destinations by name, search word and typo, and always offers annan last")
    func search() {
        let search = ReferralSearch(destinations: ReferralDestinations.standard)
        #expect(search.matching("").map(\.id) == ReferralDestinations.standard.map(\.id))
        #expect(search.matching("forsakring").first?.id == "forsakringskassan")
        #expect(search.matching("1177").first?.id == "region")
        #expect(search.matching("studiemedel").first?.id == "csn")
        #expect(search.matching("kronofgoden").first?.id == "kronofogden")
        #expect(search.matching("hyresnämnden").map(\.id) == ["annan"])
        #expect(search.matching("pension").last?.id == "annan")
    }
}
