import Foundation

/// One line of `handovers feed`: a hand-over event as a JSON object on one line (JSON Lines),
/// for a sector's own case system. The field names are a published schema
/// (docs/handover-feed.md): fields are only ever added, and `version` says which set a line has.
public enum HandoverFeedLine {
    /// The schema's version; raised only when a field's meaning changes.
    public static let version = 1

    public static func json(_ notice: HandoverNotice, configuration: Configuration) -> String {
        let handover = notice.handover
        func text(_ value: String?) -> JSONText { value.flatMap { $0.isEmpty ? nil : $0 }.map(JSONText.string) ?? .null }
        let callback: JSONText = handover.callback.map { callback in
            .object([
                ("phone", text(callback.phone)), ("email", text(callback.email)), ("preferred_time", text(callback.preferredTime)),
            ])
        } ?? .null
        let members: [(String, JSONText)] = [
            ("version", .number(String(version))),
            ("id", .number(String(notice.eventID))),
            ("at", .string(Timestamp.utcText(notice.at))),
            ("event", .string(notice.event.rawValue)),
            ("handover", .number(String(handover.id))),
            ("sector", .string(handover.sector)),
            ("sector_name", text(configuration.sector(handover.sector)?.name)),
            ("category", .string(handover.category)),
            ("category_name", text(configuration.category(handover.category)?.name)),
            ("channel", .string(handover.channel.rawValue)),
            ("reason", .string(handover.reason.rawValue)),
            ("created_at", .string(Timestamp.utcText(handover.createdAt))),
            ("due_date", .string(handover.dueDate.description)),
            ("matter", text(handover.matter)),
            ("callback", callback),
            ("forwarded_by", .string(notice.forwardedBy)),
            ("by", .string(notice.by)),
            ("note", text(notice.note)),
        ]
        return JSONText.object(members).compact
    }
}
