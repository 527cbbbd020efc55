/// What went wrong with the database, in terms a user can act on.
///
/// Lives in the core, not the store, so that the strings tables can word it and a second
/// backend (PostgreSQL) reports the same failures. `database` names the database as a person
/// would find it: the file's path for SQLite, the address (without a password) for a server.
public enum StoreError: Error, Sendable, Equatable {
    /// The file exists but is not an SQLite database (or is damaged).
    case notADatabase(database: String)
    /// The file or its directory cannot be written.
    case readOnly(database: String)
    /// Another process held the write lock for longer than the busy timeout.
    case locked(database: String, waitedMilliseconds: Int)
    /// The file or its directory cannot be opened or created.
    case cannotOpen(database: String, reason: String)
    /// The database was migrated by a newer version of this program.
    case newerSchema(database: String)
    /// A server's schema is an older version (`found`) than this program's (`needed`), and this
    /// login may not upgrade it: only the schema's owner may (a guide, a supervisor, a standby).
    case olderSchema(database: String, found: Int, needed: Int)
    /// A contact with this external id is already stored.
    case duplicateExternalID(database: String, id: String)
    /// A contact was linked as a repeat of a contact that does not exist or is not earlier.
    case unknownEarlierContact(id: Int64)
    /// The file holds tables, but not this program's: another program's database, left untouched.
    case foreignDatabase(database: String)
    /// The path names a directory, FIFO, device or socket, not a database file.
    case notARegularFile(database: String, kind: FileKind)
    /// The disk (or the user's quota) holding the database is full; nothing of the failed write was kept.
    case diskFull(database: String)
    /// A server's address cannot be read (`postgresql://…` with a bad port, an unknown
    /// `sslmode`): a setting to correct, not a database to repair.
    case badAddress(database: String, reason: String)
    /// The server cannot be reached (refused, no route, timed out, no such socket).
    case unreachable(database: String, reason: String)
    /// The server refused the user's password or identity (SCRAM, peer).
    case authenticationFailed(database: String, user: String)
    /// The server has no database of that name.
    case missingDatabase(database: String)
    /// The server's grants do not let this user do what was asked (`what`: the server's words).
    case notPermitted(database: String, user: String, what: String)
    /// The connection to the server broke during the work; nothing of the failed change was kept.
    case connectionLost(database: String)
    /// An import read its input (`source`: a file, "stdin") a second time to store what it had
    /// checked, and could not read it or found it changed: nothing was stored.
    case importInputChanged(source: String)
    /// An import checking and storing in one pass found a line that holds the input back (bad,
    /// or naming someone the user may not credit), or could not read `source`: the transaction
    /// was rolled back and nothing was stored. The import reports its lines itself.
    case importHeldBack(source: String)
    /// Anything else the database reported.
    case failed(database: String, message: String)

    /// What a path names when it is not a regular file, so the message can say it.
    public enum FileKind: String, Sendable, Equatable {
        case directory, fifo, device, socket, other
    }
}
