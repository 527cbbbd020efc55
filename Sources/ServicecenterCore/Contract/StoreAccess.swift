/// What a command means to do with the database.
public enum StoreAccess: Sendable {
    /// Read and write: a database this process cannot write is refused (read-only) before
    /// anything is read, so a screen never starts on a database it cannot save to.
    case readWrite
    /// Only read (statistics, lists, the audit log): a database this process cannot write is
    /// still read; any write then fails read-only.
    case readOnly
}
