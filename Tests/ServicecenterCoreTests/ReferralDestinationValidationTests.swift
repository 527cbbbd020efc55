import Testing
@testable import ServicecenterCore

/// referrals.toml's rules: ids a command line carries, names people tell apart, one "annan".
@Suite("Referral destinations: configuration validation")
struct ReferralDestinationValidationTests {
    func messages(_ destinations: [ReferralDestination]) -> [String] {
        var config = Fixtures.configuration
        config.referrals = destinations
        return ConfigurationValidator.validate(config).map(\.description)
    }

    func at(_ line: Int, _ keys: [String: Int] = [:]) -> ServicecenterCore.SourceLocation {
        ServicecenterCore.SourceLocation(file: "referrals.toml", line: line, keyLines: keys)
    }

    @Test("The standard list (used without referrals.toml) is clean and has one annan")
    func standard() {
        #expect(messages(ReferralDestinations.standard) == [])
        #expect(ReferralDestinations.standard.filter(\.other).map(\.id) == ["annan"])
        #expect(ReferralDestinations.standard.count >= 12)
    }

    @Test("A duplicate id points at the first, with file and line")
    func duplicateID() {
        let result = messages([
            ReferralDestination(id: "csn", name: "CSN", location: at(3, ["id": 4])),
            ReferralDestination(id: "csn", name: "Centrala studiestödsnämnden", location: at(8, ["id": 9])),
        ])
        #expect(result == [#"referrals.toml:9: destination.id "csn": is a duplicate; first defined at line 4"#])
    }

    @Test("An empty name, a bad id and an empty search word are each reported at their line")
    func badValues() {
        let result = messages([
            ReferralDestination(id: "Försäkringskassan", name: " ", keywords: ["fk", " "], location: at(2, ["id": 3, "name": 4, "keywords": 5])),
        ])
        #expect(result.count == 3)
        #expect(result.contains { $0.hasPrefix(#"referrals.toml:3: destination.id "Försäkringskassan": may only hold a-z"#) })
        #expect(result.contains { $0.hasPrefix(#"referrals.toml:4: destination.name " ": must not be empty"#) })
        #expect(result.contains { $0.hasPrefix(#"referrals.toml:5: destination.keywords " ": holds an empty search word"#) })
    }

    @Test("Two names equal but for case and diacritics are refused: --referred-to NAME could not tell them apart")
    func nameTaken() {
        let result = messages([
            ReferralDestination(id: "skv", name: "Skatteverket", location: at(1, ["name": 3])),
            ReferralDestination(id: "skatt", name: "SKATTEVÉRKET", location: at(5, ["name": 7])),
        ])
        #expect(result == [#"referrals.toml:7: destination.name "SKATTEVÉRKET": is the same name as destination "skv" (case and å, ä, ö aside); give them different names"#])
    }

    @Test("A second destination marked other is refused, naming the first")
    func secondOther() {
        let result = messages([
            ReferralDestination(id: "annan", name: "Annan", other: true, location: at(1, ["other": 4])),
            ReferralDestination(id: "ovrigt", name: "Övrigt", other: true, location: at(6, ["other": 9])),
        ])
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix(#"referrals.toml:9: destination.other "true": marks a second "other" destination; "annan" already is one (line 4)"#) == true)
    }
}
