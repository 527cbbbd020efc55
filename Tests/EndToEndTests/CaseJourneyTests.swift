import Foundation
import Testing

/// Issue 18's "done means", walked once as the people involved meet it: a guide forwards a
/// citizen's question at the desk and reads the reference and due date aloud; the sector's
/// mailbox (a `sendmail -t` stand-in) and the feed receive a hand-over a case officer can act
/// on; a referral is counted by destination in the statistics package, which holds no number;
/// once the retention has passed, the number is gone from the database files.
@Suite("End to end: a case travels from the desk to the sector and is erased after its time", .endsWhatItStarts, .enabled(if: Tmux.available, "tmux is not installed (.ci/run installs it)"))
struct CaseJourneyTests {
    static let phone = "070-174 06 55"
    static let email = "lena.berg@example.com"
    static let matter = "Vill veta om inglasad altan kräver bygglov"

    @Test("Desk → mailbox and feed → statistics without the number → purge leaves no byte of it")
    func journey() throws {
        let (sandbox, mailbox) = try HandoverDeliveryTests().sandbox()
        let today = Self.today()

        // The guide, on the phone, at 80×24.
        let tmux = try sandbox.desk(width: 80, height: 24)
        #expect(try tmux.waitFor("Välj station och kanal").found)
        try tmux.keys("1")
        try tmux.type("bygglov")
        #expect(try tmux.waitFor("▶ Bygglov").found)
        try tmux.keys("Enter", "2", "1")
        #expect(try tmux.waitFor("Skriv ärendet").found)
        try tmux.type(Self.matter)
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Telefonnummer för återkontakt").found)
        try tmux.type(Self.phone)
        try tmux.keys("Enter")
        try tmux.type(Self.email)
        try tmux.keys("F9")
        let said = try tmux.waitFor("kontaktar dig senast")
        #expect(said.found && said.screen.contains("Ärende 1"), "screen:\n\(said.screen)")

        // The sector's mailbox gets exactly one message, with what a case officer needs.
        var received: [String] = []
        let deadline = Date().addingTimeInterval(15)
        while received.isEmpty, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            received = try HandoverDeliveryTests().messages(mailbox)
        }
        try #require(received.count == 1, "mailbox: \(received)")
        let message = received[0]
        for needed in [Self.matter, Self.phone, Self.email, "Stadsbyggnadsförvaltningen", "Bygglov", "Anna"] {
            #expect(message.contains(needed), "\(needed) missing from:\n\(message)")
        }
        #expect(message.range(of: #"Message-ID: <handover-1-event-1\.[0-9a-f]{16}@orebro\.se>"#, options: .regularExpression) != nil)

        // A second citizen is referred to Skatteverket, chosen from the list.
        try tmux.type("bygglov")
        #expect(try tmux.waitFor("▶ Bygglov").found)
        try tmux.keys("Enter", "3")
        try tmux.type("skatteverk")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Skatteverket").found)
        try tmux.keys("F9")
        #expect(try tmux.waitFor("Kontakt 2 sparad.").found)
        try tmux.keys("F10")
        #expect(try tmux.waitFor("EXIT=0").found)
        #expect(try HandoverDeliveryTests().messages(mailbox).count == 1, "a referral mails no sector")

        // The feed carries the same hand-over for the sector's own system.
        let feed = try sandbox.run(as: "maria", "handovers", "feed")
        #expect(feed.status == 0, "\(feed.stderr)")
        let lines = feed.stdout.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("\"created\"") && lines[0].contains(Self.matter), "\(feed.stdout)")

        // The statistics package counts the referral by destination and holds no contact details.
        let out = sandbox.root.appendingPathComponent("stats")
        let dumped = try sandbox.run(as: "maria", "stats", "dump", "--date", today, "--out", out.path)
        #expect(dumped.status == 0, "\(dumped.stderr)")
        let files = StatsDumpTests.snapshot(out)
        let referrals = files.first { $0.key.hasSuffix("referrals_by_destination.csv") }.map { String(decoding: $0.value, as: UTF8.self) }
        #expect(referrals?.contains("skatteverket") == true, "\(referrals ?? "no referral table")")
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for secret in [Self.phone, Self.email, "lena.berg", Self.matter] { #expect(!text.contains(secret), "\(secret) in \(path)") }
        }

        // The sector closes it; once closed for callback_days, purge erases the number and address.
        #expect(try sandbox.run(as: "maria", "handovers", "close", "1", "--note", "Besked givet per telefon").status == 0)
        #expect(!HandoverCaseTests.filesHolding(Self.phone, in: sandbox).isEmpty, "the search finds the number before the purge")
        let settings = sandbox.root.appendingPathComponent("Config/servicecenter.toml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "callback_days = 30", with: "callback_days = 0").write(to: settings, atomically: true, encoding: .utf8)
        #expect(try sandbox.run(as: "admin", "purge").status == 0)
        for needle in [Self.phone, Self.email, "lena.berg"] {
            #expect(HandoverCaseTests.filesHolding(needle, in: sandbox).isEmpty, "\(needle) left in \(HandoverCaseTests.filesHolding(needle, in: sandbox))")
        }
        let shown = try sandbox.run(as: "maria", "handovers", "show", "1")
        #expect(shown.stdout.contains(Self.matter) && !shown.stdout.contains(Self.phone), "\(shown.stdout)")
    }

    /// Today in the site's zone, as `--date` takes it.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Stockholm")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
