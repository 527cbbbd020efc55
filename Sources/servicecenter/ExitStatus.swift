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

    /// Every code the program exits with and what it means, in order: the top-level `--help`
    /// is written from this list, and a test holds the README's exit-code table to it, so the
    /// three cannot drift apart again (the help had left out 69 and what 77 says about roles).
    static let documented: [(code: ExitCode, meaning: String)] = [
        (ExitCode(0), "done"),
        (usage, "bad arguments (unknown option, bad date or number, unknown station)"),
        (dataError, "invalid contact, import or event data, or a change that does not fit; nothing was written"),
        (noInput, "input file missing; no such hand-over, ticket or incident"),
        (unavailable, "the database does not exist (it is not created), or its server cannot be reached"),
        (cannotCreate, "the database or an output folder cannot be created"),
        (ioError, "the database is damaged, not SQLite, from a newer version, another program's, or not a file"),
        (temporaryFailure, "the database is locked by another process, its server's connection was lost, "
            + "or `handovers deliver` left e-mails unsent; try again"),
        (permission, "the database is read-only, or the command needs another role (guide, supervisor, admin) "
            + "or names someone else without being admin, or the database server refused the user or the change"),
        (configuration, "the configuration is invalid (run `servicecenter config check`), or the database address cannot be read"),
        (partlyStored, "a --follow feed stored its good lines and skipped bad ones"),
        (diskFull, "the disk is full; free space and try again"),
    ]

    /// The "Exit codes:" paragraph of the top-level help, from `documented`.
    static var helpParagraph: String {
        "Exit codes: " + documented.map { "\($0.code.rawValue) \($0.meaning)" }.joined(separator: "; ")
            + "; 128 + n a screen ended by signal n."
    }
}

/// Writes one line to standard error, where errors belong so scripts can keep stdout clean.
/// The message often repeats stored or typed text, so it is shown inert (`InertText`).
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("servicecenter: " + InertText.shown(message) + "\n").utf8))
}
