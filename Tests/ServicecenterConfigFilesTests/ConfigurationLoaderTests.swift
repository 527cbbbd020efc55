import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore
import TestSupport

/// A configuration directory in a temporary folder, built from the shipped Config/ with edits.
struct ConfigDirectory {
    let url: URL

    static let shipped = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Config")

    init() throws {
        url = TemporaryFolders.make("sc-config")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for file in ConfigurationLoader.files {
            try FileManager.default.copyItem(
                at: Self.shipped.appendingPathComponent(file), to: url.appendingPathComponent(file))
        }
    }

    func write(_ file: String, _ text: String) throws {
        try text.write(to: url.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }

    func append(_ file: String, _ text: String) throws {
        let path = url.appendingPathComponent(file)
        try (String(contentsOf: path, encoding: .utf8) + text).write(to: path, atomically: true, encoding: .utf8)
    }

    func lineCount(_ file: String) throws -> Int {
        try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
    }

    func problems() -> [String] {
        ConfigurationLoader.read(directory: url).problems.map { $0.description.replacingOccurrences(of: url.path + "/", with: "") }
    }
}

@Suite("Configuration files")
struct ConfigurationLoaderTests {
    @Test("The shipped Örebro configuration is valid and realistic")
    func shipped() throws {
        let config = try ConfigurationLoader.load(directory: ConfigDirectory.shipped)
        #expect(config.site.name == "Örebro kommun Servicecenter")
        #expect(config.site.timeZone == "Europe/Stockholm")
        #expect(config.site.language == .swedish)
        #expect(config.categories.count >= 60)
        #expect(config.sectors.count >= 10)
        #expect(config.targets.serviceLevels[.phone] == ServiceLevelTarget(seconds: 60, percent: 80, location: config.targets.serviceLevels[.phone]?.location))
        #expect(config.categories.allSatisfy { !$0.keywords.isEmpty && !$0.guidance.isEmpty })
        #expect(config.categories.contains { $0.resolvable } && config.categories.contains { !$0.resolvable })
        #expect(config.operators.contains { $0.role == .supervisor })
        let search = CategorySearch(categories: config.categories)
        for query in ["forskola", "förskola", "förskla", "sophämtning", "bygglov", "skolskjuts", "färdtjänst", "hemtjanst"] {
            #expect(!search.search(query).isEmpty, "nothing found for \(query)")
        }
        #expect(search.search("förskla").first?.category.id == "forskoleplats")
    }

