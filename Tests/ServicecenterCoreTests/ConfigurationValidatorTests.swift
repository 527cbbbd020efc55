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

/// Issue 16: every number has a range, and showing a bad one never traps.
extension ConfigurationValidatorTests {
    @Test("A percent of inf, nan, 1e19 or Int64.max is a problem that shows the value, not a trap")
    func percentBeyondInt() {
        for (value, shown) in [(Double.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"), (1e19, "1e+19"),
                               (Double(Int64.max), "9.223372036854776e+18"), (100.5, "100.5")] {
            let result = messages { $0.targets.serviceLevels[.phone] = ServiceLevelTarget(seconds: 60, percent: value) }
            #expect(result == ["servicecenter.toml: targets.phone.percent \"\(shown)\": must be a percentage above 0 and at most 100"])
        }
    }

    @Test("Working days, note days and answer times past their ranges are refused with the range")
    func ranges() {
        #expect(messages { $0.targets.handoverWorkingDays = Int.max } == [
            "servicecenter.toml: targets.handover_working_days \"\(Int.max)\": must be between 0 and 365 working days"])
        #expect(messages { $0.targets.digitalReplyWorkingDays = 366 }.count == 1)
        #expect(messages { $0.sectors[0].handoverWorkingDays = 100_000_000 }.first?.contains("must be between 0 and 365 working days") == true)
        #expect(messages { $0.retention.noteDays = 3_000_000 } == [
            "servicecenter.toml: retention.note_days \"3000000\": must be between 1 and 36500 days (a hundred years)"])
        #expect(messages { $0.retention.noteDays = Int.min }.count == 1)
        #expect(messages { $0.targets.serviceLevels[.digital] = ServiceLevelTarget(seconds: 86_401, percent: 80) } == [
            "servicecenter.toml: targets.digital.answer_within_s \"86401\": must be between 1 and 86400 seconds (a day)"])
        #expect(messages {
            $0.targets.handoverWorkingDays = 365
            $0.targets.digitalReplyWorkingDays = 0
            $0.retention.noteDays = 36_500
            $0.targets.serviceLevels[.phone] = ServiceLevelTarget(seconds: 86_400, percent: 100)
        } == [])
    }

    @Test("formatNumber and duration never trap, whatever the Double")
    func formattingExtremes() {
        let values: [Double] = [.infinity, -.infinity, .nan, 1e19, -1e19, Double(Int64.max), Double(Int64.min), .greatestFiniteMagnitude,
                                .leastNonzeroMagnitude, -0.0, 0, 80, 99.5, 9_007_199_254_740_992]
        for value in values {
            #expect(!Formatting.number(value).isEmpty)
            #expect(!Formatting.duration(value).isEmpty)
        }
        #expect(Formatting.number(80) == "80")
        #expect(Formatting.number(99.5) == "99.5")
        #expect(Formatting.number(1e19) == "1e+19")
        #expect(Formatting.duration(.infinity) == "–")
        #expect(Formatting.duration(1e19) == "–")
        #expect(Formatting.duration(3_725) == "1:02:05")
    }
}
