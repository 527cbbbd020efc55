import ServicecenterCore

/// What the command line says about the database setting itself (not about the database it names).
protocol DatabaseSettingStrings: Sendable {
    /// The setting names a PostgreSQL server, which this version cannot open yet (exit 78).
    func postgreSQLNotBuiltIn(location: String) -> String
}

struct SwedishDatabaseSettingStrings: DatabaseSettingStrings {
    func postgreSQLNotBuiltIn(location: String) -> String {
        "Databasinställningen pekar på en PostgreSQL-server (\(location)), men PostgreSQL finns inte i den här versionen ännu. "
            + "Ange en SQLite-fil (en sökväg eller sqlite:SÖKVÄG) i --database, SERVICECENTER_DATABASE eller [site] database."
    }
}

struct EnglishDatabaseSettingStrings: DatabaseSettingStrings {
    func postgreSQLNotBuiltIn(location: String) -> String {
        "The database setting names a PostgreSQL server (\(location)), but PostgreSQL is not built into this version yet. "
            + "Name an SQLite file (a path or sqlite:PATH) in --database, SERVICECENTER_DATABASE or [site] database."
    }
}

/// The table for `language`.
func databaseSettingStrings(for language: Language) -> any DatabaseSettingStrings {
    switch language {
    case .swedish: SwedishDatabaseSettingStrings()
    case .english: EnglishDatabaseSettingStrings()
    }
}