    @Test("Problems point at the line of the offending key")
    func unknownSectorWithLine() throws {
        let dir = try ConfigDirectory()
        let start = try dir.lineCount("categories.toml")
        try dir.append("categories.toml", """

            [[category]]
            id = "hundskatt"
            name = "Hundskatt"
            sector = "skatteverket"
            resolvable = true
            """)
        #expect(dir.problems() == [
            "categories.toml:\(start + 4): category.sector \"skatteverket\": is not a sector in sectors.toml; use one of its ids",
        ])
    }

    @Test("A file saved with Windows line ends (CRLF) gets the same line numbers")
    func crlfLines() throws {
        let dir = try ConfigDirectory()
        let start = try dir.lineCount("categories.toml")
        try dir.append("categories.toml", "\n[[category]]\nid = \"hundskatt\"\nname = \"Hundskatt\"\nsector = \"skatteverket\"\nresolvable = true\n")
        let path = dir.url.appendingPathComponent("categories.toml")
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\n", with: "\r\n").write(to: path, atomically: true, encoding: .utf8)
        #expect(dir.problems() == [
            "categories.toml:\(start + 4): category.sector \"skatteverket\": is not a sector in sectors.toml; use one of its ids",
        ])
    }

    @Test("A duplicate sector id names both places")
    func duplicateSector() throws {
        let dir = try ConfigDirectory()
        let start = try dir.lineCount("sectors.toml")
        try dir.append("sectors.toml", "\n[[sector]]\nid = \"teknik\"\nname = \"Teknik igen\"\n")
        let problems = dir.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("sectors.toml:\(start + 2): sector.id \"teknik\": is a duplicate; first defined at line ") == true)
    }

    @Test("A TOML syntax error gives the parser's line")
    func syntaxError() throws {
        let dir = try ConfigDirectory()
        try dir.write("operators.toml", "[[operator]]\nuser = \"anna\"\nname = \"Anna\nrole = \"guide\"\n")
        let problems = dir.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("operators.toml:3: TOML syntax error") == true)
    }

    @Test("Wrong types and misspelt keys are reported on their own lines")
    func typesAndUnknownKeys() throws {
        let dir = try ConfigDirectory()
        try dir.write("operators.toml", """
            [[operator]]
            user = "anna"
            name = "Anna"
            role = "chef"

            [[operator]]
            user = "erik"
            name = 42
            roll = "guide"
            """)
        let problems = dir.problems()
        #expect(problems.contains("operators.toml:4: operator.role \"chef\": must be one of guide, supervisor, admin"))
        #expect(problems.contains("operators.toml:8: operator.name \"42\": must be a string in quotes"))
        #expect(problems.contains("operators.toml:9: operator.roll: is not a known setting; check the spelling against docs/configuration.md"))
    }

    @Test("Bad targets, language and time zone in servicecenter.toml")
    func settings() throws {
        let dir = try ConfigDirectory()
        try dir.write("servicecenter.toml", """
            [site]
            name = "Testkommun"
            timezone = "Europe/Orebro"
            language = "fi"

            [targets.phone]
            answer_within_s = -60
            percent = 180
            """)
        let problems = dir.problems()
        #expect(problems.contains("servicecenter.toml:4: site.language \"fi\": must be \"sv\" or \"en\""))
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:3: site.timezone \"Europe/Orebro\"") })
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:7: targets.phone.answer_within_s \"-60\"") })
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:8: targets.phone.percent \"180\"") })
        #expect(problems.count == 4)
    }

    @Test("Missing files and a missing directory are named, and load refuses")
    func missing() throws {
        let dir = try ConfigDirectory()
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("sectors.toml"))
        let problems = dir.problems()
        #expect(problems.first?.hasPrefix("sectors.toml: file is missing") == true)
        // Without sectors every category's sector is unknown: the check says so too.
        #expect(problems.count > 60)
        #expect(throws: InvalidConfiguration.self) { try ConfigurationLoader.load(directory: dir.url) }

        let nowhere = ConfigurationLoader.read(directory: URL(fileURLWithPath: "/nonexistent/servicecenter"))
        #expect(nowhere.problems.count == 1)
        #expect(nowhere.problems[0].message.contains("--config"))
    }
}

@Suite("Default locations")
struct LocationsTests {
    let temp = TemporaryFolders.make("sc-loc")

    @Test("Flags beat environment variables, which beat the defaults")
    func precedence() {
        let locations = Locations(
            environment: ["SERVICECENTER_CONFIG": "/srv/sc/config", "SERVICECENTER_DATABASE": "/srv/sc/db.sqlite", "HOME": "/home/anna"],
            currentDirectory: "/tmp")
        #expect(locations.configDirectory(flag: "/etc/other").path == "/etc/other")
        #expect(locations.configDirectory(flag: nil).path == "/srv/sc/config")
        let config = URL(fileURLWithPath: "/srv/sc/config")
        #expect(locations.databasePath(flag: "x.sqlite", configured: nil, configDirectory: config) == "/tmp/x.sqlite")
        #expect(locations.databasePath(flag: nil, configured: "y.sqlite", configDirectory: config) == "/srv/sc/db.sqlite")
    }

