import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — Hand-overs (helper C). Replace the whole file.
extension PostgresStore {
    public func handovers(_ filter: HandoverFilter) throws(StoreError) -> [Handover] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func handover(_ id: Int64) throws(StoreError) -> Handover? {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func handover(madeByContact contactID: Int64) throws(StoreError) -> Handover? {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func history(of id: Int64) throws(StoreError) -> [(at: Date, by: String, event: HandoverEvent, note: String?)] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    @discardableResult public func record(_ event: HandoverEvent, on id: Int64, by person: String, note: String?, now: Date) throws(HandoverChangeError) -> Handover {
        throw .store(.failed(database: address.shown, message: "not built yet"))
    }

    public func apply(_ steps: [HandoverStep]) throws(StoreError) -> Int {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func handoverFigures(from: LocalDay, through to: LocalDay, asOf: LocalDay) throws(StoreError) -> [HandoverFigures] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    @discardableResult func makeHandover(for facts: ContactFacts, id contactID: Int64, in db: PostgresSession) throws -> Int64? {
        throw StoreError.failed(database: address.shown, message: "not built yet")
    }

    func appendEvent(_ event: HandoverEvent, to id: Int64, by person: String, note: String?, now: Date, in db: PostgresSession) throws {
        throw StoreError.failed(database: address.shown, message: "not built yet")
    }
}
