import Foundation
import Testing
@testable import ServicecenterConfigFiles
import ServicecenterCore

@Suite("Configuration: sector mailboxes and [delivery]")
struct DeliveryConfigurationTests {
    @Test("A mailbox and [delivery] are read; the defaults hold without them")
    func read() throws {
        let dir = try ConfigDirectory()
        let defaults = try ConfigurationLoader.load(directory: dir.url)
        #expect(defaults.delivery.mailCommand == "/usr/sbin/sendmail -t" && defaults.delivery.timeoutSeconds == 30)
        #expect(defaults.delivery.maxAttempts == 5 && defaults.delivery.from == nil)
        try dir.append("sectors.toml", "\n[[sector]]\nid = \"bygg\"\nname = \"Bygg\"\nmailbox = \"bygg@orebro.se\"\n")
        try dir.append("servicecenter.toml", """

            [delivery]
            mail_command = "/usr/bin/msmtp -t -C /etc/msmtprc"
            timeout_seconds = 10
            from = "servicecenter@orebro.se"
            max_attempts = 8
            """)
        let configuration = try ConfigurationLoader.load(directory: dir.url)
        #expect(configuration.sector("bygg")?.mailbox == "bygg@orebro.se")
        #expect(configuration.delivery.commandWords == ["/usr/bin/msmtp", "-t", "-C", "/etc/msmtprc"])
        #expect(configuration.delivery.timeoutSeconds == 10 && configuration.delivery.maxAttempts == 8)
        #expect(configuration.delivery.messageIDDomain == "orebro.se")
    }

    @Test("A bad mailbox, sender, command, time limit and tries are each named with file:line")
    func refused() throws {
        let dir = try ConfigDirectory()
        let sectors = try dir.lineCount("sectors.toml")
        try dir.append("sectors.toml", "\n[[sector]]\nid = \"bygg\"\nname = \"Bygg\"\nmailbox = \"bygg@orebro\"\n")
        let settings = try dir.lineCount("servicecenter.toml")
        try dir.append("servicecenter.toml", """

            [delivery]
            mail_command = "sendmail -t"
            timeout_seconds = 0
            from = "Servicecenter <sc@orebro.se>"
            max_attempts = 1000
            mailcommand = "x"
            """)
        let problems = dir.problems()
        #expect(problems.contains("sectors.toml:\(sectors + 4): sector.mailbox \"bygg@orebro\": must be one e-mail address such as \"name@kommun.se\", without spaces, <>, commas or quotes"), "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:\(settings + 2): delivery.mail_command \"sendmail -t\": must begin with the program's full path") }, "\(problems)")
        #expect(problems.contains("servicecenter.toml:\(settings + 3): delivery.timeout_seconds \"0\": must be between 1 and 600 seconds"), "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:\(settings + 4): delivery.from \"Servicecenter <sc@orebro.se>\"") }, "\(problems)")
        #expect(problems.contains("servicecenter.toml:\(settings + 5): delivery.max_attempts \"1000\": must be between 1 and 100 attempts"), "\(problems)")
        #expect(problems.contains { $0.hasPrefix("servicecenter.toml:\(settings + 6): delivery.mailcommand") }, "\(problems)")
        #expect(problems.count == 6, "\(problems)")
    }
}
