import TerminalUI

/// What a key does at the desk. One list feeds the key handling, the hint bar and the help,
/// so they cannot disagree.
public enum DeskAction: CaseIterable, Sendable {
    case help
    case newContact
    case station
    case digitalHelp
    case medium
    case note
    case editLast
    case save
    case quit
    case choose
    case outcome
    case back
    case handovers
    case repeatLink
    case callback
    case filterSector
    case filterStatus
    case filterOverdue
    case mineOrAll
    case callNext
    case operatorStatus
    case tagIncident
    case noShow
    case transferTicket
    case queueList
    /// Scrolls the guidance (and the help) when it is longer than its area.
    case scrollText
    /// Brings back a draft put aside for later (Ctrl-O, when no contact is open).
    case laterDraft
    /// Walks a forwarded contact's fields: matter, phone, e-mail, time (Tab or Enter).
    case nextField
    /// Chooses another sector than the category's for a hand-over (Ctrl-G).
    case chooseSector
    /// Opens the knowledge articles: the chosen category's, or a search over all (Ctrl-L).
    case knowledge

    /// The key as printed in the hint bar and the help.
    public var keyName: String {
        switch self {
        case .help: "F1"
        case .newContact: "F2"
        case .station: "F3"
        case .digitalHelp: "F4"
        case .medium: "F5"
        case .note: "F6"
        case .editLast: "F8"
        case .save: "F9"
        case .quit: "F10"
        case .choose: "↑↓ Enter"
        case .outcome: "1 2 3"
        case .back: "Esc"
        case .handovers: "F7"
        case .repeatLink: "^R"
        case .callback: "Enter"
        case .filterSector: "S"
        case .filterStatus: "T"
        case .filterOverdue: "O"
        case .mineOrAll: "A"
        case .callNext: "^N"
        case .operatorStatus: "^P"
        case .tagIncident: "^T"
        case .noShow: "^X"
        case .transferTicket: "^F"
        case .queueList: "^K"
        case .scrollText: "PgUp PgDn"
        case .laterDraft: "^O"
        case .nextField: "Tab"
        case .chooseSector: "^G"
        case .knowledge: "^L"
        }
    }

    /// The keys as the help lists them: every key the desk takes for the action, so a key that
    /// works is never one the guide cannot look up (Ctrl-C quits as F10 does, asking the same).
    public var helpKeyName: String {
        switch self {
        case .quit: "F10 ^C"
        default: keyName
        }
    }

    /// The function key bound to the action, if it has one.
    public var functionKey: Key? {
        switch self {
        case .help: .function(1)
        case .newContact: .function(2)
        case .station: .function(3)
        case .digitalHelp: .function(4)
        case .medium: .function(5)
        case .note: .function(6)
        case .editLast: .function(8)
        case .save: .function(9)
        case .quit: .function(10)
        case .handovers: .function(7)
        case .choose, .outcome, .back, .repeatLink, .callback, .filterSector, .filterStatus, .filterOverdue, .mineOrAll,
             .callNext, .operatorStatus, .tagIncident, .noShow, .transferTicket, .queueList, .scrollText, .laterDraft, .nextField,
             .chooseSector, .knowledge: nil
        }
    }

    public static func forFunctionKey(_ key: Key) -> DeskAction? {
        allCases.first { $0.functionKey == key }
    }

    /// The Ctrl key bound to a queue or status action: control keys work in text fields too,
    /// so the guide can call the next visitor whatever has the focus.
    public var controlKey: Key? {
        switch self {
        case .callNext: .control("n")
        case .operatorStatus: .control("p")
        case .tagIncident: .control("t")
        case .noShow: .control("x")
        case .transferTicket: .control("f")
        case .queueList: .control("k")
        // Not letters: a word typed while the guide thinks a text field has the keys must
        // never link a repeat or open a draft.
        case .repeatLink: .control("r")
        default: nil
        }
    }

    public static func forControlKey(_ key: Key) -> DeskAction? {
        allCases.first { $0.controlKey == key }
    }

    /// The keys of the contact form, in the order the help lists them.
    public static let formActions: [DeskAction] = [
        .help, .newContact, .station, .digitalHelp, .medium, .note, .handovers, .editLast, .laterDraft, .save, .quit, .choose, .outcome,
        .repeatLink, .nextField, .chooseSector, .back, .callNext, .queueList, .operatorStatus, .tagIncident, .noShow, .transferTicket, .scrollText,
        .knowledge,
    ]

    /// The keys of the hand-over list.
    public static let handoverActions: [DeskAction] = [
        .help, .handovers, .choose, .callback, .filterSector, .filterStatus, .filterOverdue, .mineOrAll, .back, .quit,
    ]
}
