import Foundation

/// ISO 8601 timestamps as contacts carry them: with a UTC offset, so no time is ambiguous.
///
/// Parsed and written by hand: the grammar is small and fixed, and Foundation's format
/// styles cost tens of microseconds a call, which an import of a million lines would feel.
public enum Timestamp {
    /// Parses `2026-11-23T09:15:00+01:00`, `…Z`, `…+0100`, optionally with fractional
    /// seconds. No offset, no date: a time without one is ambiguous.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// The same, from UTF-8 bytes: what a store reading many rows hands over.
    public static func parse(bytes s: UnsafeBufferPointer<UInt8>) -> Date? {
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= s.count else { return nil }
            var value = 0
            for _ in 0..<count {
                let d = Int(s[i]) - 48
                guard d >= 0, d <= 9 else { return nil }
                value = value * 10 + d
                i += 1
            }
            return value
        }
        func expect(_ characters: UInt8...) -> Bool {
            guard i < s.count, characters.contains(s[i]) else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2),
              expect(0x54, 0x74), let hour = digits(2), expect(0x3A), let minute = digits(2), expect(0x3A),
              let second = digits(2),
              (1...12).contains(month), day >= 1, day <= LocalDay.daysIn(month: month, year: year),
              hour <= 23, minute <= 59, second <= 59
        else { return nil }
        var fraction = 0.0
        if i < s.count, s[i] == 0x2E {
            i += 1
            var scale = 0.1
            let start = i
            while i < s.count, s[i] >= 0x30, s[i] <= 0x39 {
                fraction += Double(s[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
        }
        var offset = 0
        guard i < s.count else { return nil }
        if s[i] == 0x5A || s[i] == 0x7A {
            i += 1
        } else if s[i] == 0x2B || s[i] == 0x2D {
            let sign = s[i] == 0x2D ? -1 : 1
            i += 1
            guard let hours = digits(2) else { return nil }
            _ = expect(0x3A)
            guard let minutes = digits(2), hours <= 23, minutes <= 59 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        guard i == s.count else { return nil }
        let days = CivilDate.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// UTC text with a `Z`, to the second, as the store keeps it: sorts as text, reads in `sqlite3`.
    public static func utcText(_ date: Date) -> String {
        text(seconds: Int(date.timeIntervalSince1970.rounded(.down)), offset: 0)
    }

    /// The time in `zone` with its offset, for people reading output.
    public static func localText(_ date: Date, in zone: TimeZone) -> String {
        text(seconds: Int(date.timeIntervalSince1970.rounded(.down)), offset: zone.secondsFromGMT(for: date))
    }

    /// Local date and time to the minute, for people: `2026-11-23 09:41`.
    public static func localMinute(_ date: Date, in zone: TimeZone) -> String {
        localText(date, in: zone).prefix(16).replacingOccurrences(of: "T", with: " ")
    }

    static func text(seconds: Int, offset: Int) -> String {
        let (days, secondOfDay) = CivilDate.floorDivide(seconds + offset, 86_400)
        let (year, month, day) = CivilDate.civil(days: days)
        let zone: String
        if offset == 0 {
            zone = "Z"
        } else {
            let magnitude = abs(offset)
            zone = (offset < 0 ? "-" : "+") + pad(magnitude / 3600) + ":" + pad(magnitude % 3600 / 60)
        }
        // Written byte by byte: an import writes two of these per contact.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        func append(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var value = value
            if value < 0 || value >= divisor * 10 { bytes.append(contentsOf: String(value).utf8); return }
            while divisor > 0 {
                bytes.append(UInt8(0x30 + value / divisor))
                value %= divisor
                divisor /= 10
            }
        }
        append(year, 4); bytes.append(0x2D); append(month, 2); bytes.append(0x2D); append(day, 2); bytes.append(0x54)
        append(secondOfDay / 3600, 2); bytes.append(0x3A); append(secondOfDay % 3600 / 60, 2); bytes.append(0x3A)
        append(secondOfDay % 60, 2)
        return String(decoding: bytes, as: UTF8.self) + zone
    }

    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
