import Foundation

/// Driftstörning: something outside (a leaking water tower, a failed e-service) that makes many
/// citizens ask the same thing. Desks show its message; contacts about it carry its tag.
public struct Incident: Hashable, Sendable {
    public var id: Int64
    /// The short name contacts are tagged with, e.g. "vattenlacka-adolfsberg".
    public var tag: String
    public var title: String
    /// What to tell citizens.
    public var message: String
    public var startedAt: Date
    public var startedBy: String
    public var endedAt: Date?
    public var endedBy: String?

    public init(
        id: Int64, tag: String, title: String, message: String, startedAt: Date, startedBy: String,
        endedAt: Date? = nil, endedBy: String? = nil
    ) {
        self.id = id
        self.tag = tag
        self.title = title
        self.message = message
        self.startedAt = startedAt
        self.startedBy = startedBy
        self.endedAt = endedAt
        self.endedBy = endedBy
    }

    public var isActive: Bool { endedAt == nil }

    /// The tag for a new incident: its title folded to lower-case ASCII words joined by
    /// hyphens (at most 40 characters), with -2, -3 … when that tag was used before.
    public static func tag(for title: String, taken: Set<String>) -> String {
        var base = TextFolding.words(title).joined(separator: "-")
        if base.count > 40 { base = String(base.prefix(40)).trimmingCharacters(in: CharacterSet(charactersIn: "-")) }
        if base.isEmpty { base = "storning" }
        var tag = base
        var suffix = 2
        while taken.contains(tag) {
            tag = "\(base)-\(suffix)"
            suffix += 1
        }
        return tag
    }

    /// The longest title and message a desk banner can carry.
    public static let titleLimit = 60
    public static let messageLimit = 300
}
