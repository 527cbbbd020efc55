import Foundation
import Logging
import PostgresNIO
import ServicecenterCore

/// The embedded backend's `data_version`, on a server: a connection of its own that LISTENs on
/// the channel every commit notifies (`PostgresSchema.changeChannel`), and counts the notices.
/// A screen polls the count, which costs nothing while nothing happens: no table is polled.
///
/// When the server goes away the mark fails (`connectionLost`), so the screen says so and keeps
/// its last figures; reconnecting runs in the background, never blocking a key press, and a
/// reconnection counts as a change, since notices sent meanwhile were lost.
final class ChangeListener: @unchecked Sendable {
    let address: PostgresAddress
    private let lock = NSLock()
    private var state = State.idle
    /// Notices and reconnections seen: the mark.
    private var count = 0
    private let logger: Logger = {
        var logger = Logger(label: "servicecenter.postgres.listen")
        logger.logLevel = .critical
        return logger
    }()

    private enum State {
        case idle
        case connecting
        case listening(PostgresConnection)
        /// Down since the last try; the next is made after `retryAfter`.
        case down(retryAfter: Date)
    }

    init(address: PostgresAddress) {
        self.address = address
    }

    deinit {
        stop()
    }

    /// The current mark. The first call waits for the listener (so its errors are reported at
    /// once); later calls never wait: while the listener is down they throw `connectionLost`.
    func mark() throws(StoreError) -> ChangeMark {
        lock.lock()
        switch state {
        case .listening(let connection) where !connection.isClosed:
            defer { lock.unlock() }
            return ChangeMark(count)
        case .idle:
            state = .connecting
            lock.unlock()
            let started = start()
            do {
                try started.wait()
            } catch {
                throw PostgresLink.translate(error, address: address)
            }
            lock.lock()
            defer { lock.unlock() }
            return ChangeMark(count)
        case .listening, .down:
            if case .down(let retryAfter) = state, Date() < retryAfter { break }
            state = .connecting
            lock.unlock()
            _ = start()
            lock.lock()
        case .connecting:
            break
        }
        lock.unlock()
        throw .connectionLost(database: address.shown)
    }

    /// Connects and LISTENs; on success counts one change (notices may have been missed).
    private func start() -> EventLoopFuture<Void> {
        let channel = PostgresSchema.changeChannel
        let future = PostgresLink.connecting(address, id: -1, logger: logger).flatMap { connection in
            connection.addListener(channel: channel) { [weak self] _, _ in self?.noticed() }
            // The LISTEN's answer, or a failure when the connection closes first: the driver
            // never answers a query sent as the server goes away (see `AnswerWait`), and the
            // listener would then stay "connecting" for good.
            let listening = connection.eventLoop.makePromise(of: PostgresConnection.self)
            connection.query("LISTEN servicecenter_change", logger: self.logger).map { _ in connection }.cascade(to: listening)
            connection.closeFuture.whenComplete { _ in listening.fail(ConnectionGone()) }
            return listening.futureResult.flatMapErrorThrowing { error -> PostgresConnection in
                connection.closeInBackground()
                throw error
            }
        }
        future.whenComplete { [weak self] (result: Result<PostgresConnection, any Error>) in
            guard let self else { return }
            self.lock.lock()
            defer { self.lock.unlock() }
            switch result {
            case .success(let connection):
                self.state = .listening(connection)
                self.count += 1
            case .failure:
                self.state = .down(retryAfter: Date().addingTimeInterval(1))
            }
        }
        return future.map { _ in }
    }

    private func noticed() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    /// Stops listening and closes the connection.
    func stop() {
        lock.lock()
        let state = self.state
        self.state = .idle
        lock.unlock()
        if case .listening(let connection) = state { try? (connection.close() as EventLoopFuture<Void>).wait() }
    }
}

extension PostgresStore {
    /// Changes as notices from the server: any commit, on any host, moves the mark.
    public func changeMark() throws(StoreError) -> ChangeMark {
        try changes.mark()
    }
}
