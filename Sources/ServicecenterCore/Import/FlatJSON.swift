import Foundation

/// A reader for the lines importers nearly always get: one flat JSON object whose values are
/// strings, numbers, booleans or null. It builds the fields straight from the bytes, where
/// `JSONSerialization` builds a tree of `Any` and `NSNumber` first (a fifth of a million-line
/// import). Anything else — a nested value, a malformed line, a number out of range — gives
/// nil, and the caller asks `JSONSerialization`, so every line means exactly what it meant.
enum FlatJSON {
    static func object(_ s: UnsafeBufferPointer<UInt8>) -> [String: JSONValue]? {
        var i = 0
        func skipSpace() {
            while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A || s[i] == 0x0D { i += 1 }
        }
        skipSpace()
        guard i < s.count, s[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if i < s.count, s[i] == UInt8(ascii: "}") {
            i += 1
            skipSpace()
            return i == s.count ? fields : nil
        }
        while true {
            skipSpace()
            guard let key = string(s, &i) else { return nil }
            skipSpace()
            guard i < s.count, s[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipSpace()
            // A repeated key is left to JSONSerialization's own rule.
            guard i < s.count, let value = value(s, &i), fields[key] == nil else { return nil }
            fields[key] = value
            skipSpace()
            guard i < s.count else { return nil }
            if s[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard s[i] == UInt8(ascii: "}") else { return nil }
            i += 1
            skipSpace()
            return i == s.count ? fields : nil
        }
    }

    static func value(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> JSONValue? {
        switch s[i] {
        case UInt8(ascii: "\""): return string(s, &i).map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true", s, &i) ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false", s, &i) ? .bool(false) : nil
        case UInt8(ascii: "n"): return literal("null", s, &i) ? .null : nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number(s, &i).map(JSONValue.number)
        default: return nil
        }
    }

    static func literal(_ word: StaticString, _ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= s.count else { return false }
        for offset in 0..<count where s[i + offset] != word.utf8Start[offset] { return false }
        i += count
        return true
    }

    /// A JSON number, by its grammar; nil for anything else or a value a double cannot hold.
    static func number(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Double? {
        let start = i
        func digits() -> Int {
            let from = i
            while i < s.count, s[i] >= 0x30, s[i] <= 0x39 { i += 1 }
            return i - from
        }
        if s[i] == UInt8(ascii: "-") { i += 1 }
        guard i < s.count else { return nil }
        if s[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { return nil }
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return nil }
        }
        if i < s.count, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return nil }
        }
        // Long mantissas and large values are left to JSONSerialization, which may keep them
        // as integers or decimals where a double would round.
        guard i - start <= 15 else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: s[start..<i]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// A JSON string with its escapes; nil for a control character or a bad escape.
    static func string(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> String? {
        guard i < s.count, s[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        let start = i
        // The common case: no escapes, straight from the bytes.
        while i < s.count, s[i] != UInt8(ascii: "\""), s[i] != UInt8(ascii: "\\") {
            guard s[i] >= 0x20 else { return nil }
            i += 1
        }
        guard i < s.count else { return nil }
        if s[i] == UInt8(ascii: "\"") {
            defer { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: s[start..<i]), as: UTF8.self)
        }
        var bytes = Array(s[start..<i])
        while i < s.count {
            let byte = s[i]
            if byte == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: bytes, as: UTF8.self)
            }
            guard byte >= 0x20 else { return nil }
            guard byte == UInt8(ascii: "\\") else {
                bytes.append(byte)
                i += 1
                continue
            }
            i += 1
            guard i < s.count else { return nil }
            switch s[i] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(s[i])
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            // \u escapes (and surrogate pairs) are rare here: JSONSerialization reads those lines.
            default: return nil
            }
            i += 1
        }
        return nil
    }
}