    @Test("With nothing set: ./Config, then XDG config, then /etc; the database under XDG data or ~/.local/share")
    func defaults() throws {
        let cwd = temp.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: cwd, withIntermediateDirectories: true)
        let home = temp.appendingPathComponent("home").path
        var locations = Locations(environment: ["HOME": home], currentDirectory: cwd.path)
        #expect(locations.configDirectory(flag: nil).path == "/etc/servicecenter")
        #expect(locations.databasePath(flag: nil, configured: nil, configDirectory: URL(fileURLWithPath: "/etc/servicecenter"))
            == home + "/.local/share/servicecenter/servicecenter.sqlite")

        let xdg = temp.appendingPathComponent("xdg")
        try FileManager.default.createDirectory(at: xdg.appendingPathComponent("servicecenter"), withIntermediateDirectories: true)
        locations.environment["XDG_CONFIG_HOME"] = xdg.path
        locations.environment["XDG_DATA_HOME"] = "/data"
        #expect(locations.configDirectory(flag: nil).path == xdg.appendingPathComponent("servicecenter").path)
        #expect(locations.databasePath(flag: nil, configured: nil, configDirectory: xdg) == "/data/servicecenter/servicecenter.sqlite")

        try FileManager.default.createDirectory(at: cwd.appendingPathComponent("Config"), withIntermediateDirectories: true)
        #expect(locations.configDirectory(flag: nil).path == cwd.appendingPathComponent("Config").path)
        #expect(locations.databasePath(flag: nil, configured: "data/sc.sqlite", configDirectory: URL(fileURLWithPath: "/etc/sc"))
            == "/etc/sc/data/sc.sqlite")
    }
}

@Suite("Configuration files: calendar")
struct CalendarConfigurationTests {
    @Test("The shipped calendar closes at 16:30; bad times and dates are named")
    func calendar() throws {
        let shipped = try ConfigurationLoader.load(directory: ConfigDirectory.shipped)
        #expect(shipped.calendar.closingMinute == 16 * 60 + 30)
        let dir = try ConfigDirectory()
        try dir.append("servicecenter.toml", "")
        let text = try String(contentsOf: dir.url.appendingPathComponent("servicecenter.toml"), encoding: .utf8)
            .replacingOccurrences(of: "closing_time = \"16:30\"", with: "closing_time = \"halv fem\"")
            .replacingOccurrences(of: "closed_days = []", with: "closed_days = [\"2026-05-15\", \"15 maj\"]")
        try dir.write("servicecenter.toml", text)
        let problems = dir.problems()
        #expect(problems.contains { $0.contains("calendar.closing_time \"halv fem\": must be a time of day") })
        #expect(problems.contains { $0.contains("calendar.closed_days \"15 maj\": must be dates") })
        #expect(problems.count == 2)
    }
}

@Suite("Configuration files: open statistics")
struct StatisticsConfigurationTests {
    @Test("Social services and care are sensitive in the shipped files; a sensitive sector makes its categories so")
    func sensitive() throws {
        let shipped = try ConfigurationLoader.load(directory: ConfigDirectory.shipped)
        #expect(shipped.statistics.suppressBelow == 3)
        #expect(shipped.statistics.license == "CC0-1.0")
        #expect(shipped.isSensitive(category: "ekonomiskt_bistand", sector: "social"))
        #expect(shipped.isSensitive(category: "elevhalsa", sector: "grundskola"))
        // Filed under a sensitive sector, whatever the category.
        #expect(shipped.isSensitive(category: "avfall", sector: "vard_omsorg"))
        #expect(!shipped.isSensitive(category: "avfall", sector: "teknik"))
    }

