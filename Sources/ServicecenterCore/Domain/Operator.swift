/// Kommunvägledare or supervisor: a person who logs contacts, known by login name.
public struct Operator: Hashable, Sendable, Identifiable {
    public var id: String { user }
    /// The login name, as `USER` gives it.
    public var user: String
    public var name: String
    public var role: Role
    public var skills: [String]
    public var location: SourceLocation?

    public init(user: String, name: String, role: Role, skills: [String] = [], location: SourceLocation? = nil) {
        self.user = user
        self.name = name
        self.role = role
        self.skills = skills
        self.location = location
    }

    /// What an operator may do: guides log, supervisors also see everyone's figures.
    public enum Role: String, CaseIterable, Sendable {
        case guide
        case supervisor
        case admin
    }
}
