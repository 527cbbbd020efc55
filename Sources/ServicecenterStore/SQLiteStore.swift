import CSQLiteClose
import Foundation
import GRDB
import ServicecenterCore
#if canImport(Glibc)
import Glibc
#endif

/// The embedded backend of the store contract: SQLite through GRDB. SQL and GRDB stay behind it.
///
/// Many desk processes share one SQLite file in WAL mode. Every write is one
/// `BEGIN IMMEDIATE` transaction, so it takes the write lock up front and waits for it
/// (busy timeout) instead of failing half-way; `synchronous = FULL` so a saved contact
/// survives a power cut.
public final class SQLiteStore: Store, Sendable {
    public let path: String
    let pool: DatabasePool
    /// The rules every contact passes before it is stored (contacts arrive as `ContactFacts`,
    /// masked already), and the last guard for every other free text a person or an outside
    /// system could have typed: hand-over notes and names, incident texts, stations, services,
    /// call ids, audit details all go through `intake.masked` here, whichever command wrote them.
    public let intake: Intake
    var zone: TimeZone { intake.zone }

    /// Default time a writer waits for another process's lock before giving up.
    public static let defaultBusyTimeoutMilliseconds = 5_000
    /// The waits a store accepts, 0 to 10 minutes: a longer wait is a mistake (a nightly job
    /// hanging for days), and the milliseconds are later multiplied to micro- and nanoseconds
    /// and handed to SQLite as an Int32, which a value near Int.max overflowed (a crash).
    public static let busyTimeoutRange = 0...600_000
    /// `milliseconds` held to `busyTimeoutRange`: the one clamp every wait goes through, so no
    /// arithmetic on a timeout can overflow (a value near Int.max once crashed with SIGILL).
    static func clampedBusyTimeout(_ milliseconds: Int) -> Int {
        min(max(milliseconds, busyTimeoutRange.lowerBound), busyTimeoutRange.upperBound)
    }
    /// The wait this store uses, always inside `busyTimeoutRange`.
    let busyTimeoutMilliseconds: Int

    /// Opens (creating file and folders when missing) and migrates the database at `path`.
    /// - Parameter zone: the site's time zone; contacts are filed under its local day and hour.
    /// - Parameter access: `.readOnly` lets a reading command work on a file it cannot write.
    public convenience init(
        path: String, zone: TimeZone, busyTimeoutMilliseconds: Int = SQLiteStore.defaultBusyTimeoutMilliseconds,
        planner: HandoverPlanner? = nil, repeatWindowDays: Int = Targets.defaultRepeatWindowDays,
        masking: PersonalDataMasking = PersonalDataMasking(), access: StoreAccess = .readWrite, gaps: CatalogueGaps? = nil
    ) throws(StoreError) {
        try self.init(
            path: path, intake: Intake(zone: zone, masking: masking, planner: planner, repeatWindowDays: repeatWindowDays, gaps: gaps),
            busyTimeoutMilliseconds: busyTimeoutMilliseconds, access: access)
    }

