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
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var lineNumber = 0
            var start = 0
            // A plain scan for newlines: Collection.split on Data costs a tenth of an import.
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var last = end
                if last > start, bytes[last - 1] == 0x0D { last -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<last])
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    results.append((lineNumber, parseLine(Data(line))))
                }
                start = end + 1
            }
        }
        return results
    }

    static func parseLine(_ bytes: Data) -> Result<ContactDraft, LineProblem> {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(.invalidUTF8)
        }
        // JSONSerialization, not JSONDecoder: several times faster on Linux, which an import of a
        // million lines feels. JSONValue keeps the types apart afterwards.
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
        } catch {
            return .failure(.malformedJSON)
        }
        guard let raw = object as? [String: Any] else { return .failure(.notAnObject) }
        let fields = raw.mapValues(JSONValue.init(any:))
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
enum JSONValue: Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array
    case object

    init(any value: Any) {
        switch value {
        case let string as String: self = .string(string)
        case let number as NSNumber:
            // Booleans arrive as NSNumber too; their Objective-C type is "c" (char) on every platform.
            self = String(cString: number.objCType) == "c" ? .bool(number.boolValue) : .number(number.doubleValue)
        case is [Any]: self = .array
        case is [String: Any]: self = .object
        default: self = .null
        }
    }
}
