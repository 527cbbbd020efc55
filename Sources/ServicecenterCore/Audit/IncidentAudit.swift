/// What the audit log keeps of an incident: its id and the lengths of its texts. The title
/// and message are free text a supervisor typed, and the log can never be purged, so they
/// stay in the incident table (masked, and cleared with it) and out of the log.
public enum IncidentAudit {
    public static func started(id: Int64, title: String, message: String) -> String {
        "incident \(id): title length \(title.count), message length \(message.count)"
    }

    public static func ended(id: Int64) -> String {
        "incident \(id)"
    }
}
