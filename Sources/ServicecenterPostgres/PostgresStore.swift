import Foundation
import PostgresNIO
import ServicecenterCore

/// The store contract on PostgreSQL, for sites whose desks, wallboards and sectors sit on
/// several hosts. SQL for PostgreSQL and postgres-nio's types stay behind it.
///
/// Each store holds one connection for its work (a desk or a command is one person's, so its
/// calls are serialised) and, once a screen asks for changes, one more that LISTENs
/// (`ChangeSignal`). Every write is one transaction; what must not race across hosts (ticket
/// numbers, calling the next ticket, closing a hand-over) takes a row or advisory lock in it.
public final class PostgresStore: Store, @unchecked Sendable {
    public let address: PostgresAddress
    /// The rules every contact passes before it is stored, and the last guard for every other
    /// free text a person or an outside system could have typed (as in the SQLite backend).
    public let intake: Intake
    var zone: TimeZone { intake.zone }
    let link: PostgresLink
    /// The listening connection and the count of notices it has had (`ChangeSignal`).
    let changes: ChangeListener

    /// Connects to `address` and upgrades the schema when it is older (as the owner may). A
    /// database with no site yet is set up only with `setsUpSite` (`PostgresSchema.prepare`);
    /// `access` is the command's intent, which a server's grants enforce.
    public init(address: PostgresAddress, intake: Intake, access: StoreAccess = .readWrite, setsUpSite: Bool = true) throws(StoreError) {
        self.address = address
        self.intake = intake
        link = PostgresLink(address: address, setUp: ["SET search_path = servicecenter"])
        changes = ChangeListener(address: address)
        try PostgresSchema.prepare(link, setsUpSite: setsUpSite && access == .readWrite)
    }

    /// Closes the connections now rather than when the store is released.
    public func close() {
        link.close()
        changes.stop()
    }

    /// The database user this store works as: on PostgreSQL the operator is who the server
    /// let in (peer or password), not what the environment says.
    public func sessionUser() throws(StoreError) -> String {
        try link.run { db in try db.value("SELECT session_user::text", as: String.self) ?? address.user }
    }

    /// A read in one snapshot.
    func read<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        try link.transaction(.repeatableRead, readOnly: true, body)
    }

    /// A write in one transaction, committed durably when `body` returns.
    func write<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        try link.transaction(.readCommitted, body)
    }

    /// A write whose refusals come out as `QueueError`s (a refusal rolls the transaction back).
    func queueWrite<T>(_ body: (PostgresSession) throws -> T) throws(QueueError) -> T {
        var refusal: QueueError?
        do {
            return try write { db in
                do { return try body(db) } catch let error as QueueError {
                    refusal = error
                    throw error
                }
            }
        } catch {
            throw refusal ?? .store(error)
        }
    }
}
