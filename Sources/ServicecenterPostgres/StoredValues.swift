import Foundation
import PostgresNIO
import ServicecenterCore

/// An instant as the store keeps it: whole seconds, as the SQLite backend keeps its text
/// timestamps, so the same contact reads back the same on both and their packages are identical.
/// Bind every `Date` through it: `"… VALUES (\(Instant(now)))"`.
struct Instant: PostgresNonThrowingEncodable, Sendable {
    let date: Date

    init(_ date: Date) {
        self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    init?(_ date: Date?) {
        guard let date else { return nil }
        self.init(date)
    }

    static var psqlType: PostgresDataType { Date.psqlType }
    static var psqlFormat: PostgresFormat { Date.psqlFormat }

    func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        date.encode(into: &byteBuffer, context: context)
    }
}

/// A local day travels as PostgreSQL's `date`: compared, indexed and sorted by the server.
extension LocalDay: PostgresNonThrowingEncodable, PostgresDecodable {
    public static var psqlType: PostgresDataType { .date }
    public static var psqlFormat: PostgresFormat { .binary }

    /// 2000-01-01, where PostgreSQL counts its days from.
    static let postgresEpoch = LocalDay(year: 2000, month: 1, day: 1)

    public func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeInteger(Int32(daysSince(Self.postgresEpoch)))
    }

    public init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat, context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        switch (type, format) {
        case (.date, .binary):
            guard buffer.readableBytes == 4, let days = buffer.readInteger(as: Int32.self) else {
                throw PostgresDecodingError.Code.failure
            }
            self = Self.postgresEpoch.adding(days: Int(days))
        case (_, .text), (.text, _), (.varchar, _):
            guard let text = buffer.readString(length: buffer.readableBytes), let day = LocalDay(text) else {
                throw PostgresDecodingError.Code.failure
            }
            self = day
        default:
            throw PostgresDecodingError.Code.typeMismatch
        }
    }
}

/// The domain's channel (besök, telefon …), not NIO's network channel, which PostgresNIO also exports.
public typealias Channel = ServicecenterCore.Channel

/// Many rows in one parameter, as the JSON array `jsonb_to_recordset` reads (a batch of
/// queue events, the calls they fold into); an absent value as JSON's null, which a
/// `[String?]` array bind cannot carry.
enum JSONRows {
    static func text(_ rows: [[String: Any]]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: rows), as: UTF8.self)
    }
}
