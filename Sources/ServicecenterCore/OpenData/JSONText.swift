/// JSON written by hand so that the same figures always give the same bytes: keys in the
/// order given, numbers exactly as the CSV writes them, no locale, no floating-point noise.
/// (JSONSerialization orders keys only by sorting and prints doubles as it likes.)
public indirect enum JSONText: Sendable {
    case object([(String, JSONText)])
    case array([JSONText])
    case string(String)
    /// A number already written out, e.g. "0.8125" or "42".
    case number(String)
    case bool(Bool)
    case null

    /// On one line, no spaces: one table row per line in the data files.
    public var compact: String {
        var out = ""
        write(into: &out, indent: nil, depth: 0)
        return out
    }

    /// Indented by two spaces, for the descriptor a person reads.
    public var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", depth: 0)
        return out + "\n"
    }

    func write(into out: inout String, indent: String?, depth: Int) {
        let newline = indent.map { "\n" + String(repeating: $0, count: depth + 1) } ?? ""
        let closing = indent.map { "\n" + String(repeating: $0, count: depth) } ?? ""
        switch self {
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                out += (index == 0 ? "" : ",") + newline
                Self.quote(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent, depth: depth + 1)
            }
            out += closing + "}"
        case .array(let elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "["
            for (index, element) in elements.enumerated() {
                out += (index == 0 ? "" : ",") + newline
                element.write(into: &out, indent: indent, depth: depth + 1)
            }
            out += closing + "]"
        case .string(let text): Self.quote(text, into: &out)
        case .number(let text): out += text
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// RFC 8259 string: quote, backslash and control characters escaped (also DEL, C1 and
    /// bidirectional overrides, by `InertText`'s rule, so no reader's terminal is driven by
    /// it); everything else, å, ä and ö included, as UTF-8.
    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where InertText.isUnsafe(scalar): out += InertText.jsonEscape(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
