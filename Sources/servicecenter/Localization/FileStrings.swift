import ServicecenterCore

/// What the command line says about a file it was given and cannot read, or a database that
/// is not there (and which commands would make one).
protocol FileStrings: Sendable {
    func fileNotFound(_ path: String) -> String
    func fileUnreadable(_ path: String) -> String
    /// An import's piped input could not be copied to `folder` (`$TMPDIR`), where it is read from.
    func inputCopyFailed(folder: String, reason: String) -> String
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

    func inputCopyFailed(folder: String, reason: String) -> String {
        "Standardindata gick inte att kopiera till en tillfällig fil i \(folder) (\(reason)): kommandot läser sina rader från kopian och behöver plats där. Sätt TMPDIR till en mapp med skrivrätt och plats, eller ange filen i stället för -."
    }

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

    func inputCopyFailed(folder: String, reason: String) -> String {
        "Standard input could not be copied to a temporary file in \(folder) (\(reason)): the command reads its lines from the copy and needs room there. Point TMPDIR at a writable folder with room, or give the file instead of -."
    }

    func databaseMissing(_ path: String) -> String {
        "The database \(path) does not exist. Give the right file with --database or [site] database in servicecenter.toml."
    }

    var databaseStartsWith: String {
        "A new database is made only by desk (its first start), demo, and log/import with --create (or without --database, into the configured one)."
    }
}
