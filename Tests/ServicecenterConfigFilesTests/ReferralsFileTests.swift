import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

/// Config/referrals.toml: read with every problem located, the standard list when missing.
@Suite("Configuration files: referrals.toml")
struct ReferralsFileTests {
    @Test("The shipped file is the standard list, entry for entry, so a missing file changes nothing")
    func shippedIsStandard() throws {
        let config = try ConfigurationLoader.load(directory: ConfigDirectory.shipped)
        let strip = { (list: [ReferralDestination]) in list.map { var copy = $0; copy.location = nil; return copy } }
        #expect(strip(config.referrals) == strip(ReferralDestinations.standard))
        #expect(config.referrals.first?.location?.file.hasSuffix("referrals.toml") == true)
    }

    @Test("Without referrals.toml the standard list is used and nothing is reported")
    func missing() throws {
        let dir = try ConfigDirectory()
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("referrals.toml"))
        let (config, problems) = ConfigurationLoader.read(directory: dir.url)
        #expect(problems.isEmpty)
        #expect(config.referrals == ReferralDestinations.standard)
    }

    @Test("A site's own list replaces the standard one")
    func own() throws {
        let dir = try ConfigDirectory()
        try dir.write("referrals.toml", """
            [[destination]]
            id = "hyresnamnden"
            name = "Hyresnämnden"

            [[destination]]
            id = "annat"
            name = "Annat ställe"
            other = true
            """)
        let config = try ConfigurationLoader.load(directory: dir.url)
        #expect(config.referrals.map(\.id) == ["hyresnamnden", "annat"])
        #expect(ReferralDestinations.other(in: config.referrals)?.id == "annat")
    }

    @Test("Duplicate ids, an empty name, a bad id, an unknown key and a wrong type: each with its line")
    func problems() throws {
        let dir = try ConfigDirectory()
        try dir.write("referrals.toml", """
            [[destination]]
            id = "csn"
            name = "CSN"

            [[destination]]
            id = "csn"
            name = ""

            [[destination]]
            id = "Polisen"
            name = "Polisen"
            other = "ja"
            colour = "blå"
            """)
        let problems = dir.problems()
        #expect(problems.contains { $0.hasPrefix("referrals.toml:6: destination.id \"csn\": is a duplicate; first defined at line 2") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("referrals.toml:7: destination.name \"\": must not be empty") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("referrals.toml:10: destination.id \"Polisen\": may only hold") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("referrals.toml:12:") && $0.contains("other") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("referrals.toml:13:") && $0.contains("colour") }, "\(problems)")
    }

    @Test("A syntax error is located, and leaves no list rather than one the site did not choose")
    func syntax() throws {
        let dir = try ConfigDirectory()
        try dir.write("referrals.toml", "[[destination]]\nid = \"csn\nname = \"CSN\"\n")
        let (config, problems) = ConfigurationLoader.read(directory: dir.url)
        #expect(problems.contains { $0.location.line == 2 && $0.location.file.hasSuffix("referrals.toml") })
        #expect(config.referrals.isEmpty)
    }
}
