import Foundation
import ServicecenterCore

/// One step in a hand-over's history as the hand-over list shows it: the sector's closing note
/// and call-back are what the guide who made it wants to read.
public struct HandoverHistoryEntry: Hashable, Sendable {
    public var at: Date
    public var by: String
    public var event: HandoverEvent
    public var note: String?

    public init(at: Date, by: String, event: HandoverEvent, note: String?) {
        self.at = at
        self.by = by
        self.event = event
        self.note = note
    }
}

extension HandoverBoard {
    /// Whether the selected hand-over's history is still to be read.
    var historyWanted: Int64? {
        guard let id = selectedHandover?.id, history?.id != id else { return nil }
        return id
    }

    /// The selected hand-over's steps after its creation, oldest first; empty until read.
    var selectedSteps: [HandoverHistoryEntry] {
        guard let history, history.id == selectedHandover?.id else { return [] }
        return history.entries.filter { $0.event != .created }
    }
}

extension DeskModel {
    /// The read the hand-over list needs for its selected row's history, if any.
    var historyEffects: [DeskEffect] {
        board.historyWanted.map { [.loadHandoverHistory($0)] } ?? []
    }
}
