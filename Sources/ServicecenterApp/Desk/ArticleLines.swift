import ServicecenterCore
import TerminalUI

/// An article's Markdown laid out for the reader's width: each block wrapped at spaces, list
/// items with their mark and a hanging indent, a blank line between blocks, and every piece
/// keeping its mark (heading, strong, emphasis, code, a link's address) for the view to style.
/// Widths are measured as the buffer draws them, so a line always fits.
struct ArticleLines: Hashable, Sendable {
    /// A piece of a line and how it is marked; `heading` for a heading's text.
    struct Piece: Hashable, Sendable {
        var text: String
        var kind: MarkdownDocument.Run.Kind
        var heading: Bool
    }

    let lines: [[Piece]]

    init(_ document: MarkdownDocument, width: Int, ascii: Bool) {
        guard width > 0 else {
            lines = []
            return
        }
        var lines: [[Piece]] = []
        var previous: MarkdownDocument.Block?
        for block in document.blocks {
            let isItem: (MarkdownDocument.Block?) -> Bool = {
                switch $0 { case .bullet?, .numbered?: true; default: false }
            }
            // Items of one list stand together; everything else is set apart by a blank line.
            if previous != nil, !(isItem(block) && isItem(previous)) { lines.append([]) }
            previous = block
            let mark: String
            var heading = false
            switch block {
            case .heading: mark = ""; heading = true
            case .paragraph: mark = ""
            case .bullet: mark = "• "
            case .numbered(let number, _): mark = number + " "
            }
            let indent = Buffer.displayWidth(mark, ascii: ascii)
            let wrapped = Self.wrap(block.runs, heading: heading, width: max(1, width - indent), ascii: ascii)
            for (index, line) in wrapped.enumerated() {
                let lead = index == 0 ? mark : String(repeating: " ", count: indent)
                lines.append((lead.isEmpty ? [] : [Piece(text: lead, kind: .plain, heading: false)]) + line)
            }
        }
        self.lines = lines
    }

    /// Greedy wrapping at spaces; a word wider than the line is broken between characters.
    static func wrap(_ runs: [MarkdownDocument.Run], heading: Bool, width: Int, ascii: Bool) -> [[Piece]] {
        // Words as lists of pieces: "**Obs**," is one word of two pieces.
        var words: [[Piece]] = []
        var word: [Piece] = []
        for run in runs {
            var text = ""
            for character in run.text {
                if character == " " || character == "\t" {
                    if !text.isEmpty { word.append(Piece(text: text, kind: run.kind, heading: heading)) }
                    if !word.isEmpty { words.append(word) }
                    (text, word) = ("", [])
                } else {
                    text.append(character)
                }
            }
            if !text.isEmpty { word.append(Piece(text: text, kind: run.kind, heading: heading)) }
        }
        if !word.isEmpty { words.append(word) }

        var lines: [[Piece]] = []
        var line: [Piece] = []
        var used = 0
        for word in words {
            let wordWidth = word.reduce(0) { $0 + Buffer.displayWidth($1.text, ascii: ascii) }
            if used > 0, used + 1 + wordWidth <= width {
                line.append(Piece(text: " ", kind: .plain, heading: heading))
                line += word
                used += 1 + wordWidth
                continue
            }
            if used > 0 {
                lines.append(line)
                (line, used) = ([], 0)
            }
            if wordWidth <= width {
                (line, used) = (word, wordWidth)
                continue
            }
            for piece in word {
                for character in piece.text {
                    let characterWidth = Buffer.displayWidth(String(character), ascii: ascii)
                    if used > 0, used + characterWidth > width {
                        lines.append(line)
                        (line, used) = ([], 0)
                    }
                    line.append(Piece(text: String(character), kind: piece.kind, heading: heading))
                    used += characterWidth
                }
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
