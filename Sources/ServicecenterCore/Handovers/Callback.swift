import Foundation

/// Återkontakt: how the sector reaches the citizen about a hand-over. The only contact
/// details the system keeps, kept only on a hand-over and erased after its retention.
public struct Callback: Hashable, Sendable {
    /// A phone number as `CallbackValidation.phone` normalised it.
    public var phone: String?
    public var email: String?
    /// When the citizen prefers to be called, in the guide's words ("förmiddag").
    public var preferredTime: String?

    public init(phone: String? = nil, email: String? = nil, preferredTime: String? = nil) {
        self.phone = phone
        self.email = email
        self.preferredTime = preferredTime
    }

    /// Nothing to call back on.
    public var isEmpty: Bool { phone == nil && email == nil && preferredTime == nil }
}

/// The shape rules for call-back details: strict enough to catch a slip of the keyboard, loose
/// enough for every number and address a citizen gives.
public enum CallbackValidation {
    /// The longest preferred time ("vardagar efter 15, inte fredag").
    public static let preferredTimeLimit = 80
    /// An address longer than this is not one (RFC 5321's limit is 254).
    public static let emailLimit = 254

    /// The number with its separators tidied, or nil when it is not a phone number: 7–15
    /// digits (E.164's longest), an optional leading +, and between the digits only spaces,
    /// hyphens and brackets, which are dropped (with the trunk 0 of "+46 (0)70…"). Letters are refused: a
    /// number typed as "070-ABC" is a slip, not a number.
    public static func phone(_ text: String) -> String? {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        // "+46 (0)19 …": the bracketed 0 is the trunk prefix, dialled only from inside the
        // country; kept after a country code it makes a number that cannot be dialled.
        if trimmed.hasPrefix("+") { trimmed = trimmed.replacingOccurrences(of: "(0)", with: " ") }
        var digits = 0
        var result = ""
        var pendingSeparator: Character?
        for (index, character) in trimmed.enumerated() {
            switch character {
            case "0"..."9":
                if let separator = pendingSeparator, !result.isEmpty, result != "+" { result.append(separator) }
                pendingSeparator = nil
                result.append(character)
                digits += 1
            case "+" where index == 0:
                result.append(character)
            case " ", "-":
                pendingSeparator = pendingSeparator == "-" ? "-" : character
            case "(", ")":
                continue
            default:
                return nil
            }
        }
        return (7...15).contains(digits) ? result : nil
    }

    /// The address trimmed, or nil when it is not one: one @, something before it, a domain
    /// with a dot and no empty label after it, no spaces or control characters.
    public static func email(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count <= emailLimit,
              !trimmed.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "<" || $0 == ">" || $0 == "," }) else {
            return nil
        }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
              let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else {
            return nil
        }
        return trimmed
    }
}
