import Foundation

/// How a character outside ASCII is shown on a terminal that cannot show it (a non-UTF-8
/// locale): as the ASCII a reader would write instead, never as "?" when there is a better
/// answer. å, ä, ö → a, a, o; ß → ss; – → -; · → |; → → ->; … → ...; box drawing → + - |.
///
/// The screens' own glyphs come first (one table, so every screen folds alike); letters of
/// any script then go through ICU's transliteration (Any-Latin; Latin-ASCII); only what has
/// no ASCII form at all (an emoji) becomes "?".
public enum ASCIIFolding {
    /// The punctuation and symbols the screens and the strings tables use, as ASCII.
    static let symbols: [Character: String] = [
        "–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-",
        "·": "|", "•": "*", "×": "x", "÷": "/", "±": "+/-",
        "→": "->", "←": "<-", "↑": "^", "↓": "v", "⇄": "<->", "↔": "<->", "⇒": "=>", "↕": "^v",
        "▶": ">", "◀": "<", "▲": "^", "▼": "v", "►": ">", "◄": "<",
        "…": "...", "✓": "+", "✔": "+", "✗": "x", "✘": "x",
        "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "‚": "'", "«": "<<", "»": ">>",
        "≥": ">=", "≤": "<=", "≠": "!=", "≈": "~", "°": " deg", "€": "EUR", "§": "S", "½": "1/2",
        "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+",
        "┬": "+", "┴": "+", "┼": "+", "═": "=", "║": "|",
        "▁": ".", "▂": ":", "▃": "-", "▄": "=", "▅": "+", "▆": "*", "▇": "#", "█": "@", "░": ".", "▒": ":", "▓": "#",
        "\u{00A0}": " ", "\u{202F}": " ", "\u{2009}": " ",
        "␛": "^[",
    ]

    /// The ASCII text `character` is shown as: one or more printable ASCII characters.
    public static func fold(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let symbol = symbols[character] { return symbol }
        let text = String(character)
        for transform in [StringTransform.stripDiacritics, StringTransform(rawValue: "Any-Latin; Latin-ASCII")] {
            if let folded = text.applyingTransform(transform, reverse: false), isPrintableASCII(folded) { return folded }
        }
        return "?"
    }

    /// Folds a whole text, character by character.
    public static func fold(_ text: String) -> String {
        text.map(fold).joined()
    }

    static func isPrintableASCII(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
    }
}
