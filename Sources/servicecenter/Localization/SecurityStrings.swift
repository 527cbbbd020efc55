import ServicecenterCore

/// What the command line says when it refuses an argument, a name or a database for safety:
/// control characters in arguments, acting in someone else's name, demo data over real data, a
/// login user without the role a command needs (or without any).
protocol SecurityStrings: Sendable {
    /// An argument holds a control character; `option` is the option's name or the argument's position.
    func controlCharacters(option: String, shown value: String) -> String
    /// The name for a positional argument in `controlCharacters`, counted from 1 after the program.
    func argument(position: Int) -> String
    /// A non-admin named someone else in `option`.
    func actingForOther(login: String, named: String, option: String) -> String
    /// A guide tried to change a hand-over someone else made.
    func handoverNotTheirs(id: Int64, login: String, madeBy: String) -> String
    /// `demo` refused: the database holds contacts that demo did not make.
    func demoOverRealData(path: String, realContacts: Int) -> String
    /// A setgid run was pointed at another configuration or database than the system install's.
    func privilegedLocations(refused: [String], config: String, database: String?) -> String
    /// A line of an import or a feed names another operator than the login user, who is no admin.
    func lineNamesOther(login: String, named: String) -> String
    /// Said after a refusal only once its audit row is written: there is no row when there is no
    /// database yet (a refusal never creates one), and the sentence must then not claim one.
    func attemptAudited() -> String
    /// A refusal: who has which role, and which roles the command needs.
    func roleNeeded(user: String, has role: Operator.Role, needs: [Operator.Role]) -> String
    /// The login user is not an operator in `file` (operators.toml), so has no role at all.
    func unknownLoginUser(_ user: String, file: String) -> String
}

/// The table for `language`; a switch, so a third language cannot fall silently to English.
func securityStrings(for language: Language) -> any SecurityStrings {
    switch language {
    case .swedish: SwedishSecurityStrings()
    case .english: EnglishSecurityStrings()
    }
}

/// Svenska.
struct SwedishSecurityStrings: SecurityStrings {
    init() {}
    func controlCharacters(option: String, shown value: String) -> String {
        "\(option): värdet \"\(value)\" innehåller styrtecken (visade som ␛, ␇ …), som inte får förekomma här; skriv värdet utan dem (radbrytning och tabb går bara i --note och --message)."
    }
    func argument(position: Int) -> String { "argument \(position)" }
    func actingForOther(login: String, named: String, option: String) -> String {
        "\(option) \(named): du är inloggad som \(login), och bara en admin får registrera något i en annans namn; utelämna \(option) (det som görs registreras på dig)."
    }
    func handoverNotTheirs(id: Int64, login: String, madeBy: String) -> String {
        "Ärende \(id) lämnades över av \(madeBy); en guide (\(login)) får bara ändra ärenden hen själv har lämnat över. Be en supervisor (arbetsledare) eller admin göra det."
    }
    func demoOverRealData(path: String, realContacts: Int) -> String {
        "Databasen \(path) har \(realContacts) \(realContacts == 1 ? "kontakt" : "kontakter") som inte kommer från demo; demodata skrivs bara till en tom databas eller en som bara har demodata. Peka ut en egen, t.ex. --database /tmp/demo.sqlite. Inget skrevs."
    }
    func lineNamesOther(login: String, named: String) -> String {
        "operator \"\(named)\": du är inloggad som \(login), och bara en admin får lagra rader i någon annans namn; kör som admin (t.ex. importens eller flödets systemkonto) eller ta bort raden."
    }
    func privilegedLocations(refused: [String], config: String, database: String?) -> String {
        "\(refused.joined(separator: ", ")): programmet är installerat setgid, och då läses inställningarna bara från \(config)\(database.map { " och databasen är \($0)" } ?? ""); ta bort \(refused.count == 1 ? "det" : "dem") och kör igen."
    }
    func attemptAudited() -> String { "Försöket finns i granskningsloggen." }

    func roleNeeded(user: String, has role: Operator.Role, needs: [Operator.Role]) -> String {
        let names = needs.map { needed in
            switch needed {
            case .guide: "guide (kommunvägledare)"
            case .supervisor: "supervisor (arbetsledare)"
            case .admin: "admin"
            }
        }
        return "Det här kräver rollen \(needs.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " eller " + names.last!) i operators.toml; \(user) har rollen \(role.rawValue)."
    }

    func unknownLoginUser(_ user: String, file: String) -> String {
        "Användaren \"\(user)\" finns inte i \(file); lägg till en [[operator]] med user = \"\(user)\" eller kör som en användare som finns där."
    }
}

/// English.
struct EnglishSecurityStrings: SecurityStrings {
    init() {}
    func controlCharacters(option: String, shown value: String) -> String {
        "\(option): the value \"\(value)\" holds control characters (shown as ␛, ␇ …), which are not allowed here; give the value without them (line breaks and tabs only in --note and --message)."
    }
    func argument(position: Int) -> String { "argument \(position)" }
    func actingForOther(login: String, named: String, option: String) -> String {
        "\(option) \(named): you are logged in as \(login), and only an admin may record something in another person's name; leave out \(option) (what you do is recorded as you)."
    }
    func handoverNotTheirs(id: Int64, login: String, madeBy: String) -> String {
        "Hand-over \(id) was made by \(madeBy); a guide (\(login)) may change only hand-overs they made themselves. Ask a supervisor or an admin to do it."
    }
    func demoOverRealData(path: String, realContacts: Int) -> String {
        "The database \(path) holds \(realContacts) \(realContacts == 1 ? "contact" : "contacts") that demo did not make; demo data goes only into an empty database or one with demo data only. Name one of its own, e.g. --database /tmp/demo.sqlite. Nothing was written."
    }
    func lineNamesOther(login: String, named: String) -> String {
        "operator \"\(named)\": you are logged in as \(login), and only an admin may store lines in someone else's name; run as an admin (such as the import's or the feed's service account) or remove the line."
    }
    func privilegedLocations(refused: [String], config: String, database: String?) -> String {
        "\(refused.joined(separator: ", ")): the program is installed setgid, so its configuration is read only from \(config)\(database.map { " and its database is \($0)" } ?? ""); leave \(refused.count == 1 ? "it" : "them") out and run again."
    }
    func attemptAudited() -> String { "The attempt is in the audit log." }

    func roleNeeded(user: String, has role: Operator.Role, needs: [Operator.Role]) -> String {
        let names = needs.map(\.rawValue)
        return "This needs the role \(needs.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!) in operators.toml; \(user) has the role \(role.rawValue)."
    }

    func unknownLoginUser(_ user: String, file: String) -> String {
        "The user \"\(user)\" is not in \(file); add an [[operator]] with user = \"\(user)\", or run as a user listed there."
    }
}
