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
}

/// Writes one line to standard error, where errors belong so scripts can keep stdout clean.
/// The message often repeats stored or typed text, so it is shown inert (`InertText`).
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("servicecenter: " + InertText.shown(message) + "\n").utf8))
}
