import ServicecenterCore

/// Whom the lines of an import or a queue feed may credit: the login user may name only
/// themselves (or nobody); an admin may name anyone, which is audited once per run.
///
/// The same rule as `--operator` and `--by` (`CommandContext.actingUser`): the lines of a file
/// are typed by whoever runs the command as surely as an option is, and a guide importing a
/// line that names a colleague writes that colleague's name into the figures per person.
struct LineCredit {
    let login: String
    let isAdmin: Bool
    /// How many lines each other person was credited with, for the audit row.
    private(set) var credited: [String: Int] = [:]
    /// How many lines named someone the login user may not credit.
    private(set) var refused = 0

    init(_ context: CommandContext) {
        login = context.loginUser
        isAdmin = context.configuration.operator(login)?.role == .admin
    }

    /// Whether a line naming `user` may be stored; counts it either way.
    mutating func allows(_ user: String?) -> Bool {
        guard let user, user != login else { return true }
        guard isAdmin else {
            refused += 1
            return false
        }
        credited[user, default: 0] += 1
        return true
    }

    /// `erik (5), maria (7)`: who was credited, for the audit log (login names only).
    var creditedSummary: String {
        credited.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
    }
}

extension CommandContext {
    /// The line problem of a line naming someone else, in the user's language.
    func notTheirs(_ named: String) -> String {
        securityStrings(for: text.language).lineNamesOther(login: loginUser, named: InertText.shown(named))
    }

    /// After a run: audits the lines refused, or the lines an admin credited to others.
    func audit(_ credit: LineCredit, for command: String) {
        if credit.refused > 0 {
            let role = configuration.operator(loginUser)?.role.rawValue ?? "none"
            // Said once after the lines, and only when the row was written (no database, no row).
            if audit(.refused, by: loginUser, details: "\(command): \(credit.refused) lines name other operators; needs admin, has \(role)") {
                printError(securityStrings(for: text.language).attemptAudited())
            }
        }
        if !credit.credited.isEmpty {
            audit(.onBehalf, by: loginUser, details: "\(command): lines recorded as \(credit.creditedSummary)")
        }
    }
}
