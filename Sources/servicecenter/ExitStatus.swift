import ArgumentParser
import Foundation
import ServicecenterCore

/// Exit codes a cron job can act on (the BSD sysexits values, documented in --help and README).
enum ExitStatus {
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let unavailable = ExitCode(69)
    static let cannotCreate = ExitCode(73)
    static let ioError = ExitCode(74)
    static let temporaryFailure = ExitCode(75)
    static let permission = ExitCode(77)
    static let configuration = ExitCode(78)
    /// A continuous feed (`queue events --follow`) stored its good lines and skipped bad
    /// ones: not 65, which promises that nothing was written.
    static let partlyStored = ExitCode(79)
    /// The disk holding the database (or the output) is full: like 75 it passes once space is
    /// freed (so a systemd unit retries it), but not 74 "damaged", and its own code so a
    /// script or an alert can tell it from a lock and say what to do.
    static let diskFull = ExitCode(80)
}

/// Writes one line to standard error, where errors belong so scripts can keep stdout clean.
/// The message often repeats stored or typed text, so it is shown inert (`InertText`).
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("servicecenter: " + InertText.shown(message) + "\n").utf8))
}
