import Foundation

/// One hand-over as `handovers show` prints it: the reference and sector, what the citizen
/// asked (the matter), how the sector reaches them (återkontakt) for those who may see it,
/// who handed it over and when, the day it is due, where it stands, and its history with the
/// sector's notes. Everything typed by someone is shown inert (`InertText`), one value per line.
public struct HandoverSheet: Sendable {
    /// One history entry, as the store keeps it.
    public typealias Entry = (at: Date, by: String, event: HandoverEvent, note: String?)

    public var handover: Handover
    public var history: [Entry]
    public var configuration: Configuration
    public var today: LocalDay
    /// Whether the reader may see the call-back details (`Operator.maySeeCallback`).
    public var showsCallback: Bool

    public init(handover: Handover, history: [Entry], configuration: Configuration, today: LocalDay, showsCallback: Bool) {
        self.handover = handover
        self.history = history
        self.configuration = configuration
        self.today = today
        self.showsCallback = showsCallback
    }

    /// The guide who handed it over: the `created` entry's author.
    public var madeBy: String? { history.first { $0.event == .created }?.by }

    public func render(_ text: any StringTable, _ words: any HandoverCaseStrings) -> [String] {
        let zone = configuration.timeZone
        let sector = configuration.sector(handover.sector)?.name ?? handover.sector
        let category = configuration.category(handover.category)?.name ?? handover.category
        var due = words.due(handover.dueDate)
        let late = handover.workingDaysOverdue(on: today, calendar: configuration.workingDays)
        if late > 0 { due += " · " + text.overdue(byWorkingDays: late) }
        // The status line carries the note of the change that set it: the sector's closing
        // note or call-back note is what the guide looks for first.
        let statusNote = history.last { $0.event.resultingStatus == handover.status && $0.event != .created }?.note
        var status = words.status(
            text.handoverStatus(handover.status), at: Timestamp.localMinute(handover.statusAt, in: zone), by: InertText.shown(handover.statusBy))
        if let statusNote { status += " – " + InertText.shown(statusNote) }
        let rows: [(String, String)] = [
            (words.categoryLabel, "\(category) · \(text.channel(handover.channel))"),
            (words.forwardedLabel, words.forwarded(
                at: Timestamp.localMinute(handover.createdAt, in: zone), by: InertText.shown(madeBy ?? "?"),
                reason: text.forwardReason(handover.reason))),
            (words.dueLabel, due),
            (words.statusLabel, status),
            (words.matterLabel, handover.matter.map(InertText.shown) ?? words.noMatter),
            (words.callbackLabel, callbackText(words)),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        var lines = [words.title(id: handover.id, sector: sector)]
        lines += rows.map { label, value in
            label + ":" + String(repeating: " ", count: width - label.count + 2) + value
        }
        lines += ["", words.historyTitle]
        // One line per entry: a line break typed into a note or a name must not forge another.
        lines += history.map { entry in
            "\(Timestamp.localMinute(entry.at, in: zone))  \(InertText.shown(entry.by))  \(text.handoverEvent(entry.event))"
                + (entry.note.map { " – " + InertText.shown($0) } ?? "")
        }
        return lines
    }

    func callbackText(_ words: any HandoverCaseStrings) -> String {
        guard let callback = handover.callback, !callback.isEmpty else { return words.noCallback }
        guard showsCallback else { return words.callbackWithheld }
        return words.callback(
            phone: callback.phone.map(InertText.shown), email: callback.email.map(InertText.shown),
            preferredTime: callback.preferredTime.map(InertText.shown))
    }
}
