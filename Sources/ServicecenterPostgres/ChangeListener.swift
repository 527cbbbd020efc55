import Foundation
import PostgresNIO
import ServicecenterCore

/// Stub: the lead writes LISTEN/NOTIFY here.
final class ChangeListener: @unchecked Sendable {
    let address: PostgresAddress
    init(address: PostgresAddress) { self.address = address }
    func stop() {}
}

extension PostgresStore {
    public func changeMark() throws(StoreError) -> ChangeMark { ChangeMark(0) }
}
