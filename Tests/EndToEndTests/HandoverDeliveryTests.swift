import Foundation
import Testing
import TestSupport

/// Issue 18: a hand-over reaches the sector's mailbox through the `sendmail -t` interface
/// (here a stand-in script written by the test), once, and the feed carries every event.
@Suite("End to end: hand-overs e-mailed to the sector and fed as JSON Lines", .endsWhatItStarts)
struct HandoverDeliveryTests {
    /// A sandbox whose Stadsbyggnadsförvaltningen has a mailbox, and whose mail command is
    /// `mail.sh` in the sandbox (rewritten by each test to save, fail or hang).
    func sandbox(timeout: Int = 3) throws -> (Sandbox, mailbox: String) {
        var sandbox = try Sandbox()
        let config = try sandbox.copyConfiguration()
        let sectors = config.appendingPathComponent("sectors.toml")
        let text = try String(contentsOf: sectors, encoding: .utf8)
            .replacingOccurrences(of: "id = \"stadsbyggnad\"\n", with: "id = \"stadsbyggnad\"\nmailbox = \"bygg@orebro.se\"\n")
        try text.write(to: sectors, atomically: true, encoding: .utf8)
        let settings = config.appendingPathComponent("servicecenter.toml")
        let mail = sandbox.root.appendingPathComponent("mail.sh").path
        try (String(contentsOf: settings, encoding: .utf8) + """

            [delivery]
            mail_command = "\(mail) -t -i"
            timeout_seconds = \(timeout)
            from = "servicecenter@orebro.se"
            max_attempts = 2
            """).write(to: settings, atomically: true, encoding: .utf8)
        let mailbox = sandbox.root.appendingPathComponent("mailbox").path
        try FileManager.default.createDirectory(atPath: mailbox, withIntermediateDirectories: true)
        try mailScript(sandbox, "cat > \(mailbox)/$$.eml")
        return (sandbox, mailbox)
    }

    func mailScript(_ sandbox: Sandbox, _ body: String) throws {
        _ = try sandbox.executable("mail.sh", "#!/bin/sh\n" + body + "\n")
    }

