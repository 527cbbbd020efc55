/// Finds the line of a table or key in TOML text, since the parser does not report node positions.
///
/// Good enough for the files we write and document: one `[table]` or `[[array]]` header per
/// line, one `key = value` per line. The text is indexed once, so looking up every key of a
/// large catalogue stays linear. Lines are 1-based, as editors count them.
struct SourceLines {
    /// Header lines in order: (text such as "[[category]]", line).
    private var headers: [(header: String, line: Int)] = []
    /// For each block (keyed by its header's line, 0 before the first header): key → line.
    private var keys: [Int: [String: Int]] = [:]

    init(_ text: String) {
        var block = 0
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.first == "[" {
                if let end = trimmed.lastIndex(of: "]") {
                    headers.append((trimmed[...end].filter { $0 != " " && $0 != "\t" }, number))
                    block = number
                }
            } else if let equals = trimmed.firstIndex(of: "="), trimmed.first != "#" {
                let key = trimmed[..<equals].trimmingSpaces().trimmingQuotes()
                if !key.isEmpty, keys[block]?[key] == nil { keys[block, default: [:]][key] = number }
            }
        }
    }

    /// The line of the `index`th `[[name]]` header (0-based index).
    func arrayTableHeader(_ name: String, index: Int) -> Int? {
        let matching = headers.filter { $0.header == "[[\(name)]]" }
        return index < matching.count ? matching[index].line : nil
    }

    /// The line of the `[name]` header.
    func tableHeader(_ name: String) -> Int? {
        headers.first { $0.header == "[\(name)]" }?.line
    }

    /// The line of `key = …` in the block that starts at `headerLine` (or at the top when nil).
    func key(_ key: String, after headerLine: Int?) -> Int? {
        keys[headerLine ?? 0]?[key]
    }
}

private extension Substring {
    func trimmingSpaces() -> Substring {
        var result = self
        while result.first == " " || result.first == "\t" { result.removeFirst() }
        while result.last == " " || result.last == "\t" { result.removeLast() }
        return result
    }

    func trimmingQuotes() -> String {
        count >= 2 && first == "\"" && last == "\"" ? String(dropFirst().dropLast()) : String(self)
    }
}
