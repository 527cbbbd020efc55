import Foundation
import ServicecenterCore
import Testing
@testable import servicecenter

/// Issue 19: the command line's words moved out of the core's `StringTable` into tables of its
/// own. A missing translation there is a compile error (one conformer per language, no defaults),
/// but a conformer could still answer with an empty string or with the other language's words
/// (a copied English line left in the Swedish table). Every requirement of every command-line
/// table is asked here in both languages, with the same arguments.
@Suite("Command-line tables: every requirement says something, and Swedish differs from English")
struct CommandStringsLanguageTests {
    static let day = LocalDay(year: 2026, month: 11, day: 23)
    static let ticket = QueueTicket(number: "B012", channel: .visit, service: "bygglov", takenAt: Date(timeIntervalSince1970: 0), callID: "c1", ahead: 2)

    /// Each requirement's text in `swedish` and `english`, named, for a sample of arguments;
    /// asserts both are non-empty and that they differ.
    func expectBothLanguages<Table>(_ swedish: Table, _ english: Table, _ samples: [(String, (Table) -> String)],
                                    sameInBoth: Set<String> = [], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (name, text) in samples {
            let sv = text(swedish), en = text(english)
            #expect(!sv.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): empty in Swedish", sourceLocation: sourceLocation)
            #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): empty in English", sourceLocation: sourceLocation)
            if sameInBoth.contains(name) {
                #expect(sv == en, "\(name) is meant to read the same in both", sourceLocation: sourceLocation)
            } else {
                #expect(sv != en, "\(name): the Swedish text is the English one: \(sv)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("CommandStrings: what a command reports once done")
    func commandResults() {
        let outcome = PurgeOutcome(before: Self.day, notes: 2, referrals: 1, handoverNotes: 1, drafts: 3, subjects: 4, gaps: 5)
        let report = DeliveryReport(sent: 2, failed: 1, leftOver: 1, heldElsewhere: 1, heldUntil: Date(timeIntervalSince1970: 0))
        var samples: [(String, (any CommandStrings) -> String)] = [
            ("imported", { $0.imported(inserted: 3, alreadyPresent: 1) }),
            ("importRejected", { $0.importRejected(badLines: 1, refusedLines: 0, totalLines: 4) }),
            ("importRejected refused", { $0.importRejected(badLines: 0, refusedLines: 2, totalLines: 4) }),
            ("importRejected both", { $0.importRejected(badLines: 1, refusedLines: 1, totalLines: 4) }),
            ("importEmpty", { $0.importEmpty(file: "tom.jsonl") }),
            ("demoCreated", { $0.demoCreated(contacts: 10, days: 2, from: Self.day, through: Self.day.adding(days: 1)) }),
            ("demoWrittenTo", { $0.demoWrittenTo(path: "/tmp/demo.sqlite") }),
            ("demoRemoved", { $0.demoRemoved(contacts: 10, handovers: 2, queueCalls: 3, path: "/tmp/demo.sqlite") }),
            ("configurationValid", { $0.configurationValid(directory: "Config", sectors: 1, categories: 2, operators: 3, referrals: 4) }),
            ("configurationInvalid", { $0.configurationInvalid(problems: 2) }),
            ("configurationRefused", { $0.configurationRefused }),
            ("purged", { $0.purged(outcome, dryRun: false, noteDays: 30) }),
            ("purged dry run", { $0.purged(outcome, dryRun: true, noteDays: 30) }),
            ("callbacksPurged", { $0.callbacksPurged(callbacks: 1, matters: 2, closedOnOrBefore: Self.day, callbackDays: 30, madeBefore: Self.day, dryRun: false) }),
            ("auditColumns", { $0.auditColumns.joined(separator: "|") }),
            ("auditEmpty", { $0.auditEmpty(since: Self.day) }),
            ("handoverMade", { $0.handoverMade(id: 7, sector: "Samhällsbyggnad", due: Self.day) }),
            ("handoverRecorded", { $0.handoverRecorded(id: 7, event: .closed) }),
            ("delivered", { $0.delivered(report, stillFailing: 1, heldUntil: "2026-11-23 10:00") }),
            ("dumpWritten", { $0.dumpWritten(path: "/srv/open", contacts: 1, files: 6) }),
            ("dumpNoData", { $0.dumpNoData(period: "2026-11-23") }),
            ("dumpCannotWrite", { $0.dumpCannotWrite(path: "/srv/open", reason: "disk full") }),
        ]
        for action in AuditAction.allCases { samples.append(("auditAction(\(action))", { $0.auditAction(action) })) }
        expectBothLanguages(commandStrings(for: .swedish), commandStrings(for: .english), samples)
    }

    @Test("QueueCommandStrings: the queue and incident commands' own lines")
    func queueCommand() {
        let samples: [(String, (any QueueCommandStrings) -> String)] = [
            ("ticketTaken", { $0.ticketTaken(Self.ticket, channel: "Besök") }),
            ("waitingColumns", { $0.waitingColumns.joined(separator: "|") }),
            ("eventsRecorded", { $0.eventsRecorded(inserted: 2, alreadyPresent: 1) }),
            ("eventsRejected", { $0.eventsRejected(badLines: 1, totalLines: 3) }),
            ("eventsSkipped", { $0.eventsSkipped(badLines: 1) }),
            ("noActiveIncident", { $0.noActiveIncident }),
            ("incidentColumns", { $0.incidentColumns.joined(separator: "|") }),
        ]
        expectBothLanguages(queueCommandStrings(for: .swedish), queueCommandStrings(for: .english), samples)
    }

    @Test("ArgumentStrings: arguments the command line cannot take")
    func arguments() {
        let samples: [(String, (any ArgumentStrings) -> String)] = [
            ("wholeNumber", { $0.wholeNumber(lower: "1", upper: "10") }),
            ("negativeID", { $0.negativeID("-5") }),
            ("unknownStation", { $0.unknownStation("Disk 9", option: "--station", known: ["Disk 1", "Teckenspråk"]) }),
            ("badDate", { $0.badDate("23/11", option: "--date") }),
            ("dayOutsideWindow", { $0.dayOutsideWindow("0000-01-01", option: "--from") }),
            ("badPeriod", { $0.badPeriod(from: Self.day, to: Self.day.adding(days: -1)) }),
            ("toBeforeStart", { $0.toBeforeStart(to: Self.day.adding(days: -1), start: Self.day) }),
            ("badFormat", { $0.badFormat("xml") }),
        ]
        expectBothLanguages(argumentStrings(for: .swedish), argumentStrings(for: .english), samples)
    }

    @Test("EnvironmentStrings: a setting from the environment it cannot use")
    func environment() {
        let samples: [(String, (any EnvironmentStrings) -> String)] = [
            ("badMilliseconds", { $0.badMilliseconds(variable: "SERVICECENTER_BUSY_TIMEOUT_MS", value: "x", range: 0...60_000, default: 5_000) }),
        ]
        expectBothLanguages(environmentStrings(for: .swedish), environmentStrings(for: .english), samples)
    }

    @Test("SecurityStrings: refusals for safety and for roles")
    func security() {
        let samples: [(String, (any SecurityStrings) -> String)] = [
            ("controlCharacters", { $0.controlCharacters(option: "--note", shown: "a␛b") }),
            // "argument 2" is the same word in Swedish and English.
            ("argument", { $0.argument(position: 2) }),
            ("actingForOther", { $0.actingForOther(login: "anna", named: "bo", option: "--operator") }),
            ("handoverNotTheirs", { $0.handoverNotTheirs(id: 3, login: "anna", madeBy: "bo") }),
            ("demoOverRealData", { $0.demoOverRealData(path: "/x", realContacts: 2) }),
            ("privilegedLocations", { $0.privilegedLocations(refused: ["--config"], config: "/etc/servicecenter", database: "/var/lib/sc.sqlite") }),
            ("lineNamesOther", { $0.lineNamesOther(login: "anna", named: "bo") }),
            ("attemptAudited", { $0.attemptAudited() }),
            ("roleNeeded", { $0.roleNeeded(user: "anna", has: .guide, needs: [.supervisor, .admin]) }),
            ("unknownLoginUser", { $0.unknownLoginUser("gäst", file: "Config/operators.toml") }),
        ]
        expectBothLanguages(securityStrings(for: .swedish), securityStrings(for: .english), samples, sameInBoth: ["argument"])
    }

    @Test("FileStrings: a file or a database the command cannot use")
    func files() {
        let samples: [(String, (any FileStrings) -> String)] = [
            ("fileNotFound", { $0.fileNotFound("kontakter.jsonl") }),
            ("fileUnreadable", { $0.fileUnreadable("kontakter.jsonl") }),
            ("databaseMissing", { $0.databaseMissing("/srv/sc.sqlite") }),
            ("databaseStartsWith", { $0.databaseStartsWith }),
        ]
        expectBothLanguages(fileStrings(for: .swedish), fileStrings(for: .english), samples)
    }

    @Test("GapStrings: the catalogue gap report")
    func gaps() {
        let samples: [(String, (any GapStrings) -> String)] = [
            ("gapColumns", { $0.gapColumns.joined(separator: "|") }),
            ("noGaps", { $0.noGaps(from: Self.day, through: Self.day) }),
        ]
        expectBothLanguages(gapStrings(for: .swedish), gapStrings(for: .english), samples)
    }
}