    @Test("A bad threshold, licence or flag is named with its line")
    func problems() throws {
        let dir = try ConfigDirectory()
        let text = try String(contentsOf: dir.url.appendingPathComponent("servicecenter.toml"), encoding: .utf8)
            .replacingOccurrences(of: "suppress_below = 3", with: "suppress_below = 0")
            .replacingOccurrences(of: "license = \"CC0-1.0\"", with: "license = \"fri att använda\"")
        try dir.write("servicecenter.toml", text)
        try dir.append("sectors.toml", "\n[[sector]]\nid = \"x\"\nname = \"X\"\nsensitive = \"ja\"\n")
        let problems = dir.problems()
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:") && $0.contains("statistics.suppress_below \"0\": must be between 1") })
        #expect(problems.contains { $0.contains("statistics.license \"fri att använda\": must be an SPDX licence id") })
        #expect(problems.contains { $0.hasPrefix("sectors.toml:") && $0.contains("sensitive") && $0.contains("true or false") })
        #expect(problems.count == 3)
    }
}

@Suite("Configuration files: privacy")
struct PrivacyConfigurationTests {
    @Test("The shipped files mask contact details; [privacy] can allow them; a bad flag is named with its line")
    func privacy() throws {
        let shipped = try ConfigurationLoader.load(directory: ConfigDirectory.shipped)
        #expect(shipped.privacy == PersonalDataMasking(allowEmail: false, allowPhone: false))

        let dir = try ConfigDirectory()
        let original = try String(contentsOf: dir.url.appendingPathComponent("servicecenter.toml"), encoding: .utf8)
        try dir.write("servicecenter.toml", original.replacingOccurrences(of: "allow_phone_in_notes = false", with: "allow_phone_in_notes = true"))
        #expect(try ConfigurationLoader.load(directory: dir.url).privacy == PersonalDataMasking(allowEmail: false, allowPhone: true))

        try dir.write("servicecenter.toml", original.replacingOccurrences(of: "allow_email_in_notes = false", with: "allow_email_in_notes = \"ja\""))
        let problems = dir.problems()
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:") && $0.contains("allow_email_in_notes") && $0.contains("true or false") })
    }
}

@Suite("Locations under a setgid install")
struct PrivilegedLocationsTests {
    let caller = ["SERVICECENTER_CONFIG": "/home/eve/cfg", "SERVICECENTER_DATABASE": "/home/eve/db.sqlite", "HOME": "/home/eve"]

    @Test("A privileged run reads /etc/servicecenter and the database it names, whatever the caller sets")
    func systemOnly() {
        let locations = Locations(environment: caller, currentDirectory: "/home/eve", privileged: true)
        #expect(locations.configDirectory(flag: "/home/eve/cfg").path == "/etc/servicecenter")
        #expect(locations.configDirectory(flag: nil).path == "/etc/servicecenter")
        let system = Locations.systemConfigDirectory
        #expect(locations.databasePath(flag: "/home/eve/x.sqlite", configured: "/srv/sc/sc.sqlite", configDirectory: system) == "/srv/sc/sc.sqlite")
        #expect(locations.databasePath(flag: nil, configured: nil, configDirectory: system) == Locations.systemDatabase)
    }

    @Test("Each flag or variable pointing elsewhere is named for the refusal; the same places are fine")
    func refused() {
        let privileged = Locations(environment: caller, currentDirectory: "/home/eve", privileged: true)
        #expect(privileged.refusedChoices(configFlag: "cfg") == ["--config", "SERVICECENTER_CONFIG"])
        #expect(privileged.refusedChoices(configFlag: nil, databaseFlag: "x.sqlite", databasePath: "/srv/sc/sc.sqlite")
            == ["SERVICECENTER_CONFIG", "--database", "SERVICECENTER_DATABASE"])
        let honest = Locations(environment: ["SERVICECENTER_CONFIG": "/etc/servicecenter/"], currentDirectory: "/", privileged: true)
        #expect(honest.refusedChoices(configFlag: "/etc/servicecenter", databaseFlag: "/srv/sc/sc.sqlite", databasePath: "/srv/sc/sc.sqlite").isEmpty)
        let ordinary = Locations(environment: caller, currentDirectory: "/home/eve", privileged: false)
        #expect(ordinary.refusedChoices(configFlag: "cfg", databaseFlag: "x", databasePath: "/srv/sc/sc.sqlite").isEmpty)
    }
}
