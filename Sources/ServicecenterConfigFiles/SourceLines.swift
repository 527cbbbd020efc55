/// Finds the line of a table or key in TOML text, since the parser does not report node positions.
///
/// Good enough for the files we write and document: one `[table]` or `[[array]]` header per
/// line, one `key = value` per line. The text is indexed once, so looking up every key of a
/// large catalogue stays linear. Lines are 1-based, as editors count them.
struct SourceLines {
    /// For each header text (such as "[[category]]"), its lines in file order: the `index`th `[[category]]` is one
    /// lookup, not a walk over every header (which made a large catalogue load in quadratic time).
    private var headerLines: [String: [Int]] = [:]
    /// For each block (keyed by its header's line, 0 before the first header): key → line.
    private var keys: [Int: [String: Int]] = [:]

    init(_ text: String) {
        // Bytes, not Characters: every command reads the configuration at start, and walking
        // a 22 KB catalogue by grapheme cluster cost a few milliseconds of it. Every byte the
        // scan looks for is ASCII, which never occurs inside a multi-byte UTF-8 character.
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), quote = UInt8(ascii: "\"")
        func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }
        var block = 0
        for (offset, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let trimmed = line.drop(while: isBlank)
            guard let first = trimmed.first else { continue }
            if first == UInt8(ascii: "[") {
                if let end = trimmed.lastIndex(of: UInt8(ascii: "]")) {
                    let header = String(decoding: trimmed[...end].filter { !isBlank($0) }, as: UTF8.self)
                    headerLines[header, default: []].append(number)
                    block = number
                }
            } else if first != UInt8(ascii: "#"), let equals = trimmed.firstIndex(of: UInt8(ascii: "=")) {
                var key = trimmed[..<equals]
                while let last = key.last, isBlank(last) { key = key.dropLast() }
                if key.count >= 2, key.first == quote, key.last == quote { key = key.dropFirst().dropLast() }
                let name = String(decoding: key, as: UTF8.self)
                if !name.isEmpty, keys[block]?[name] == nil { keys[block, default: [:]][name] = number }
            }
        }
    }

    /// The line of the `index`th `[[name]]` header (0-based index).
    func arrayTableHeader(_ name: String, index: Int) -> Int? {
        guard let lines = headerLines["[[\(name)]]"], lines.indices.contains(index) else { return nil }
        return lines[index]
    }

    /// The line of the `[name]` header.
    func tableHeader(_ name: String) -> Int? {
        headerLines["[\(name)]"]?.first
    }

    /// The line of `key = …` in the block that starts at `headerLine` (or at the top when nil).
    func key(_ key: String, after headerLine: Int?) -> Int? {
        keys[headerLine ?? 0]?[key]
    }
}
