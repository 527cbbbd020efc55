/// An article's Markdown body as blocks of styled runs: the subset the format allows (headings,
/// paragraphs, bullet and numbered lists, emphasis, strong, code, links) and nothing else, so
/// anything more is shown as the text it is. Pure data: the desk wraps and draws it; the
/// search reads its blocks as the lines that matched.
public struct MarkdownDocument: Hashable, Sendable {
    /// One piece of inline text and how it is marked.
    public struct Run: Hashable, Sendable {
        public enum Kind: Hashable, Sendable { case plain, emphasis, strong, code, address }
        public var text: String
        public var kind: Kind

        public init(_ text: String, _ kind: Kind = .plain) {
            self.text = text
            self.kind = kind
        }
    }

    /// A heading, paragraph or list item, with its inline runs.
    public enum Block: Hashable, Sendable {
        case heading(level: Int, [Run])
        case paragraph([Run])
        case bullet([Run])
        /// A numbered item with its number as written ("1.").
        case numbered(String, [Run])

        public var runs: [Run] {
            switch self {
            case .heading(_, let runs), .paragraph(let runs), .bullet(let runs), .numbered(_, let runs): runs
            }
        }

        /// The block as plain text, marks removed: what a search result shows.
        public var plainText: String { runs.map(\.text).joined() }
    }

    public var blocks: [Block]

    public init(_ markdown: String) {
        var blocks: [Block] = []
        // The open block's kind and its lines, joined with spaces when it ends.
        var pending: (make: ([Run]) -> Block, lines: [Substring])?
        func flush() {
            if let open = pending { blocks.append(open.make(Self.inline(open.lines.joined(separator: " ")))) }
            pending = nil
        }
        for rawLine in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            if line.isEmpty {
                flush()
                continue
            }
            if let (level, rest) = Self.heading(line) {
                flush()
                blocks.append(.heading(level: level, Self.inline(String(rest))))
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                flush()
                pending = ({ .bullet($0) }, [line.dropFirst(2)])
            } else if let (number, rest) = Self.numbered(line) {
                flush()
                pending = ({ .numbered(number, $0) }, [rest])
            } else if pending != nil {
                // A line that starts no block continues the open one (a list item's text may wrap in the file).
                pending?.lines.append(line)
            } else {
                pending = ({ .paragraph($0) }, [line])
            }
        }
        flush()
        self.blocks = blocks
    }

    /// `# `, `## ` or `### ` and the heading's text.
    static func heading(_ line: Substring) -> (Int, Substring)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...3).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (hashes, line.dropFirst(hashes + 1))
    }

    /// `12. ` and the item's text.
    static func numbered(_ line: Substring) -> (String, Substring)? {
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 3, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return (digits + ".", line.dropFirst(digits.count + 2))
    }

    /// Inline marks: `**strong**`, `*emphasis*`, `` `code` ``, `[text](address)`. A mark with no
    /// closing partner is text, so a stray `*` never styles the rest of the paragraph.
    static func inline(_ text: String) -> [Run] {
        let characters = Array(text)
        var runs: [Run] = []
        var current = ""
        var kind = Run.Kind.plain
        func emit() {
            if !current.isEmpty { runs.append(Run(current, kind)) }
            current = ""
        }
        func closes(_ mark: [Character], after start: Int) -> Bool {
            guard start < characters.count, characters[start] != " " else { return false }
            var index = start
            while index + mark.count <= characters.count {
                if Array(characters[index..<index + mark.count]) == mark { return index > start || mark == ["`"] }
                index += 1
            }
            return false
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "`", kind == .plain || kind == .code {
                if kind == .code || closes(["`"], after: index + 1) {
                    emit()
                    kind = kind == .code ? .plain : .code
                    index += 1
                    continue
                }
            } else if character == "*", next == "*", kind == .plain || kind == .strong {
                if kind == .strong || closes(["*", "*"], after: index + 2) {
                    emit()
                    kind = kind == .strong ? .plain : .strong
                    index += 2
                    continue
                }
            } else if character == "*", kind == .plain || kind == .emphasis {
                if kind == .emphasis || closes(["*"], after: index + 1) {
                    emit()
                    kind = kind == .emphasis ? .plain : .emphasis
                    index += 1
                    continue
                }
            } else if character == "[", kind == .plain, let (label, address, end) = link(characters, at: index) {
                emit()
                runs.append(Run(label))
                runs.append(Run(" (" + address + ")", .address))
                index = end
                continue
            }
            current.append(character)
            index += 1
        }
        emit()
        return runs
    }

    /// `[label](address)` starting at `start`: its label, address and the index after it.
    static func link(_ characters: [Character], at start: Int) -> (String, String, Int)? {
        guard let close = characters[(start + 1)...].firstIndex(of: "]"), close > start + 1,
              close + 1 < characters.count, characters[close + 1] == "(",
              let end = characters[(close + 2)...].firstIndex(of: ")"), end > close + 2
        else { return nil }
        let address = String(characters[(close + 2)..<end])
        guard !address.contains(" ") else { return nil }
        return (String(characters[(start + 1)..<close]), address, end + 1)
    }
}
