import ServicecenterCore

extension LineCredit {
    /// The credit of this run's login user (`LineCredit`, in the core, holds the rule).
    init(_ context: CommandContext) {
        self.init(login: context.loginUser, isAdmin: context.configuration.operator(context.loginUser)?.role == .admin)
    }
}

extension CommandContext {
    /// What an import or a feed says about one line, in the user's language.
    func describe(_ note: LineNote) -> String {
        switch note {
        case .bad(let problem): text.lineProblem(problem)
        case .namesOther(let user): notTheirs(user)
        case .masked(let fields): text.personalDataMasked(fields)
        }
    }

    /// The line problem of a line naming someone else, in the user's language.
    func notTheirs(_ named: String) -> String {
        securityStrings(for: text.language).lineNamesOther(login: loginUser, named: InertText.shown(named))
    }

    /// After a run: audits the lines refused, or the lines an admin credited to others.
    func audit(_ credit: LineCredit, for command: String) {
        auditRefusals(credit, for: command)
        if !credit.credited.isEmpty {
            audit(.onBehalf, by: loginUser, details: "\(command): lines recorded as \(credit.creditedSummary)")
        }
    }

    /// After a run that stored nothing (a bad line in the file): audits the lines refused, an
    /// attempt whatever its neighbours; lines an admin credited were not recorded, so not those.
    func auditRefusals(_ credit: LineCredit, for command: String) {
        if credit.refused > 0 {
            let role = configuration.operator(loginUser)?.role.rawValue ?? "none"
            // Said once after the lines, and only when the row was written (no database, no row).
            if audit(.refused, by: loginUser, details: "\(command): \(credit.refused) \(credit.refused == 1 ? "line names another operator" : "lines name other operators"); needs admin, has \(role)") {
                printError(securityStrings(for: text.language).attemptAudited())
            }
        }
    }
}
