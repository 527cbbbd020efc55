import Foundation
import PostgresNIO
import ServicecenterCore

/// How a hand-over is read from `handover h JOIN contact c`: one column list and one mapping,
/// shared by the lists, the feed and the e-mail, so they never read a hand-over differently.
enum PostgresHandoverRow {
    /// The columns `handover(from:)` reads, in its order (0…15).
    static let columns = """
        h.id, h.contact_id, h.sector, h.reason, h.created_at, h.due_date, h.status, h.status_at, h.status_by,
        h.closed_date, c.category, c.channel, h.matter, h.callback_phone, h.callback_email, h.callback_time
        """

    /// How many columns `columns` holds: where a query's own columns start after them.
    static let count = 16

    /// The hand-over in `row`, read from `columns` at its start. An unknown reason, status or
    /// channel (a value a newer program wrote) reads as the SQLite backend reads it.
    static func handover(from row: PostgresRandomAccessRow) throws -> Handover {
        let callback = Callback(
            phone: try row[13].decode(String?.self), email: try row[14].decode(String?.self),
            preferredTime: try row[15].decode(String?.self))
        return Handover(
            id: try row[0].decode(Int64.self), contactID: try row[1].decode(Int64.self), sector: try row[2].decode(String.self),
            reason: ForwardReason(rawValue: try row[3].decode(String.self)) ?? .couldNotAnswer,
            createdAt: try row[4].decode(Date.self), dueDate: try row[5].decode(LocalDay.self),
            status: HandoverStatus(rawValue: try row[6].decode(String.self)) ?? .open,
            statusAt: try row[7].decode(Date.self), statusBy: try row[8].decode(String.self),
            closedOn: try row[9].decode(LocalDay?.self), category: try row[10].decode(String.self),
            channel: Channel(rawValue: try row[11].decode(String.self)) ?? .phone,
            matter: try row[12].decode(String?.self), callback: callback.isEmpty ? nil : callback)
    }
}
