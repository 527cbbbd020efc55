import Foundation

/// Reads contacts from JSON Lines: one object per line, every bad line reported with its number.
///
/// Parsing is separate from storing so an import can check every line before it writes any.
public enum ContactLines {
    /// The fields a line may carry; anything else is reported, since a misspelt field would otherwise vanish.
    public static let fields: Set<String> = [
        "id", "started_at", "ended_at", "channel", "medium", "category", "sector", "resolution", "forward_reason",
        "forward_to", "referred_to", "operator", "queue_wait_s", "digital_help", "incident", "note",
    ]

    /// One line's drafts or problems, numbered from 1 as editors count lines.
    public static func parse(_ data: Data) -> [(line: Int, result: Result<ContactDraft, LineProblem>)] {
        var results: [(Int, Result<ContactDraft, LineProblem>)] = []
        var lineNumber = 0
        for var bytes in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            results.append((lineNumber, parseLine(Data(bytes))))
        }
        return results
    }

    static func parseLine(_ bytes: Data) -> Result<ContactDraft, LineProblem> {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(.invalidUTF8)
        }
        let fields: [String: JSONValue]
        do {
            fields = try JSONDecoder().decode([String: JSONValue].self, from: bytes)
        } catch DecodingError.typeMismatch {
            return .failure(.notAnObject)
        } catch {
            return .failure(.malformedJSON)
        }
        var problems: [ContactProblem] = []
        for key in fields.keys.sorted() where !Self.fields.contains(key) {
            problems.append(.unknownField(field: key))
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
            operatorUser: text("operator"), incident: text("incident"), note: text("note"))
        switch fields["queue_wait_s"] {
        case nil, .null: break
        case .number(let number) where number == number.rounded() && abs(number) < 1e9:
            draft.queueWaitSeconds = Int(number)
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
        return problems.isEmpty ? .success(draft) : .failure(.contact(problems))
    }
}

/// Why one import line was rejected.
public enum LineProblem: Error, Hashable, Sendable {
    case invalidUTF8
    case malformedJSON
    case notAnObject
    case contact([ContactProblem])
}

/// A JSON value with its type kept, so `1` and `true` are told apart on every platform.
enum JSONValue: Decodable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array
    case object

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if (try? container.decode([JSONValue].self)) != nil {
            self = .array
        } else {
            _ = try container.decode([String: JSONValue].self)
            self = .object
        }
    }
}
