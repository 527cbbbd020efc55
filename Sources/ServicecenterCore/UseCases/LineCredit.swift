/// Whom the lines of an import or a queue feed may credit: the login user may name only
/// themselves (or nobody); an admin may name anyone, which is audited once per run.
///
/// The same rule as `--operator` and `--by` (the command line's acting user): the lines of a
/// file are typed by whoever runs the command as surely as an option is, and a guide importing
/// a line that names a colleague writes that colleague's name into the figures per person.
public struct LineCredit: Sendable {
    public let login: String
    public let isAdmin: Bool
    /// How many lines each other person was credited with, for the audit row.
    public private(set) var credited: [String: Int] = [:]
    /// How many lines named someone the login user may not credit.
    public private(set) var refused = 0

    public init(login: String, isAdmin: Bool) {
        self.login = login
        self.isAdmin = isAdmin
    }

    /// Whether a line naming `user` may be stored; counts it either way.
    public mutating func allows(_ user: String?) -> Bool {
        guard let user, user != login else { return true }
        guard isAdmin else {
            refused += 1
            return false
        }
        credited[user, default: 0] += 1
        return true
    }

    /// `erik (5), maria (7)`: who was credited, for the audit log (login names only).
    public var creditedSummary: String {
        credited.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
    }
}
