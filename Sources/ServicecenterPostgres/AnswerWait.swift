import Foundation
import NIOCore
import PostgresNIO

/// postgres-nio 1.33 hands a query to its channel without a promise for the write: a query sent
/// just as the server closes the connection (a restart, a fail-over, `pg_terminate_backend`)
/// is neither answered nor failed, and `wait()` on it never returns. A screen waiting there
/// stops taking keys for good. So every wait here watches the connection as well: once it has
/// closed and the answer still has not come after `grace`, the call fails as a lost connection,
/// and the next call connects again. A long query on a live connection is waited for in full.
struct AnswerWait {
    /// Time for an answer already on its way when the connection closed to arrive.
    static let grace: TimeInterval = 0.5
    static let step: DispatchTimeInterval = .milliseconds(100)

    /// The answer on `connection`, or `ConnectionGone` once the connection has closed without one.
    static func answer<Value>(_ future: EventLoopFuture<Value>, on connection: PostgresConnection) throws -> Value {
        let outcome = Outcome<Value>()
        future.whenComplete { outcome.set($0) }
        var closedAt: Date?
        while true {
            if outcome.arrived.wait(timeout: .now() + step) == .success { return try outcome.result!.get() }
            guard connection.isClosed else { continue }
            let now = Date()
            if let closedAt, now.timeIntervalSince(closedAt) >= grace { throw ConnectionGone() }
            if closedAt == nil { closedAt = now }
        }
    }

    /// One answer, handed from NIO's thread to the waiting one.
    final class Outcome<Value>: @unchecked Sendable {
        let arrived = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var stored: Result<Value, any Error>?

        var result: Result<Value, any Error>? { lock.withLock { stored } }

        func set(_ result: Result<Value, any Error>) {
            lock.withLock { stored = result }
            arrived.signal()
        }
    }
}

/// The connection closed while a query waited for its answer.
struct ConnectionGone: Error {}

extension PostgresConnection {
    /// Closes the connection without waiting, keeping it alive until it has closed: the driver
    /// traps (in a debug build) when a connection is released while still open.
    func closeInBackground() {
        close().whenComplete { _ in withExtendedLifetime(self) {} }
    }
}
