import Foundation

extension PersonalDataMasking {
    /// Masks every string in a JSON text (a desk draft holds the note, the search, the call id
    /// …), leaving everything else byte for byte. A string is decoded before masking, so a
    /// number split by an escaped line break (`\n`) is found as it would be in the form, and
    /// encoded again only when something in it was masked. A text that is not a JSON object
    /// or array is masked as plain text.
    public func maskStrings(inJSON json: String, today: LocalDay) -> Result {
        guard Self.mayHoldPersonalData(json) else { return Result(text: json, masked: [:]) }
        let bytes = Array(json.utf8)
        guard let opening = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
              opening == UInt8(ascii: "{") || opening == UInt8(ascii: "[")
        else { return mask(json, today: today) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var masked: [Kind: Int] = [:]
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
            out += maskedLiteral(literal, today: today, counts: &masked)
            i = end
        }
        guard !masked.isEmpty else { return Result(text: json, masked: [:]) }
        return Result(text: String(decoding: out, as: UTF8.self), masked: masked)
    }

    /// One JSON string literal, quotes included, masked; the literal itself when nothing was.
    private func maskedLiteral(_ literal: [UInt8], today: LocalDay, counts: inout [Kind: Int]) -> [UInt8] {
        // A draft is saved on every keystroke: a literal without escapes is its own text, and
        // most (keys, "phone", a category id) fail the cheap pass without being decoded.
        if !literal.contains(UInt8(ascii: "\\")), !Self.mayHoldPersonalData(String(decoding: literal, as: UTF8.self)) {
            return literal
        }
        let decoded = (try? JSONDecoder().decode(String.self, from: Data(literal))) ?? String(decoding: literal, as: UTF8.self)
        let result = mask(decoded, today: today)
        guard result.changed else { return literal }
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
