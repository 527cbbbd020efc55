import Foundation

/// `[delivery]`: how a hand-over reaches a sector's mailbox (funktionsbrevlåda): through the
/// host's mail transfer agent, by the standard `sendmail -t` interface.
public struct DeliverySettings: Sendable {
    /// The command a message is piped to, as words separated by spaces (no shell, no quoting):
    /// the first is the program, the rest its arguments. It reads the headers for the recipient.
    public var mailCommand: String
    /// Seconds the command may take before it is killed and the delivery counted as failed.
    public var timeoutSeconds: Int
    /// The sender's address; nil: `servicecenter@` and this host's name.
    public var from: String?
    /// Tries after which a delivery is shown as failed (it is still retried by `handovers deliver`).
    public var maxAttempts: Int
    public var location: SourceLocation?

    public init(
        mailCommand: String = DeliverySettings.defaultMailCommand, timeoutSeconds: Int = 30, from: String? = nil,
        maxAttempts: Int = 5, location: SourceLocation? = nil
    ) {
        self.mailCommand = mailCommand
        self.timeoutSeconds = timeoutSeconds
        self.from = from
        self.maxAttempts = maxAttempts
        self.location = location
    }

    /// What Debian's and every other MTA's sendmail wrapper takes: recipients from the headers.
    public static let defaultMailCommand = "/usr/sbin/sendmail -t"
    public static let timeoutRange = 1...600
    public static let maxAttemptsRange = 1...100

    /// The command split into the program and its arguments.
    public var commandWords: [String] { mailCommand.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }

    /// The sender: `from`, or `servicecenter@<host>`.
    public var sender: String { from ?? "servicecenter@" + Self.hostName }

    /// The domain of Message-IDs: the sender's domain, so every id this site makes is its own.
    public var messageIDDomain: String {
        let address = sender
        guard let at = address.lastIndex(of: "@") else { return Self.hostName }
        let domain = address[address.index(after: at)...]
        return domain.isEmpty ? Self.hostName : String(domain)
    }

    /// This host's name, or "localhost" when it has none.
    public static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        // Up to the terminating NUL, as UTF-8 (String(cString:) on an array is deprecated).
        let name = String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }
}
