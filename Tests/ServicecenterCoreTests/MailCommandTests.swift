import Foundation
import Testing
@testable import ServicecenterCore

/// The `sendmail -t` interface, with stand-in scripts for the MTA.
@Suite("The mail command")
struct MailCommandTests {
    let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sc-mail-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// Writes the script through a close-on-exec descriptor: tests run in parallel, and a
    /// process another test spawned while a plain descriptor was open kept the file open for
    /// writing, so running the script failed with "Text file busy" (ETXTBSY), now and then.
    func script(_ name: String, _ body: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let bytes = Array(("#!/bin/sh\n" + body + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw POSIXError(.EIO) }
        chmod(path, 0o755)
        return path
    }

    func command(_ line: String, timeout: Int = 5) -> MailCommand {
        MailCommand(settings: DeliverySettings(mailCommand: line, timeoutSeconds: timeout), language: .english)
    }

    @Test("Exit 0: the message arrives on standard input whole, with the arguments given")
    func sends() throws {
        let saved = folder.appendingPathComponent("saved.eml").path
        let path = try script("sendmail", "echo \"$@\" > \(saved).args; cat > \(saved)")
        let message = "To: a@b.se\nSubject: x\n\nÅterkontakt 070-123 45 67\n" + String(repeating: "rad\n", count: 40_000)
        #expect(command("\(path) -t -i").send(message) == nil)
        #expect(try String(contentsOfFile: saved, encoding: .utf8) == message)
        #expect(try String(contentsOfFile: saved + ".args", encoding: .utf8) == "-t -i\n")
    }

    @Test("A non-zero exit is the reason, with what the command said; the caller's environment does not reach it")
    func fails() throws {
        setenv("SC_MAIL_SECRET", "visible", 1)
        let path = try script("sendmail", "echo \"smtp: connection refused [$HOME|$SC_MAIL_SECRET|$PATH]\" >&2; exit 75")
        let reason = try #require(command(path).send("x"))
        #expect(reason.contains("exited with 75") && reason.contains("smtp: connection refused"), "\(reason)")
        #expect(reason.contains("[||/usr/sbin:/usr/bin:/sbin:/bin]"), "\(reason)")
    }

    @Test("A missing program is named")
    func missing() {
        let reason = command("/nonexistent/sendmail -t").send("x")
        #expect(reason?.contains("/nonexistent/sendmail") == true)
    }

    @Test("A command that hangs (and its child) is stopped at the time limit; one that never reads does not block the write")
    func hangs() throws {
        let pidFile = folder.appendingPathComponent("child.pid").path
        let path = try script("sendmail", "sleep 60 & echo $! > \(pidFile); wait")
        let started = Date()
        let reason = command(path, timeout: 1).send(String(repeating: "x", count: 1_000_000))
        let took = Date().timeIntervalSince(started)
        #expect(reason?.contains("did not finish within 1 s") == true, "\(reason ?? "nil")")
        #expect(took < 4, "took \(took) s")
        let child = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        usleep(200_000)
        // Gone, or a zombie nobody reaps (a container's PID 1 may not): either way not running.
        let state = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8))?.split(separator: " ").dropFirst(2).first
        #expect(state == nil || state == "Z", "the script's child \(child) outlived the timeout: \(state ?? "")")
    }

    @Test("A command killed by a signal says which")
    func killed() throws {
        let path = try script("sendmail", "kill -9 $$")
        #expect(command(path).send("x")?.contains("signal 9") == true)
    }
}
