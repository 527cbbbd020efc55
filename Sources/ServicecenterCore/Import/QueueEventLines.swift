import Foundation

/// Reads queue events from JSON Lines, as telephony platforms, video relays and mailboxes send
/// them: `{"at": "…", "channel": "phone", "event": "offered", "call_id": "…", "operator": "…"}`.
public enum QueueEventLines {
    public static let fields: Set<String> = ["at", "channel", "event", "call_id", "operator"]
    public static let callIDLimit = 200

    public static func parse(_ data: Data) -> [(line: Int, result: Result<QueueEvent, LineProblem>)] {
        JSONLines.parse(data, line: parseLine)
    }

    /// The same, read line by line from `reader`, so an over-long line is never held whole.
    public static func parse(_ reader: LineReader) throws(LineReader.Failure) -> [(line: Int, result: Result<QueueEvent, LineProblem>)] {
        try JSONLines.parse(reader, line: parseLine)
    }

    /// One line's event, or what is wrong with it.
    public static func parseLine(_ bytes: Data) -> Result<QueueEvent, LineProblem> {
        let fields: [String: JSONValue]
        var problems: [ContactProblem]
        switch JSONLines.object(bytes, known: Self.fields) {
        case .success(let object): (fields, problems) = object
        case .failure(let problem): return .failure(problem)
        }
        func text(_ key: String, required: Bool) -> String? {
            switch fields[key] {
            case .string(let string) where !string.trimmingCharacters(in: .whitespaces).isEmpty:
                if string.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                    problems.append(.invalidText(field: key))
                    return nil
                }
                return string
            case nil, .null, .string:
                if required { problems.append(.missing(field: key)) }
                return nil
            default:
                problems.append(.wrongType(field: key, expected: .text))
                return nil
            }
        }
        let atText = text("at", required: true)
        let channelText = text("channel", required: true)
        let eventText = text("event", required: true)
        let callID = text("call_id", required: true)
        let operatorUser = text("operator", required: false)

        let at = atText.flatMap { AcceptedTimes.parse($0, field: "at", problems: &problems) }
        let channel = channelText.flatMap(Channel.init(rawValue:))
        if let channelText, channel == nil { problems.append(.unknownChannel(channelText)) }
        // Ticket events (no_show, transferred) are the store's own; a feed cannot send them.
        let kind = eventText.flatMap { QueueEvent.Kind.feedNames.contains($0) ? QueueEvent.Kind(feedName: $0) : nil }
        if let eventText, kind == nil { problems.append(.unknownEvent(eventText)) }
        if let callID, callID.count > callIDLimit {
            problems.append(.textTooLong(field: "call_id", characters: callID.count, limit: callIDLimit))
        }
        guard problems.isEmpty, let at, let channel, let kind, let callID else { return .failure(.fields(problems)) }
        return .success(QueueEvent(at: at, channel: channel, kind: kind, callID: callID, operatorUser: operatorUser))
    }
}
