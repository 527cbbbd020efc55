import Foundation
import Testing
import TestSupport

/// The tester's case: a process claimed a delivery and was killed (kill -9) while the mail
/// command ran, before it could record the outcome. `handovers deliver` then printed
/// "Skickade 0, misslyckades 0." with exit 75 and the outbox showed "väntar" with no reason.
@Suite("End to end: a delivery held by a killed process is explained", .endsWhatItStarts)
struct DeliveryHeldElsewhereEndToEndTests {
    @Test("log killed inside the mail command: deliver exits 75 and says another process holds 1 until when; the outbox row says so")
    func killedMidSend() throws {
        let delivery = HandoverDeliveryTests()
        let (sandbox, _) = try delivery.sandbox(timeout: 30)
        let pidFile = sandbox.root.appendingPathComponent("mail.pid").path
        // The stand-in records its pid and then hangs, as an MTA that never answers.
        try delivery.mailScript(sandbox, "echo $$ > \(pidFile); exec sleep 60")
        let log = try Child.launch(Sandbox.binary.path, [
            "log", "--channel", "phone", "--category", "bygglov", "--resolution", "forwarded", "--reason", "needs_case_officer",
            "--matter", "Vill veta om altanen kräver bygglov",
        ], environment: sandbox.environment)
        let deadline = Date().addingTimeInterval(20)
        var mailPID: pid_t?
        while mailPID == nil, Date() < deadline {
            mailPID = (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if mailPID == nil { usleep(20_000) }
        }
        kill(log.pid, SIGKILL)
        let killed = try log.finish()
        if let mailPID { kill(mailPID, SIGKILL) }
        try #require(mailPID != nil, "the mail command never started: \(killed.stderr)")
        #expect(killed.stdout == "1\n", "the save came first: \(killed.stdout)")

        let delivered = try sandbox.run(as: "maria", "handovers", "deliver")
        #expect(delivered.status == 75, "\(delivered.stdout) \(delivered.stderr)")
        #expect(delivered.stdout.contains("Skickade 0, misslyckades 0, 1 skickas av en annan process (försöks igen efter "), "\(delivered.stdout)")

        let outbox = try sandbox.run(as: "maria", "handovers", "outbox")
        #expect(outbox.status == 0)
        #expect(outbox.stdout.contains("skickas just nu av en annan process; blir den inte klar försöks det igen efter "), "\(outbox.stdout)")
        let json = try sandbox.run(as: "maria", "handovers", "outbox", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["claimed_until"] is String, "\(rows)")
    }
}