    func messages(_ mailbox: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: mailbox).sorted()
            .map { try String(contentsOfFile: mailbox + "/" + $0, encoding: .utf8) }
    }

    func forward(_ sandbox: Sandbox, matter: String = "Vill veta om altanen på 20 kvm kräver bygglov") throws -> Sandbox.Outcome {
        try sandbox.run(
            "log", "--channel", "phone", "--category", "bygglov", "--resolution", "forwarded", "--reason", "needs_case_officer",
            "--matter", matter, "--phone", "070-123 45 67", "--callback-time", "förmiddag")
    }

    @Test("log forwards a contact: the sendmail stand-in receives exactly one well-formed message for it")
    func oneMessage() throws {
        let (sandbox, mailbox) = try sandbox()
        let logged = try forward(sandbox)
        #expect(logged.status == 0 && logged.stdout == "1\n", "\(logged.stderr)")
        let received = try messages(mailbox)
        try #require(received.count == 1, "\(received)")
        let message = received[0]
        let head = message.components(separatedBy: "\n\n").first ?? ""
        #expect(head.contains("\nTo: bygg@orebro.se\n") && head.hasPrefix("From: servicecenter@orebro.se\n"))
        #expect(head.range(of: #"Message-ID: <handover-1-event-1\.[0-9a-f]{16}@orebro\.se>"#, options: .regularExpression) != nil && head.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(head.contains("\nSubject: =?utf-8?B?") && head.contains("\nDate: "))
        #expect(message.contains("Ärende:") && message.contains("Stadsbyggnadsförvaltningen") && message.contains("Bygglov"))
        // The matter and the number, which a case officer needs to act without asking anyone.
        #expect(message.contains("Vill veta om altanen på 20 kvm kräver bygglov") && message.contains("070-123 45 67"), "\(message)")
        #expect(message.contains("förmiddag") && message.contains("Anna"))
        // Later commands send nothing again.
        #expect(try sandbox.run(as: "maria", "handovers", "deliver").status == 0)
        _ = try sandbox.run("log", "--channel", "phone", "--category", "bygglov")
        #expect(try messages(mailbox).count == 1)
        let outbox = try sandbox.run(as: "maria", "handovers", "outbox")
        #expect(outbox.status == 0 && outbox.stdout.contains("Inga brev väntar"), "\(outbox.stdout)")
    }

    @Test("A failing mail command leaves the save and a pending row with the reason; deliver later sends it once (exit 75, then 0)")
    func failingThenDelivered() throws {
        let (sandbox, mailbox) = try sandbox()
        try mailScript(sandbox, "echo 'postdrop: warning: unable to look up public/pickup' >&2; exit 75")
        let logged = try forward(sandbox)
        #expect(logged.status == 0 && logged.stdout == "1\n", "\(logged.stderr)")
        #expect(try sandbox.run("handovers").stdout.contains("Stadsbyggnadsförvaltningen"))
        let json = try sandbox.run(as: "maria", "handovers", "outbox", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && rows.first?["state"] as? String == "pending" && rows.first?["attempts"] as? Int == 1)
        #expect((rows.first?["last_error"] as? String)?.contains("unable to look up public/pickup") == true, "\(rows)")
        // Still failing: deliver says so with 75, the row now failed (max_attempts = 2); the dashboard's count would show it.
        let stillFailing = try sandbox.run(as: "maria", "handovers", "deliver")
        #expect(stillFailing.status == 75, "\(stillFailing.stdout) \(stillFailing.stderr)")
        #expect(try sandbox.run(as: "maria", "handovers", "outbox").stdout.contains("misslyckat"))
        // A guide may not run it.
        #expect(try sandbox.run("handovers", "deliver").status == 77)
        try mailScript(sandbox, "cat > \(mailbox)/$$.eml")
        let delivered = try sandbox.run(as: "maria", "handovers", "deliver")
        #expect(delivered.status == 0 && delivered.stdout.contains("Skickade 1"), "\(delivered.stdout) \(delivered.stderr)")
        #expect(try sandbox.run(as: "maria", "handovers", "deliver").status == 0)
        #expect(try messages(mailbox).count == 1)
    }

    @Test("A hanging mail command is stopped at timeout_seconds: the save is kept and log returns")
    func hanging() throws {
        let (sandbox, _) = try sandbox(timeout: 1)
        try mailScript(sandbox, "sleep 30")
        let started = Date()
        let logged = try forward(sandbox)
        let took = Date().timeIntervalSince(started)
        #expect(logged.status == 0 && logged.stdout == "1\n", "\(logged.stderr)")
        #expect(took < 10, "log took \(took) s")
        let outbox = try sandbox.run(as: "maria", "handovers", "outbox", "--format", "csv")
        #expect(outbox.stdout.contains("1 s"), "\(outbox.stdout)")
    }

    @Test("feed writes every event as JSON Lines; --since resumes after the last id read; guides may not read it")
    func feedSince() throws {
        let (sandbox, _) = try sandbox()
        _ = try forward(sandbox)
        _ = try forward(sandbox)
        #expect(try sandbox.run("handovers", "close", "1", "--note", "Beslut skickat").status == 0)
        let feed = try sandbox.run(as: "maria", "handovers", "feed")
        #expect(feed.status == 0, "\(feed.stderr)")
        let lines = feed.stdout.split(separator: "\n")
        try #require(lines.count == 3, "\(feed.stdout)")
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["id"] as? Int } == [1, 2, 3])
        #expect(objects.map { $0["event"] as? String } == ["created", "created", "closed"])
        #expect(objects.allSatisfy { $0["version"] as? Int == 1 && $0["sector"] as? String == "stadsbyggnad" })
        #expect(objects[2]["note"] as? String == "Beslut skickat" && objects[2]["handover"] as? Int == 1)
        #expect(objects[0]["matter"] as? String == "Vill veta om altanen på 20 kvm kräver bygglov")
        let callback = try #require(objects[0]["callback"] as? [String: Any])
        #expect(callback["phone"] as? String == "070-123 45 67" && callback["preferred_time"] as? String == "förmiddag", "\(callback)")
        #expect(callback["email"] is NSNull)
        let resumed = try sandbox.run(as: "maria", "handovers", "feed", "--since", "2")
        #expect(resumed.stdout.split(separator: "\n") == lines.suffix(1))
        #expect(try sandbox.run(as: "maria", "handovers", "feed", "--since", "3").stdout.isEmpty)
        #expect(try sandbox.run("handovers", "feed").status == 77)
    }

    @Test("feed --follow writes a hand-over made after it started, and ends with exit 0 on SIGTERM")
    func feedFollow() throws {
        let (sandbox, _) = try sandbox()
        _ = try forward(sandbox)
        var environment = sandbox.environment
        environment["USER"] = "maria"
        let child = try Child.launch(Sandbox.binary.path, ["handovers", "feed", "--since", "1", "--follow"], environment: environment)
        var finished = false
        defer { if !finished { kill(child.pid, SIGKILL); _ = try? child.finish() } }
        usleep(700_000)
        _ = try forward(sandbox, matter: "Andra frågan")
        var seen = ""
        for _ in 0..<40 where !seen.contains("\"id\":2") {
            usleep(250_000)
            seen = (try? String(contentsOfFile: child.outPath, encoding: .utf8)) ?? ""
        }
        #expect(seen.contains("\"id\":2") && !seen.contains("\"id\":1,"), "\(seen)")
        kill(child.pid, SIGTERM)
        let result = try child.finish()
        finished = true
        #expect(result.status == 0, "\(result.status) \(result.stderr)")
    }

    /// `feed --follow` piped into `head -c bytes`, with `meanwhile` run while it follows:
    /// whether the pipeline ended within 10 s, and the feed's exit status as the shell saw it.
    func feedIntoHead(_ sandbox: Sandbox, bytes: Int, meanwhile: () throws -> Void = {}) throws -> (finished: Bool, output: String) {
        let script = "USER=maria \"$0\" handovers feed --follow | head -c \(bytes) > /dev/null; echo \"feed=${PIPESTATUS[0]}\""
        let child = try Child.launch("/bin/bash", ["-c", script, Sandbox.binary.path], environment: sandbox.environment)
        var finished = false
        defer { if !finished { kill(child.pid, SIGKILL); _ = try? child.finish() } }
        try meanwhile()
        var status: Int32 = 0
        var waited = 0
        while waitpid(child.pid, &status, WNOHANG) == 0, waited < 100 {
            usleep(100_000)
            waited += 1
        }
        finished = waited < 100
        let output = (try? String(contentsOfFile: child.outPath, encoding: .utf8)) ?? ""
        if finished { _ = try? child.finish() } // already reaped: this only removes its output files
        return (finished, output)
    }

    @Test("feed --follow whose reader went away (| head) ends with exit 0 at its next line, not killed by SIGPIPE")
    func feedFollowReaderGone() throws {
        let (sandbox, _) = try sandbox()
        _ = try forward(sandbox)
        let (finished, output) = try feedIntoHead(sandbox, bytes: 100) {
            usleep(1_000_000)
            // head has its 100 bytes and is gone; the next event's line meets a closed pipe.
            _ = try forward(sandbox, matter: "Tredje frågan")
        }
        #expect(finished, "the feed did not end after its reader went away")
        #expect(output.contains("feed=0"), "\(output)")
    }

    @Test("feed --follow ends within a second or two when its reader goes while no event comes")
    func feedFollowReaderGoneWhileIdle() throws {
        let (sandbox, _) = try sandbox()
        _ = try forward(sandbox)
        // No further event is written: only the closed pipe can end the feed.
        let (finished, output) = try feedIntoHead(sandbox, bytes: 10)
        #expect(finished, "the feed kept running for 10 s after its reader went away")
        #expect(output.contains("feed=0"), "\(output)")
    }
}
