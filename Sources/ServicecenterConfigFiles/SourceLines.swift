/// Finds the line of a table or key in TOML text, since the parser does not report node positions.
///
/// Good enough for the files we write and document: one `[table]` or `[[array]]` header per
/// line, one `key = value` per line. Lines are 1-based, as editors count them.
struct SourceLines {
    let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The line of the `index`th `[[name]]` header (0-based index).
    func arrayTableHeader(_ name: String, index: Int) -> Int? {
        var seen = -1
        for (offset, line) in lines.enumerated() where header(of: line) == "[[\(name)]]" {
            seen += 1
            if seen == index { return offset + 1 }
        }
        return nil
    }

    /// The line of the `[name]` header.
    func tableHeader(_ name: String) -> Int? {
        lines.firstIndex { header(of: $0) == "[\(name)]" }.map { $0 + 1 }
    }

    /// The line of `key = …` in the block that starts after `headerLine` (or at the top when nil).
    func key(_ key: String, after headerLine: Int?) -> Int? {
        var offset = headerLine ?? 0
        while offset < lines.count {
            let line = lines[offset]
            if header(of: line) != nil, headerLine != nil || offset > 0 { return nil }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix(key) {
                let rest = trimmed.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix("=") { return offset + 1 }
            }
            offset += 1
        }
        return nil
    }

    private func header(of line: Substring) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("[") else { return nil }
        guard let end = trimmed.range(of: "]", options: .backwards) else { return nil }
        return String(trimmed[..<end.upperBound]).replacingOccurrences(of: " ", with: "")
    }
}

import Foundation
