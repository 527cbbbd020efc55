import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — Drafts, stations and presence (helper A). Replace the whole file.
extension PostgresStore {
    public func saveDraft(of operatorUser: String, payload: String, freeText: Set<String>, verbatim: Set<String>, now: Date) throws(StoreError) {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func draft(of operatorUser: String) throws(StoreError) -> String? {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func deleteDraft(of operatorUser: String) throws(StoreError) {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func station(of operatorUser: String) throws(StoreError) -> String? {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func setStation(of operatorUser: String, to station: String, now: Date) throws(StoreError) {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func setStatus(of user: String, to status: OperatorStatus, channel: Channel?, station: String?, now: Date) throws(StoreError) {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func presence() throws(StoreError) -> [OperatorPresence] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    func presence(in db: PostgresSession) throws -> [OperatorPresence] {
        throw StoreError.failed(database: address.shown, message: "not built yet")
    }
}
