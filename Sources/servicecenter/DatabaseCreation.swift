import Foundation
import ServicecenterCore

/// Which commands may make a missing database. Everything else says it does not exist.
///
/// The store makes file and folders when asked to open a missing path; before this, every
/// command did, so `stats --database /typo/x.sqlite` made folders and an empty database and
/// exited 0, and a `log` with a typo forked the site's data silently.
enum DatabaseCreation {
    /// Reading, the queues, hand-overs, incidents, audit, purge, the dashboard: a missing
    /// database is a wrong path, said with exit 69.
    case never
    /// `log` and `import`: they start a site when asked (`--create`), or when they write into
    /// the configured default database (no `--database`), as the README's first steps do.
    case siteStart(explicit: Bool)
    /// The desk's first start and `demo` (into a file of its own): making it is their job.
    case always
}

extension CommandContext {
    /// The database this configuration names when no `--database` is given.
    var defaultDatabasePath: String {
        locations.databasePath(flag: nil, configured: configuration.site.database, configDirectory: configDirectory)
    }

    /// Whether `creation` lets this run make the database when it is missing.
    func mayCreateDatabase(_ creation: DatabaseCreation) -> Bool {
        switch creation {
        case .never: false
        case .always: true
        case .siteStart(let explicit):
            explicit || URL(fileURLWithPath: databasePath).standardizedFileURL.path
                == URL(fileURLWithPath: defaultDatabasePath).standardizedFileURL.path
        }
    }

    /// Whether the database is there already (a server's always is: its administrator made it),
    /// so a command need not make it.
    var databaseExists: Bool {
        if case .postgreSQL = database { return true }
        return FileManager.default.fileExists(atPath: databasePath)
    }

    /// Exits 69, naming the path and what to do, when the database is missing and `creation`
    /// does not allow making it. Nothing is created on the way: not the file, not a folder.
    func requireDatabase(unless creation: DatabaseCreation) throws {
        // A server's database is made by its administrator (docs/deployment.md); the store
        // says when it is missing or unreachable.
        if case .postgreSQL = database { return }
        guard !FileManager.default.fileExists(atPath: databasePath), !mayCreateDatabase(creation) else { return }
        let strings = fileStrings(for: text.language)
        printError(strings.databaseMissing(databasePath) + " " + strings.databaseStartsWith)
        throw ExitStatus.unavailable
    }
}
