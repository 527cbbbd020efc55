/// One stored value as a backend's table holds it, with no meaning attached: what `migrate`
/// carries from one backend to the other. The writer gives it its meaning from the column it
/// goes into (a timestamp, a day, a flag), so the reader needs no knowledge of the target.
public enum SiteValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// A whole site's tables, read row by row in one snapshot: the source of `migrate`.
///
/// Lives in the core so that the embedded backend can read and the server backend can write
/// without either importing the other.
public protocol SiteRowReader {
    /// The site's tables, parents before the tables that refer to them.
    var tables: [String] { get }
    /// The columns of `table` as this backend names them (the order `rows` hands them in).
    func columns(of table: String) throws -> [String]
    /// How many rows `table` holds.
    func count(of table: String) throws -> Int
    /// Hands the rows of `table` over in batches of up to `batchSize`, in key order.
    func rows(of table: String, batchSize: Int, _ body: ([[SiteValue]]) throws -> Void) throws
}
