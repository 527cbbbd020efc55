import Foundation

extension PersonalDataMasking {
    /// Masks every string in a JSON text (a desk draft holds the note, the search, the call id
    /// …), leaving everything else byte for byte. A string is decoded before masking, so a
    /// number split by an escaped line break (`\n`) is found as it would be in the form, and
    /// encoded again only when something in it was masked. A text that is not a JSON object
    /// or array is masked as plain text. The values of `unfinished` keys (a draft's free text)
    /// also lose what is not yet personal data but will be (`maskUnfinished`). The values of
    /// `verbatim` keys are kept as they are: a hand-over's call-back number and address are the
    /// data itself (`Callback`), and a draft that masked them would lose what the guide typed.
    public func maskStrings(inJSON json: String, today: LocalDay, unfinished: Set<String> = [], verbatim: Set<String> = []) -> Result {
        guard Self.mayHoldPersonalData(json) || (!unfinished.isEmpty && Self.mayHoldUnfinished(json)) else {
            return Result(text: json, masked: [:])
        }
        let bytes = Array(json.utf8)
        guard let opening = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
              opening == UInt8(ascii: "{") || opening == UInt8(ascii: "[")
        else { return mask(json, today: today) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var masked: [Kind: Int] = [:]
        var changed = false
        var key: String?
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\"") else {
                out.append(bytes[i])
                i += 1
                continue
            }
            var end = i + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            end = min(end + 1, bytes.count)
            let literal = Array(bytes[i..<end])
            // A string followed by a colon is a key; the next value is that key's.
            var next = end
            while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x0A || bytes[next] == 0x0D || bytes[next] == 0x09 { next += 1 }
            if next < bytes.count, bytes[next] == UInt8(ascii: ":") {
                key = String(decoding: literal.dropFirst().dropLast(), as: UTF8.self)
                out += literal
            } else if let verbatimKey = key, verbatim.contains(verbatimKey) {
                out += literal
                key = nil
            } else {
                let value = maskedLiteral(literal, today: today, counts: &masked, unfinished: key.map(unfinished.contains) ?? false)
                changed = changed || value != literal
                out += value
                key = nil
            }
            i = end
        }
        guard changed else { return Result(text: json, masked: [:]) }
        return Result(text: String(decoding: out, as: UTF8.self), masked: masked)
    }

    /// One JSON string literal, quotes included, masked; the literal itself when nothing was.
    private func maskedLiteral(_ literal: [UInt8], today: LocalDay, counts: inout [Kind: Int], unfinished: Bool) -> [UInt8] {
        // A draft is saved on every keystroke: a literal without escapes is its own text, and
        // most (keys, "phone", a category id) fail the cheap pass without being decoded.
        let plain = String(decoding: literal, as: UTF8.self)
        if !literal.contains(UInt8(ascii: "\\")), !Self.mayHoldPersonalData(plain), !(unfinished && Self.mayHoldUnfinished(plain)) {
            return literal
        }
        let decoded = (try? JSONDecoder().decode(String.self, from: Data(literal))) ?? plain
        var result = mask(decoded, today: today)
        if unfinished {
            let rest = Self.maskUnfinished(result.text)
            result.text = rest.text
            guard result.changed || rest.changed else { return literal }
        } else {
            guard result.changed else { return literal }
        }
        for (kind, count) in result.masked { counts[kind, default: 0] += count }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        guard let encoded = try? encoder.encode(result.text) else {
            // Cannot happen for a String; never keep the clear text if it did.
            return Array("\"\"".utf8)
        }
        return Array(encoded)
    }
}