    /// Opens (creating file and folders when missing) and migrates the database at `path`,
    /// storing contacts as `intake` decides.
    public init(
        path: String, intake: Intake, busyTimeoutMilliseconds: Int = SQLiteStore.defaultBusyTimeoutMilliseconds,
        access: StoreAccess = .readWrite
    ) throws(StoreError) {
        self.path = path
        self.intake = intake
        // Clamped here, once, so that no caller (a test, a future command) can overflow the
        // lock's deadline, the busy handler's tries or SQLite's Int32 timeout.
        let busyTimeoutMilliseconds = Self.clampedBusyTimeout(busyTimeoutMilliseconds)
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        // Before anything opens it: SQLite blocks forever opening a FIFO, reports "disk I/O
        // error" on a directory, and as root made /dev/null-journal (0666) beside /dev/null.
        try Self.checkRegularFile(path)
        // Tried again when the folder went away while this process waited for its lock: a
        // process whose setting up of a new database failed takes back the folder it made.
        // Each time is another process's final failure, so the tries end; three were too few
        // for twelve processes creating one new database on a full disk at once (73, not 80).
        for _ in 0..<100 {
            if let opened = try Self.openPool(path, access: access, busyTimeoutMilliseconds: busyTimeoutMilliseconds) {
                pool = opened
                return
            }
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        throw .cannotOpen(database: path, reason: "the folder \(directory) was removed while the database was being opened")
    }

    /// Makes the folder and the file when missing, reads or sets up the schema under the
    /// folder's lock, and opens the pool. Nil when the folder locked was removed meanwhile (so
    /// the lock serialised nothing): the caller tries again.
    ///
    /// What this process created it removes again when setting up fails (a full disk left a
    /// 0-byte file, and a retry after freeing space then met it): the file only when this
    /// process made it, under the exclusive lock, so no other process has it open; the side
    /// files SQLite made for it; and the folders it made, while still empty. An existing file
    /// is never removed.
    static func openPool(_ path: String, access: StoreAccess, busyTimeoutMilliseconds timeout: Int) throws(StoreError) -> DatabasePool? {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var madeFolders: [String] = []
        do {
            madeFolders = try makeFolders(directory)
        } catch POSIXError.ENOENT {
            // A folder above, made by another process, was taken back between two mkdirs.
            return nil
        } catch let error as POSIXError where error.code == .ENOSPC || error.code == .EDQUOT {
            // No room even for a folder (a full disk's inodes, a quota): the disk is full, as
            // SQLite's SQLITE_FULL says below, not a folder that cannot be made (80, not 73).
            throw .diskFull(database: path)
        } catch {
            throw .cannotOpen(database: path, reason: "cannot create the folder \(directory)")
        }
        try checkHeader(path)
        let existed = FileManager.default.fileExists(atPath: path)
        let writable = !existed || (Glibc.access(path, W_OK) == 0 && Glibc.access(directory, W_OK) == 0)
        if !writable, access == .readWrite { throw .readOnly(database: path) }
        let migrator = Migrations.migrator
        // Held while the schema is read (shared) and while it is set up (exclusive), so a
        // process never reads a schema another is half-way through making.
        let lock = OpeningLock(folder: directory)
        // Taken back by another process since it was made here: unserialised, the file could not be made.
        if lock == nil, !FileManager.default.fileExists(atPath: directory) { return nil }
        defer { lock?.unlock() }
        var createdFile = false
        var sideFilesBefore: [String] = []
        var opened: DatabasePool?
        do {
            guard lock?.lock(exclusive: false, timeoutMilliseconds: timeout) ?? true else {
                throw StoreError.locked(database: path, waitedMilliseconds: timeout)
            }
            if let lock, !lock.isStill(at: directory) { return nil }
            var finding = try check(path, migrator: migrator, timeout: timeout)
            if finding != .ours(pending: false) {
                guard writable else { throw StoreError.readOnly(database: path) }
                // Setting up or migrating: one process at a time; the others find it done.
                lock?.unlock()
                guard lock?.lock(exclusive: true, timeoutMilliseconds: timeout) ?? true else {
                    throw StoreError.locked(database: path, waitedMilliseconds: timeout)
                }
                if let lock, !lock.isStill(at: directory) { return nil }
                finding = try check(path, migrator: migrator, timeout: timeout)
            }
            if writable {
                // Under the lock, so the process that made the file knows no other has opened it.
                sideFilesBefore = sideFiles(of: path)
                createdFile = try createPrivately(path)
            }
            var configuration = Configuration()
            configuration.busyMode = .callback(evenBusyHandler(timeoutMilliseconds: timeout))
            guard writable else {
                // Without a -wal file no commit waits in a log and the file alone is the whole
                // database: read it immutable, which makes nothing beside it. A plain read-only
                // connection would leave a -shm with the file's 0440 mode, and later every
                // writer found it read-only until someone deleted it. With a log, a writer is
                // or was at work and its -wal and -shm are there to share.
                configuration.readonly = true
                let quiet = !FileManager.default.fileExists(atPath: path + "-wal")
                return try DatabasePool(path: quiet ? uri(path, parameters: "immutable=1") : path, configuration: configuration)
            }
            // A clean close leaves the write-ahead log as it is: no checkpoint, and -wal and
            // -shm stay. Otherwise the last connection of each `log` checkpointed (two syncs)
            // and deleted both, and the next process made them again (a sync of the folder and
            // of the log's header): five syncs a save where the commit's is needed (SQLite still
            // syncs the folder once a process; it has nothing to write). The log is still
            // copied into the database as it grows (SQLite's 1,000 pages; `checkpointIfLarge`),
            // and a backup made with `.backup` reads through it (docs/deployment.md).
            configuration.prepareDatabase { db in
                let result = servicecenter_keep_log_on_close(db.sqliteConnection)
                if result != 0 { throw DatabaseError(resultCode: ResultCode(rawValue: result)) }
            }
            try repairSharedMemoryFile(path)
            let pool = try DatabasePool(path: path, configuration: configuration)
            opened = pool
            // A saved contact must survive a power cut, so every commit waits for the disk.
            // Set on the writer after opening: GRDB's pool sets NORMAL (no sync on commit)
            // when it turns WAL on, after any prepareDatabase, and the setting lived there
            // unnoticed until a benchmark's save beat its own raw-SQLite floor.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            // Freed bytes are zeroed on every write, not only where SQLite was built so
            // (Debian's is; others are not): a purged call-back number or note must not
            // live on in a page's free space (Store+CallbackRetention).
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA secure_delete = ON") }
            // Each INSERT with a trigger keeps a statement journal to undo itself; on a file
            // that is one write(2) per page touched (1.3 million for an import of 100,000
            // contacts), in memory nothing. It holds one statement's pages at a time. Set on
            // the writer only: the readers' sorts of a year of rows still spill to disk.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA temp_store = MEMORY") }
            if finding != .ours(pending: false) { try migrator.migrate(pool) }
            return pool
        } catch {
            // Only with the lock held: without it (a folder that cannot be opened) another
            // process may be using the file this one made.
            if createdFile, lock != nil {
                try? opened?.close()
                for file in [path] + sideFiles(of: path).filter({ !sideFilesBefore.contains($0) }) {
                    _ = unlink(file)
                }
            }
            // rmdir takes only an empty folder; one another process waits to lock is found
            // gone by it (isStill), and it makes the folder again.
            for folder in madeFolders.reversed() { _ = rmdir(folder) }
            if let error = error as? StoreError { throw error }
            throw translate(error, path: path, busyTimeout: timeout)
        }
    }

    /// The side files SQLite keeps beside the database at `path` that exist now.
    static func sideFiles(of path: String) -> [String] {
        ["-wal", "-shm", "-journal"].map { path + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Creates `directory` and any missing folders above it, each the owner's and the group's
    /// only (0770, like the file); returns those it made, outermost first, so a failed set-up
    /// can take them back.
    static func makeFolders(_ directory: String) throws -> [String] {
        var made: [String] = []
        var path = ""
        for component in URL(fileURLWithPath: directory).standardizedFileURL.pathComponents {
            path = component == "/" ? "/" : (path.hasSuffix("/") ? path : path + "/") + component
            if mkdir(path, 0o770) == 0 {
                made.append(path)
                chmod(path, 0o770)
            } else if errno != EEXIST {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
        var isFolder: ObjCBool = false
        // Gone again: another process that made it (EEXIST here) took it back when its own
        // setting up failed. The caller tries again, as for a folder above (ENOENT); it was
        // reported as a folder that cannot be made (73), once in some runs of twelve creators.
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else { throw POSIXError(.ENOENT) }
        guard isFolder.boolValue else { throw POSIXError(.ENOTDIR) }
        return made
    }

    /// Refuses, untouched, a database from a newer version or of another program. Opening a
    /// pool on a file without a -wal file makes and drops a table (GRDB, so that readers find
    /// the log), and migrating adds our tables: both write to the file, so this comes first.
    static func check(_ path: String, migrator: DatabaseMigrator, timeout: Int) throws -> NewerSchemaProbe.Finding {
        guard let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > 0 else { return .empty }
        let finding = try NewerSchemaProbe.probe(path: path, knownMigrations: migrator.migrations, busyTimeoutMilliseconds: timeout)
        switch finding {
        case .newer: throw StoreError.newerSchema(database: path)
        case .foreign: throw StoreError.foreignDatabase(database: path)
        case .empty, .ours: return finding
        }
    }

    /// An SQLite URI for `path` with query `parameters`, the path's own `?`, `#` and `%` escaped.
    static func uri(_ path: String, parameters: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?" + parameters
    }

    /// Refuses a path that exists and is not a regular file (a symbolic link counts as what
    /// it points at).
    static func checkRegularFile(_ path: String) throws(StoreError) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        let kind: StoreError.FileKind
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: kind = .directory
        case S_IFIFO: kind = .fifo
        case S_IFCHR, S_IFBLK: kind = .device
        case S_IFSOCK: kind = .socket
        default: kind = .other
        }
        throw .notARegularFile(database: path, kind: kind)
    }

    /// Gives a `-shm` file this process cannot write the database file's permissions again.
    /// Older versions (and SQLite for any read-only connection that found no -shm) made it
    /// with the permissions of a read-only database file: once the file was writable again,
    /// every writer still found the -shm read-only and failed until it was deleted by hand.
    /// Only its owner (or root) can change it; otherwise the message names it.
    static func repairSharedMemoryFile(_ path: String) throws(StoreError) {
        let shm = path + "-shm"
        guard FileManager.default.fileExists(atPath: shm), Glibc.access(shm, W_OK) != 0 else { return }
        var status = stat()
        guard stat(path, &status) == 0, chmod(shm, status.st_mode & 0o666) == 0, Glibc.access(shm, W_OK) == 0 else {
            throw .readOnly(database: shm)
        }
    }

    /// The write-ahead log's size past which a writer checkpoints it deliberately.
    static let walLimitBytes = 1 << 20

    /// SQLite checkpoints after commits, but the log starts over only when a writer finds all
    /// of it copied, and a process that opens the file finds nothing copied: rebuilding the
    /// log's index (which it does by reading all of it, about 3 ms for 5 MB on tmpfs) forgets
    /// what earlier processes checkpointed. With a clean close leaving the log, one `log` after
    /// another would grow it without end, and so would 50 processes saving flat out for a
    /// minute (a 1 GB log). Past the limit, the writer that just committed copies the log
    /// into the database and truncates it, waiting its turn like any writer: some 35 saves of
    /// the command line apart, three syncs then; a failure here changes nothing already saved.
    func checkpointIfLarge(_ db: Database) {
        var status = stat()
        guard stat(path + "-wal", &status) == 0, Int(status.st_size) > Self.walLimitBytes else { return }
        _ = try? db.checkpoint(.truncate)
    }

    /// Waits for another process's lock by polling every 1–3 ms until the timeout. SQLite's
    /// own busy timeout sleeps longer the longer a writer has waited (up to 100 ms between
    /// tries), so with many desks saving at once a newcomer polling every millisecond keeps
    /// winning the lock and an early waiter can starve past the timeout: 50 processes saving
    /// flat out for a minute saw one "database is locked" that way (concurrency-check).
    /// Polling at the same short, jittered pace gives every waiter the same chance.
    static func evenBusyHandler(timeoutMilliseconds: Int) -> Database.BusyCallback {
        let averageMicroseconds = 2_000
        // Clamped again because this is reachable without `init` (tests): the product must not overflow.
        let tries = clampedBusyTimeout(timeoutMilliseconds) * 1_000 / averageMicroseconds
        return { numberOfTries in
            guard numberOfTries < tries else { return false }
            usleep(UInt32.random(in: 1_000...3_000))
            return true
        }
    }

    /// Creates a missing database file readable and writable by its owner and group only
    /// (0660), whatever the umask: the contact log is personal data. SQLite gives the `-wal`
    /// and `-shm` files it makes the database file's permissions. An existing file is left
    /// as its owner set it.
    /// True when this call made the file, false when it was there.
    @discardableResult
    static func createPrivately(_ path: String) throws(StoreError) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o660)
        if descriptor == -1 {
            guard errno == EEXIST else { throw .cannotOpen(database: path, reason: String(cString: strerror(errno))) }
            return false
        }
        defer { close(descriptor) }
        fchmod(descriptor, 0o660)
        return true
    }

    /// Refuses a file that exists, is not empty and does not start like an SQLite database.
    /// SQLite itself takes a file shorter than its header for a new, empty database and would
    /// write over whatever the user pointed us at.
    static func checkHeader(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard header.isEmpty || header == Data("SQLite format 3\u{0}".utf8) else { throw .notADatabase(database: path) }
    }

    public func save(_ facts: ContactFacts, clearingDraftOf draftOperator: String?, now: Date) throws(StoreError) -> SavedContact {
        let path = path
        return try write { db in
            var facts = facts
            facts.contact = try withQueueWait(facts.contact, in: db)
            if let externalID = facts.contact.externalID,
               try Bool.fetchOne(db, sql: "SELECT 1 FROM contact WHERE external_id = ?", arguments: [externalID]) == true {
                throw StoreError.duplicateExternalID(database: path, id: externalID)
            }
            let id = try ContactRow.insert(facts, rule: intake.repeats, now: now, into: db, orIgnore: false) ?? -1
            try ContactArticles.write(ContactArticles.stored(facts.contact.articles, intake: intake, now: now), contact: id, replacing: false, into: db)
            let handover = try makeHandover(for: facts, id: id, in: db)
            try countGap(of: facts, in: db)
            if let draftOperator {
                try db.execute(sql: "DELETE FROM desk_draft WHERE operator = ?", arguments: [draftOperator])
            }
            return SavedContact(id: id, masked: facts.masked, handover: handover)
        }
    }

    public func update(_ facts: ContactFacts, by actor: String?, clearingDraftOf draftOperator: String?, now: Date) throws(StoreError) {
        let contact = facts.contact
        guard let id = contact.id else { return }
        try write { db in
            if let row = try Row.fetchOne(db, sql: "SELECT \(ContactRow.columns) FROM contact WHERE id = ?", arguments: [id]) {
                try appendAudit(
                    .contactEdited, by: actor ?? contact.operatorUser, contactID: id,
                    details: ContactChanges.describe(from: try withCase(ContactRow.contact(from: row), id: id, in: db), to: contact),
                    now: now, in: db)
            }
            try ContactRow.update(facts, rule: intake.repeats, id: id, into: db)
            try ContactArticles.write(ContactArticles.stored(contact.articles, intake: intake, now: now), contact: id, replacing: true, into: db)
            let wanted = facts.handover
            let current = try Row.fetchOne(
                db, sql: "SELECT id, sector FROM handover WHERE contact_id = ? AND status != 'closed' ORDER BY id DESC LIMIT 1",
                arguments: [id])
            if let current, wanted?.sector != current["sector"] {
                try appendEvent(.closed, to: current["id"], by: contact.operatorUser, note: "Kontakten rättades", now: now, in: db)
            }
            if current == nil || wanted?.sector != current?["sector"] {
                try makeHandover(for: facts, id: id, in: db)
            } else if let current, let wanted {
                // The same sector keeps its hand-over; a corrected matter or number goes with it.
                try db.execute(
                    sql: "UPDATE handover SET matter = ?, callback_phone = ?, callback_email = ?, callback_time = ? WHERE id = ?",
                    arguments: [wanted.matter, wanted.callback?.phone, wanted.callback?.email, wanted.callback?.preferredTime, current["id"]])
            }
            if let draftOperator {
                try db.execute(sql: "DELETE FROM desk_draft WHERE operator = ?", arguments: [draftOperator])
            }
        }
    }

    /// The contact with its queue call linked and the measured wait taken from it, when the
    /// contact names a call or the feed shows the guide answering one for it (`AnsweredCallRule`).
    func withQueueWait(_ contact: Contact, in db: Database) throws -> Contact {
        var contact = contact
        if let rule = AnsweredCallRule(for: contact, zone: zone) { contact.callID = try answeredCall(rule, in: db) }
        if let callID = contact.callID, contact.queueWaitSeconds == nil {
            contact.queueWaitSeconds = try queueWait(ofCall: callID, in: db)
        }
        return contact
    }

    /// One guide's contacts on local days `from` through `to`, newest first.
    public func contacts(of operatorUser: String, from: LocalDay, through to: LocalDay, limit: Int) throws(StoreError) -> [Contact] {
        try read { db in
            try RawRows(
                db, sql: """
                    SELECT \(ContactRow.columns) FROM contact WHERE operator = ? AND local_date BETWEEN ? AND ?
                    ORDER BY started_at DESC, id DESC LIMIT ?
                    """,
                arguments: [operatorUser, from.description, to.description, limit]
            ).map { ContactRow.contact(from: $0) }
        }
    }

    public func importContacts(_ batches: inout some ContactBatches, now: Date) throws(StoreError) -> ImportOutcome {
        try write { db in
            try batches.storeEach { facts in
                guard let id = try ContactRow.insert(facts, rule: intake.repeats, now: now, into: db, orIgnore: facts.contact.externalID != nil)
                else { return false }
                try ContactArticles.write(
                    ContactArticles.stored(facts.contact.articles, intake: intake, now: now), contact: id, replacing: false, into: db)
                try makeHandover(for: facts, id: id, in: db)
                try countGap(of: facts, in: db)
                return true
            }
        }
    }

    /// The contacts that started on local days `from` through `to`, oldest first.
    public func contacts(from: LocalDay, through to: LocalDay) throws(StoreError) -> [Contact] {
        try read { db in
            try RawRows(
                db, sql: "SELECT \(ContactRow.columns) FROM contact WHERE local_date BETWEEN ? AND ? ORDER BY started_at, id",
                arguments: [from.description, to.description]
            ).map { ContactRow.contact(from: $0) }
        }
    }

    /// How many contacts the database holds.
    public func contactCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM contact") ?? 0 }
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction, translating errors.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                checkpointIfLarge(db)
                return result!
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeoutMilliseconds)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeoutMilliseconds)
        }
    }

    static func translate(_ error: any Error, path: String, busyTimeout: Int) -> StoreError {
        guard let error = error as? DatabaseError else {
            return .failed(database: path, message: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(database: path)
        case .SQLITE_READONLY: return .readOnly(database: path)
        // SQLite's word for ENOSPC and EDQUOT: not damage, and passing once space is freed.
        case .SQLITE_FULL: return .diskFull(database: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(database: path, waitedMilliseconds: busyTimeout)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return .cannotOpen(database: path, reason: error.message ?? "permission denied")
        default: return .failed(database: path, message: error.message ?? error.description)
        }
    }
}
