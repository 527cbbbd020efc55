import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (flock) on the database's folder, held while a process sets up or
/// migrates the database, so that processes opening a new database at once do it one after
/// another: the first creates and migrates, the rest wait and find it done. Ten processes
/// starting together on a new path failed a third of the time without it ("table contact
/// already exists", "UNIQUE constraint failed: grdb_migrations.identifier"), because GRDB's
/// migrator reads which migrations ran outside the transaction that runs them.
///
/// The folder, not a lock file, so that nothing is left beside the database; and not the
/// database file, because closing any descriptor of that file drops the POSIX locks SQLite
/// holds on it in this process. SQLite never flocks a folder, so the two kinds never meet.
final class OpeningLock {
    private let descriptor: Int32

    /// Nil when the folder cannot be opened for reading (then opening goes on unserialised,
    /// as before: SQLite's own locks still keep the file whole).
    init?(folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Takes the lock, shared (to read the schema) or exclusive (to change it), polling as
    /// the busy handler does; false when `timeoutMilliseconds` passed without it.
    func lock(exclusive: Bool, timeoutMilliseconds: Int) -> Bool {
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        // At most ten minutes (`SQLiteStore.clampedBusyTimeout`): the deadline cannot overflow.
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(SQLiteStore.clampedBusyTimeout(timeoutMilliseconds)) * 1_000_000
        while true {
            if flock(descriptor, operation) == 0 { return true }
            // A file system without flock (ENOLCK, EINVAL) leaves opening as it was before the
            // lock: SQLite's own locks still keep the file whole; only a held lock is waited for.
            guard errno == EWOULDBLOCK || errno == EINTR else { return true }
            if DispatchTime.now().uptimeNanoseconds >= deadline { return false }
            usleep(UInt32.random(in: 1_000...3_000))
        }
    }

    func unlock() { flock(descriptor, LOCK_UN) }

    /// Whether the folder locked is still the one at `folder`. A process whose setting up of a
    /// new database failed removes the folder it made; one that waited for that folder's lock
    /// then holds the lock of a folder no longer there, which serialises nothing.
    func isStill(at folder: String) -> Bool {
        var held = stat(), there = stat()
        return fstat(descriptor, &held) == 0 && stat(folder, &there) == 0
            && held.st_ino == there.st_ino && held.st_dev == there.st_dev
    }
}
