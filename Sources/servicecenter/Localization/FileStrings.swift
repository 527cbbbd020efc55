import ServicecenterCore

/// What the command line says about a file it was given and cannot read, or a database that
/// is not there (and which commands would make one).
protocol FileStrings: Sendable {
    func fileNotFound(_ path: String) -> String
    func fileUnreadable(_ path: String) -> String
    func databaseMissing(_ path: String) -> String
    /// Which commands make a new database, said after `databaseMissing`.
    var databaseStartsWith: String { get }
}

/// The words about files and databases in `language`.
func fileStrings(for language: Language) -> any FileStrings {
    switch language {
    case .swedish: SwedishFileStrings()
    case .english: EnglishFileStrings()
    }
}

/// Svenska.
struct SwedishFileStrings: FileStrings {
    func fileNotFound(_ path: String) -> String { "Filen \(path) finns inte." }

    func fileUnreadable(_ path: String) -> String { "Filen \(path) går inte att läsa." }

    func databaseMissing(_ path: String) -> String {
        "Databasen \(path) finns inte. Ange rätt fil med --database eller [site] database i servicecenter.toml."
    }

    var databaseStartsWith: String {
        "En ny databas skapas bara av desk (första starten), demo och av log/import med --create (eller utan --database, i den konfigurerade)."
    }
}

/// English.
struct EnglishFileStrings: FileStrings {
    func fileNotFound(_ path: String) -> String { "The file \(path) does not exist." }

    func fileUnreadable(_ path: String) -> String { "The file \(path) cannot be read." }

    func databaseMissing(_ path: String) -> String {
        "The database \(path) does not exist. Give the right file with --database or [site] database in servicecenter.toml."
    }

    var databaseStartsWith: String {
        "A new database is made only by desk (its first start), demo, and log/import with --create (or without --database, into the configured one)."
    }
}
