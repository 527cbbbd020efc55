import Foundation

/// JSON Lines as the importers read them: one object per line, blank lines skipped, every line
/// numbered from 1 as editors count them, so a bad line can be named.
public enum JSONLines {
    /// Each non-blank line's result, in file order.
    public static func parse<T>(_ data: Data, line parseLine: (Data) -> Result<T, LineProblem>) -> [(line: Int, result: Result<T, LineProblem>)] {
        var results: [(Int, Result<T, LineProblem>)] = []
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
                if line.count > LineReader.limitBytes {
                    results.append((lineNumber, .failure(.lineTooLong(limitBytes: LineReader.limitBytes))))
                } else if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    results.append((lineNumber, parseLine(Data(line))))
                }
                start = end + 1
            }
        }
        return results
    }

    /// Each non-blank line's result as `reader` yields it, in file order: the same answers as
    /// `parse(_:line:)`, with only one line (at most `LineReader.limitBytes`) in memory at a time.
    public static func parse<T>(_ reader: LineReader, line parseLine: (Data) -> Result<T, LineProblem>) throws(LineReader.Failure) -> [(line: Int, result: Result<T, LineProblem>)] {
        var results: [(Int, Result<T, LineProblem>)] = []
        while let result = try next(reader, line: parseLine) { results.append(result) }
        return results
    }

    /// The next non-blank line's result as `reader` yields it, or nil after the last.
    public static func next<T>(_ reader: LineReader, line parseLine: (Data) -> Result<T, LineProblem>) throws(LineReader.Failure) -> (line: Int, result: Result<T, LineProblem>)? {
        while let (number, line) = try reader.next() {
            switch line {
            case .failure(let problem): return (number, .failure(problem))
            case .success(let bytes): if !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return (number, parseLine(bytes)) }
            }
        }
        return nil
    }

    /// One line as a JSON object, with a problem for every field not in `known`: a misspelt
    /// field would otherwise vanish without a word.
    static func object(_ bytes: Data, known: Set<String>) -> Result<(fields: [String: JSONValue], problems: [ContactProblem]), LineProblem> {
        object(bytes).map { fields in
            (fields, fields.keys.sorted().filter { !known.contains($0) }.map { ContactProblem.unknownField(field: $0) })
        }
    }

    /// One line as a JSON object with its values' types kept.
    static func object(_ bytes: Data) -> Result<[String: JSONValue], LineProblem> {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(.invalidUTF8)
        }
        if let fields = bytes.withUnsafeBytes({ FlatJSON.object($0.bindMemory(to: UInt8.self)) }) {
            return .success(fields)
        }
        return serializedObject(bytes)
    }

    /// The same through JSONSerialization: every line FlatJSON leaves, and the reference its
    /// answers are tested against.
    static func serializedObject(_ bytes: Data) -> Result<[String: JSONValue], LineProblem> {
        // JSONSerialization, not JSONDecoder: several times faster on Linux, which an import of a
        // million lines feels. JSONValue keeps the types apart afterwards.
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
        } catch {
            return .failure(.malformedJSON)
        }
        guard let raw = object as? [String: Any] else { return .failure(.notAnObject) }
        return .success(raw.mapValues(JSONValue.init(any:)))
    }
}

/// Why one import line was rejected.
public enum LineProblem: Error, Hashable, Sendable {
    case invalidUTF8
    case malformedJSON
    case notAnObject
    /// The line is longer than `limitBytes`; it was skipped unread, not held in memory.
    case lineTooLong(limitBytes: Int)
    /// The object was read, but its fields have these problems.
    case fields([ContactProblem])
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
