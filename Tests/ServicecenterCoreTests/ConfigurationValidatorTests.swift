import Testing
@testable import ServicecenterCore

@Suite("Configuration validation")
struct ConfigurationValidatorTests {
    func messages(_ change: (inout Configuration) -> Void) -> [String] {
        var config = Fixtures.configuration
        change(&config)
        return ConfigurationValidator.validate(config).map(\.description)
    }

    @Test("The fixture is clean")
    func clean() {
        #expect(ConfigurationValidator.validate(Fixtures.configuration).isEmpty)
    }

    @Test("A category naming an unknown sector is reported with its file, line and value")
    func unknownSector() {
        let result = messages {
            $0.categories[0].sector = "skola"
            $0.categories[0].location = SourceLocation(file: "categories.toml", line: 12, keyLines: ["sector": 15])
        }
        #expect(result == [#"categories.toml:15: category.sector "skola": is not a sector in sectors.toml; use one of its ids"#])
    }

    @Test("Duplicate ids point to the first definition")
    func duplicates() {
        let result = messages {
            $0.sectors[0].location = SourceLocation(file: "sectors.toml", line: 1)
            $0.sectors.append(Sector(id: "forskola", name: "Igen", handoverWorkingDays: 2, location: SourceLocation(file: "sectors.toml", line: 20)))
        }
        #expect(result == [#"sectors.toml:20: sector.id "forskola": is a duplicate; first defined at line 1"#])
        #expect(messages { $0.categories.append($0.categories[0]) }.count == 1)
        #expect(messages { $0.operators.append($0.operators[0]) }.count == 1)
    }

    @Test("Empty names, bad ids, bad targets, bad time zones, unknown skills each get a problem")
    func eachKind() {
        #expect(messages { $0.sectors[0].name = " " }.count == 1)
        #expect(messages { $0.categories[1].name = "" }.count == 1)
        #expect(messages { $0.categories[1].id = "Förskola" }.first?.contains("may only hold") == true)
        #expect(messages { $0.targets.serviceLevels[.phone]?.percent = 120 }.first?.contains("targets.phone.percent \"120\"") == true)
        #expect(messages { $0.targets.serviceLevels[.visit]?.seconds = 0 }.first?.contains("answer_within_s") == true)
        #expect(messages { $0.site.timeZone = "Europe/Örebro" }.first?.contains("site.timezone") == true)
        #expect(messages { $0.operators[0].skills = ["telepati"] }.first?.contains("\"telepati\"") == true)
        #expect(messages { $0.operators[0].user = "anna lind" }.count == 1)
        #expect(messages { $0.sectors[0].handoverWorkingDays = -1 }.count == 1)
        #expect(messages { $0.retention.noteDays = 0 }.count == 1)
        #expect(messages { $0.targets.repeatWindowDays = 0 }.first?.contains("targets.repeat_window_days \"0\"") == true)
        #expect(messages { $0.categories[0].keywords = ["", "dagis"] }.count == 1)
    }
}
