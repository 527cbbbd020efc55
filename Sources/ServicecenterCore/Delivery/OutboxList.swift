import Foundation

/// `handovers outbox`: the deliveries not yet sent, with why the last try failed, as a table
/// for people, CSV for a spreadsheet and JSON for a script.
public struct OutboxList: Sendable {
    public var entries: [OutboxEntry]
    public var zone: TimeZone
    /// When the list is shown: whether another process's hold on a row is still on.
    public var now: Date

    public init(entries: [OutboxEntry], zone: TimeZone, now: Date = Date()) {
        self.entries = entries
        self.zone = zone
        self.now = now
    }

    static let fields = [
        "event_id", "handover_id", "event", "sector", "mailbox", "state", "attempts", "next_attempt_at", "last_error", "message_id",
        "created_at", "claimed_until",
    ]

    public func render(_ format: HandoverList.Format, _ strings: any DeliveryStrings) -> String {
        switch format {
        case .table:
            guard !entries.isEmpty else { return strings.outboxEmpty }
            var table = TextTable(header: strings.outboxColumns, alignments: [.right, .right, .left, .left, .left, .left, .right, .left, .left])
            for entry in entries {
                let held = entry.isHeld(at: now)
                // A claimed row is not tried again before its hold ends, whatever its backoff says.
                let next = max(entry.nextAttemptAt, entry.claimedUntil ?? .distantPast)
                table.rows.append([
                    String(entry.eventID), String(entry.handoverID), entry.event.rawValue, entry.sector, entry.mailbox,
                    held ? strings.beingSent : strings.state(entry.state), String(entry.attempts), Timestamp.localMinute(next, in: zone),
                    // Whole: it is what the supervisor must act on (the last column, so its
                    // length pushes no other column aside).
                    reason(entry, strings),
                ])
            }
            return table.render().joined(separator: "\n")
        case .csv:
            return CSV.line(Self.fields) + entries.map { entry in CSV.line(values(entry).map { $0 is NSNull ? "" : "\($0)" }) }.joined()
        case .json:
            let objects = entries.map { entry in
                JSONText.object(zip(Self.fields, values(entry)).map { field, value in
                    // Whole numbers as numbers, the missing error as null, the rest as text.
                    let json: JSONText = if let number = value as? Int64 { .number(String(number)) }
                        else if let number = value as? Int { .number(String(number)) }
                        else if let text = value as? String { .string(text) }
                        else { .null }
                    return (field, json)
                })
            }
            return String(JSONText.array(objects).pretty.dropLast())
        }
    }

    /// Why the row is still here: another process's hold (on now, or ended without an outcome,
    /// which a row keeps until it is next tried), then the last failure's own reason.
    func reason(_ entry: OutboxEntry, _ strings: any DeliveryStrings) -> String {
        var parts: [String] = []
        if let until = entry.claimedUntil {
            let time = Timestamp.localMinute(until, in: zone)
            parts.append(entry.isHeld(at: now) ? strings.heldElsewhere(until: time) : strings.holdLapsed(until: time))
        }
        if let error = entry.lastError, !error.isEmpty { parts.append(error) }
        return parts.joined(separator: " · ")
    }

    func values(_ entry: OutboxEntry) -> [Any] {
        [
            entry.eventID, entry.handoverID, entry.event.rawValue, entry.sector, entry.mailbox, entry.state.rawValue, entry.attempts,
            Timestamp.utcText(entry.nextAttemptAt), entry.lastError.map { $0 as Any } ?? NSNull(), entry.messageID, Timestamp.utcText(entry.createdAt),
            entry.claimedUntil.map { Timestamp.utcText($0) as Any } ?? NSNull(),
        ]
    }
}
