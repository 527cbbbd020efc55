import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

@Suite("Configuration: [reference] for the quality report")
struct ReferenceConfigurationTests {
    @Test("[reference] is read with its source and year; without it there is none")
    func read() throws {
        let dir = try ConfigDirectory()
        let defaults = try ConfigurationLoader.load(directory: dir.url)
        #expect(defaults.reference.percent.isEmpty && defaults.reference.source == nil)
        try dir.append("servicecenter.toml", """

            [reference]
            source = "KKiK, riket (Kolada)"
            year = 2025
            phone_direct_answer_percent = 55
            email_within_2_working_days_percent = 84.5
            """)
        let configuration = try ConfigurationLoader.load(directory: dir.url)
        #expect(configuration.reference.label == "KKiK, riket (Kolada) 2025")
        #expect(configuration.reference.share(.phoneDirectAnswer) == 0.55)
        #expect(configuration.reference.share(.emailWithinTwoWorkingDays) == 0.845)
        #expect(configuration.reference.share(.firstContactResolution) == nil)
    }

    @Test("A percentage out of range, a year out of range, an unknown key, and values without source or year: each named with file:line")
    func refused() throws {
        let dir = try ConfigDirectory()
        let settings = try dir.lineCount("servicecenter.toml")
        try dir.append("servicecenter.toml", """

            [reference]
            year = 1890
            fcr_percent = 120
            phone_service_level_percent = 0
            direct_answer = 50
            """)
        let problems = dir.problems()
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:\(settings + 2): reference.year \"1890\": must be a year from 1990 to 2100") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:\(settings + 3): reference.fcr_percent \"120\": must be a percentage") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:\(settings + 4): reference.phone_service_level_percent \"0\"") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:\(settings + 5): reference.direct_answer") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:\(settings + 1): reference.source") && $0.contains("required") }, "\(problems)")
        #expect(problems.count == 5, "\(problems)")
    }
}
