import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hands a message to the mail transfer agent and says whether it took it.
public protocol MailTransport: Sendable {
    /// Nil when the message was taken; otherwise why not, as the outbox keeps it.
    func send(_ message: String) -> String?
}

/// The `sendmail -t` interface: runs `[delivery] mail_command` with the message on standard
/// input; exit 0 means the MTA has queued it. Time-limited: at `timeoutSeconds` the command's
/// whole process group is stopped (SIGTERM, then SIGKILL), so a hanging MTA, or a script that
/// started a child which hangs, never holds a command or a screen.
public struct MailCommand: MailTransport {
    public var words: [String]
    public var timeoutSeconds: Int
    public var strings: any DeliveryStrings

    public init(settings: DeliverySettings, language: Language) {
        words = settings.commandWords
        timeoutSeconds = settings.timeoutSeconds
        strings = deliveryStrings(for: language)
    }

    /// The whole environment the command gets.
    public static let environment = ["PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8"]

    /// How much of the command's own output (its error message) is kept as the reason.
    static let outputLimit = 300

    public func send(_ message: String) -> String? {
        guard let program = words.first else { return strings.commandMissing("") }
        guard access(program, X_OK) == 0 else { return strings.commandMissing(program) }
        // A write to a command that exited without reading must come back as EPIPE, not end
        // this process (the desk or a cron job): SIGPIPE is ignored here and reset in the child.
        signal(SIGPIPE, SIG_IGN)
        var input: [Int32] = [0, 0]
        guard pipe(&input) == 0 else { return strings.commandNotStarted(String(cString: strerror(errno))) }
        // The command's output goes to an unnamed file, not a pipe: a grandchild that keeps
        // the pipe open after a timeout would otherwise hold the read for ever.
        var template = Array("/tmp/servicecenter-mail-XXXXXX".utf8CString)
        let output = mkstemp(&template)
        if output >= 0 { unlink(template) }
        defer { if output >= 0 { close(output) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_addclose(&actions, input[1])
        if output >= 0 {
            posix_spawn_file_actions_adddup2(&actions, output, 1)
            posix_spawn_file_actions_adddup2(&actions, output, 2)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        // Its own process group: a timeout stops the command and whatever it started.
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var arguments = words.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        // Nothing of the caller's environment: installed setgid, a guide's LD_PRELOAD or HOME
        // (an MTA's config file) would otherwise run with the program's group.
        var environment = Self.environment.map { strdup($0) } + [nil]
        defer { for variable in environment { free(variable) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, &attributes, &arguments, &environment)
        close(input[0])
        guard spawned == 0 else {
            close(input[1])
            return strings.commandNotStarted(String(cString: strerror(spawned)))
        }
        let deadline = Date().addingTimeInterval(TimeInterval(timeoutSeconds))
        write(Array(message.utf8), to: input[1], until: deadline)
        close(input[1])
        guard let status = wait(for: pid, until: deadline) else {
            stop(group: pid)
            return strings.commandTimedOut(seconds: timeoutSeconds)
        }
        if status & 0x7F != 0 { return strings.commandKilled(signal: status & 0x7F) }
        let code = (status >> 8) & 0xFF
        return code == 0 ? nil : strings.commandExited(status: code, output: Self.tail(of: output))
    }

    /// Writes `bytes` without blocking past `deadline`: a command that never reads is timed out, not waited on.
    func write(_ bytes: [UInt8], to descriptor: Int32, until deadline: Date) {
        let flags = fcntl(descriptor, F_GETFL)
        _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
        var offset = 0
        while offset < bytes.count, Date() < deadline {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written > 0 { offset += written; continue }
            if written < 0, errno == EAGAIN || errno == EINTR {
                var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&poller, 1, 50)
                continue
            }
            return // EPIPE: the command stopped reading; its exit status says the rest.
        }
    }

    /// The command's wait status, or nil when it is still running at `deadline`.
    func wait(for pid: pid_t, until deadline: Date) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return status }
            // Reaped elsewhere (ECHILD): unknown, so counted as failed; the Message-ID makes a retry safe.
            if result < 0, errno != EINTR { return 0xFF00 }
            if Date() >= deadline { return nil }
            usleep(5_000)
        }
    }

    /// Stops the command's process group: SIGTERM, a second's grace, then SIGKILL; reaps it.
    func stop(group pid: pid_t) {
        kill(-pid, SIGTERM)
        if wait(for: pid, until: Date().addingTimeInterval(1)) == nil {
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        } else {
            kill(-pid, SIGKILL) // what it started may outlive it
        }
    }

    /// The end of what the command wrote, on one line.
    static func tail(of descriptor: Int32) -> String {
        guard descriptor >= 0 else { return "" }
        let size = lseek(descriptor, 0, SEEK_END)
        guard size > 0 else { return "" }
        let length = min(Int(size), 4_096)
        lseek(descriptor, off_t(Int(size) - length), SEEK_SET)
        var buffer = [UInt8](repeating: 0, count: length)
        let read = Glibc.read(descriptor, &buffer, length)
        guard read > 0 else { return "" }
        let text = String(decoding: buffer[..<read], as: UTF8.self)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " / ")
        return InertText.shown(String(text.suffix(outputLimit)))
    }
}
