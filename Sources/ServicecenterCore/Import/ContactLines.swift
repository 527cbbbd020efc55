import Foundation

/// Reads contacts from JSON Lines: one object per line, every bad line reported with its number.
///
/// Parsing is separate from storing so an import can check every line before it writes any.
public enum ContactLines {
    /// The fields a line may carry; anything else is reported, since a misspelt field would otherwise vanish.
    public static let fields: Set<String> = [
        "id", "started_at", "ended_at", "channel", "medium", "category", "sector", "resolution", "forward_reason",
        "forward_to", "referred_to", "operator", "queue_wait_s", "digital_help", "incident", "note", "call_id",
        "subject", "matter", "callback_phone", "callback_email", "callback_time",
    ]

    /// One line's drafts or problems, numbered from 1 as editors count lines.
    public static func parse(_ data: Data) -> [(line: Int, result: Result<ContactDraft, LineProblem>)] {
        JSONLines.parse(data, line: parseLine)
    }

    /// The same, read line by line from `reader`, so an over-long line is never held whole.
    public static func parse(_ reader: LineReader) throws(LineReader.Failure) -> [(line: Int, result: Result<ContactDraft, LineProblem>)] {
        try JSONLines.parse(reader, line: parseLine)
    }

    static func parseLine(_ bytes: Data) -> Result<ContactDraft, LineProblem> {
        let fields: [String: JSONValue]
        var problems: [ContactProblem]
        switch JSONLines.object(bytes, known: Self.fields) {
        case .success(let object): (fields, problems) = object
        case .failure(let problem): return .failure(problem)
        }
        func text(_ key: String) -> String? {
            switch fields[key] {
            case nil, .null: return nil
            case .string(let string): return string
            default:
                problems.append(.wrongType(field: key, expected: .text))
                return nil
            }
        }
        var draft = ContactDraft(
            externalID: text("id"), startedAt: text("started_at"), endedAt: text("ended_at"), channel: text("channel"),
            medium: text("medium"), category: text("category"), sector: text("sector"), resolution: text("resolution"),
            forwardReason: text("forward_reason"), forwardTo: text("forward_to"), referredTo: text("referred_to"),
            operatorUser: text("operator"), incident: text("incident"), note: text("note"), callID: text("call_id"),
            subject: text("subject"), matter: text("matter"), callbackPhone: text("callback_phone"),
            callbackEmail: text("callback_email"), callbackTime: text("callback_time"))
        switch fields["queue_wait_s"] {
        case nil, .null: break
        case .number(let number) where number == number.rounded() && abs(number) < 1e9:
            draft.queueWaitSeconds = Int(number)
        case .number(let number) where number == number.rounded():
            // A whole number, only too large for a wait: say so, not "wrong type".
            problems.append(.waitOutOfRange(field: "queue_wait_s", value: String(format: "%.0f", number), limit: ContactValidator.queueWaitLimit))
        default: problems.append(.wrongType(field: "queue_wait_s", expected: .wholeNumber))
        }
        switch fields["digital_help"] {
        case nil, .null: break
        case .bool(let flag): draft.digitalHelp = flag
        default: problems.append(.wrongType(field: "digital_help", expected: .boolean))
        }
        // Times are required in an import: a file of past contacts has no "now".
        if fields["started_at"] == nil { problems.append(.missing(field: "started_at")) }
        if fields["ended_at"] == nil { problems.append(.missing(field: "ended_at")) }
        return problems.isEmpty ? .success(draft) : .failure(.fields(problems))
    }
}

