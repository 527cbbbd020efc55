/// Text that cannot drive a terminal: the one rule for what the command line prints.
///
/// A note, a name or an id typed by someone else can hold an escape sequence that retitles,
/// clears or rewrites the terminal of whoever reads it (`ESC ] 0 ; … BEL`, `ESC [ 2 J`), a
/// carriage return that overprints a line, or a bidirectional override that makes text read
/// differently from what is stored. The screens (TerminalUI's `Buffer`) show such characters
/// as Unicode control pictures; the command line uses the same pictures through this type, so
/// a supervisor sees `␛]0;PWNED␇` instead of having it run. Data formats keep the data and
/// escape it instead (`escaped`, used by CSV and JSON).
public enum InertText {
    /// Whether `scalar` must not reach a terminal as it is: C0 controls, DEL, C1 controls and
    /// the bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    /// The visible stand-in for an unsafe scalar, as the screens draw it: the control picture
    /// (ESC → ␛, LF → ␊), ␡ for DEL, and � for C1 controls and bidirectional overrides.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x20 { return Unicode.Scalar(0x2400 + value)! }
        if value == 0x7F { return "␡" }
        return "�"
    }

    /// Whether `text` holds an unsafe scalar; `allowingLineBreaks` lets line feeds and tabs
    /// through (the only controls a multi-line note may hold).
    public static func containsUnsafe(_ text: String, allowingLineBreaks: Bool = false) -> Bool {
        guard mayHoldUnsafe(text) else { return false }
        return text.unicodeScalars.contains { isUnsafe($0) && !(allowingLineBreaks && ($0 == "\n" || $0 == "\t")) }
    }

    /// `text` with every unsafe scalar, line breaks included, shown as its placeholder: for
    /// one value in a table cell or a message, where a line break could forge a line.
    public static func shown(_ text: String) -> String {
        replacing(text, keepingLineBreaks: false)
    }

    /// `text` with unsafe scalars shown as placeholders but line feeds kept: for whole
    /// multi-line output (a table already made of shown cells), as the last guard before print.
    public static func shownKeepingLines(_ text: String) -> String {
        replacing(text, keepingLineBreaks: true)
    }

    /// `text` with each unsafe scalar except line feed, carriage return and tab written as
    /// `\uXXXX` (lower-case hex, as JSON writes it): for CSV, where a line break inside a
    /// quoted field is data, but an escape must not reach whoever `cat`s the file.
    public static func escaped(_ text: String) -> String {
        guard mayHoldUnsafe(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar), scalar != "\n", scalar != "\r", scalar != "\t" {
                for piece in jsonEscape(scalar).unicodeScalars { out.append(piece) }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `\u001b` for ESC: the JSON form of a scalar in the basic plane.
    public static func jsonEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A cheap first look at the bytes: every unsafe scalar's UTF-8 starts with a byte below
    /// 0x20, 0x7F, 0xC2 (C1) or 0xE2 (the bidirectional range), so most text is passed at once.
    static func mayHoldUnsafe(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    }

    static func replacing(_ text: String, keepingLineBreaks: Bool) -> String {
        guard mayHoldUnsafe(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar), !(keepingLineBreaks && scalar == "\n") {
                out.append(placeholder(for: scalar))
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
