/// An e-mail address as a mailbox or a sender is configured: `local@domain.tld`, without
/// spaces, angle brackets, commas, quotes or control characters, so that it can stand in a
/// `To:` or `From:` header without quoting and can never forge another header or recipient.
public enum MailAddress {
    /// Characters that would need quoting in a header, or would make it name several addresses.
    static let forbidden: Set<Character> = ["<", ">", ",", ";", ":", "\"", "(", ")", "[", "]", "\\"]

    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard text.utf8.count <= 254, parts.count == 2 else { return false }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty, local.utf8.count <= 64 else { return false }
        for character in text {
            if forbidden.contains(character) { return false }
            if character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0.properties.isWhitespace }) {
                return false
            }
        }
        // A domain with at least one dot between labels that are not empty: "orebro.se", not "orebro" or "a..se".
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }) else { return false }
        return !local.hasPrefix(".") && !local.hasSuffix(".") && !local.contains("..")
    }
}
