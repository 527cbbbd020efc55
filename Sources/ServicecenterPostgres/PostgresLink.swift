import Foundation
import Logging
import PostgresNIO
import ServicecenterCore

/// One connection to the server, used synchronously: the contract's methods block the calling
/// thread on an `EventLoopFuture` while the work runs on NIO's own threads, so a caller on
/// Swift's cooperative pool (a test, a screen's effect) never waits for a thread it holds.
/// Calls are serialised; a connection the server dropped is made again on the next call.
final class PostgresLink: @unchecked Sendable {
    let address: PostgresAddress
    /// Set once per connection after it opens (the time zone is UTC, so nothing the server
    /// does with times depends on the host; the application name shows in `pg_stat_activity`).
    private let setUp: [PostgresQuery]
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var nextID = 0
    private var lastFailure: (StoreError, Date)?
    let logger: Logger = {
        var logger = Logger(label: "servicecenter.postgres")
        // Nothing of the driver's reaches a screen or a script's output.
        logger.logLevel = .critical
        return logger
    }()

    init(address: PostgresAddress, setUp: [PostgresQuery] = []) {
        self.address = address
        self.setUp = [
            "SET TIME ZONE 'UTC'", "SET application_name = 'servicecenter'", "SET client_min_messages = warning",
        ] + setUp
    }

    deinit {
        try? connection?.close().wait()
    }

    /// Runs `body` on the connection (connecting first when needed), alone.
    func run<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        do {
            return try runUntranslated(body)
        } catch {
            throw translate(error)
        }
    }

    /// `run`, with the driver's or the body's error as it came.
    private func runUntranslated<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(PostgresSession(connection: openedConnection(), link: self))
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// A serialization failure or a deadlock (another host's transaction won) runs it again,
    /// as PostgreSQL asks of a client; each try sees the database afresh.
    func transaction<T>(
        _ isolation: Isolation = .readCommitted, readOnly: Bool = false, _ body: (PostgresSession) throws -> T
    ) throws(StoreError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            var began = false
            do {
                return try runUntranslated { session in
                    try session.execute(PostgresQuery(unsafeSQL: "BEGIN ISOLATION LEVEL \(isolation.rawValue)\(readOnly ? " READ ONLY" : "")"))
                    began = true
                    do {
                        let result = try body(session)
                        try session.execute("COMMIT")
                        return result
                    } catch {
                        // A broken connection has no transaction left to roll back.
                        _ = try? session.execute("ROLLBACK")
                        throw error
                    }
                }
            } catch {
                if attempt < 20, Self.isRetryable(error) { continue }
                // A connection the server dropped while this one sat idle (a restart, a
                // fail-over) fails at BEGIN, before anything was sent: try once on a new one.
                if !began, attempt == 1, Self.isDropped(error) {
                    dropConnection()
                    continue
                }
                throw translate(error)
            }
        }
    }

    enum Isolation: String {
        case readCommitted = "READ COMMITTED"
        case repeatableRead = "REPEATABLE READ"
        case serializable = "SERIALIZABLE"
    }

    static func isDropped(_ error: any Error) -> Bool {
        if error is ConnectionGone { return true }
        guard let error = error as? PSQLError else { return false }
        return error.code == .serverClosedConnection || error.code == .clientClosedConnection || error.code == .uncleanShutdown
            || ["57P01", "57P02", "57P03"].contains(error.serverInfo?[.sqlState] ?? "")
    }

    /// Forgets the connection (closing it if it still looks open), so the next call makes a new one.
    private func dropConnection() {
        lock.lock()
        defer { lock.unlock() }
        connection?.closeInBackground()
        connection = nil
    }

    static func isRetryable(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] else { return false }
        return state == "40001" || state == "40P01"
    }

    /// Closes the connection now (a screen that ends, a test that checks a reconnect).
    func close() {
        lock.lock()
        defer { lock.unlock() }
        try? connection?.close().wait()
        connection = nil
    }

    private func openedConnection() throws(StoreError) -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        // A screen re-reads twice a second while the server is away; it hears the last
        // failure again for a second instead of waiting on the network every time.
        if let (error, at) = lastFailure, Date().timeIntervalSince(at) < 1 { throw error }
        let opened: PostgresConnection
        do {
            opened = try Self.connect(address, id: nextID, logger: logger)
            lastFailure = nil
        } catch {
            lastFailure = (error, Date())
            throw error
        }
        nextID += 1
        do {
            for query in setUp { _ = try AnswerWait.answer(opened.query(query, logger: logger), on: opened) }
        } catch {
            try? opened.close().wait()
            throw translate(error)
        }
        connection = opened
        return opened
    }

    /// Opens one connection to `address`.
    static func connect(_ address: PostgresAddress, id: Int, logger: Logger) throws(StoreError) -> PostgresConnection {
        do {
            return try connecting(address, id: id, logger: logger).wait()
        } catch {
            throw translate(error, address: address)
        }
    }

    /// Starts opening one connection to `address`, without waiting for it.
    static func connecting(_ address: PostgresAddress, id: Int, logger: Logger) -> EventLoopFuture<PostgresConnection> {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        var configuration: PostgresConnection.Configuration
        switch address.endpoint {
        case .tcp(let host, let port):
            let tls: PostgresConnection.Configuration.TLS
            do {
                tls = try tlsSetting(address.tls, roots: address.rootCertificates)
            } catch {
                return loop.makeFailedFuture(StoreError.badAddress(database: address.shown, reason: "TLS cannot be set up (\(error))"))
            }
            configuration = .init(host: host, port: port, username: address.user, password: address.password, database: address.database, tls: tls)
        case .socket:
            configuration = .init(unixSocketPath: address.endpoint.socketPath!, username: address.user, password: address.password, database: address.database)
        }
        configuration.options.connectTimeout = .seconds(Int64(address.connectTimeoutSeconds))
        return PostgresConnection.connect(on: loop, configuration: configuration, id: id, logger: logger)
    }

    static func tlsSetting(_ mode: PostgresAddress.TLSMode, roots: String?) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable, .allow: return .disable
        case .prefer, .require:
            // libpq's require encrypts without checking whose certificate it is.
            var client = TLSConfiguration.makeClientConfiguration()
            client.certificateVerification = .none
            let context = try NIOSSLContext(configuration: client)
            return mode == .prefer ? .prefer(context) : .require(context)
        case .verifyCA, .verifyFull:
            var client = TLSConfiguration.makeClientConfiguration()
            client.certificateVerification = mode == .verifyFull ? .fullVerification : .noHostnameVerification
            if let roots { client.trustRoots = .file(roots) }
            return .require(try NIOSSLContext(configuration: client))
        }
    }

    func translate(_ error: any Error) -> StoreError {
        Self.translate(error, address: address)
    }

    /// A driver's or server's failure as the contract's `StoreError`, in terms a person can act on.
    static func translate(_ error: any Error, address: PostgresAddress) -> StoreError {
        if let error = error as? StoreError { return error }
        let shown = address.shown
        if error is ConnectionGone { return .connectionLost(database: shown) }
        guard let error = error as? PSQLError else {
            // Only the network's own failures mean the server is out of reach; anything else
            // (a bug, a refusal carried out of a transaction) is reported as it is.
            guard error is IOError || error is ChannelError || error is NIOConnectionError else {
                return .failed(database: shown, message: String(describing: error))
            }
            let text = String(describing: error)
            if text.contains("connectTimeout") || text.contains("timed out") || text.contains("Timeout") {
                return .unreachable(database: shown, reason: "no answer within \(address.connectTimeoutSeconds) s")
            }
            return .unreachable(database: shown, reason: reachability(text))
        }
        if let state = error.serverInfo?[.sqlState] {
            let message = error.serverInfo?[.message] ?? state
            switch state {
            case "28P01", "28000": return .authenticationFailed(database: shown, user: address.user)
            case "3D000": return .missingDatabase(database: shown)
            case "42501": return .notPermitted(database: shown, user: address.user, what: message)
            case "53100": return .diskFull(database: shown)
            // A standby, or a primary demoted by a fail-over: reads work, writes do not.
            case "25006": return .readOnly(database: shown)
            case "57P01", "57P02", "57P03": return .connectionLost(database: shown)
            case "55P03": return .locked(database: shown, waitedMilliseconds: 0)
            default: return .failed(database: shown, message: message)
            }
        }
        switch error.code {
        case .authMechanismRequiresPassword:
            return .authenticationFailed(database: shown, user: address.user)
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return .connectionLost(database: shown)
        case .connectionError:
            if let tls = error.underlying as? NIOSSLError {
                return .unreachable(database: shown, reason: handshake(tls, address: address))
            }
            return .unreachable(database: shown, reason: reachability(String(describing: error.underlying ?? error)))
        case .sslUnsupported:
            return .unreachable(database: shown, reason: "the server does not offer TLS, and sslmode asks for it")
        case .failedToAddSSLHandler:
            return .unreachable(database: shown, reason: "TLS could not be set up on the connection")
        default:
            return .failed(database: shown, message: String(describing: error.code))
        }
    }

    /// A failed TLS handshake in a few words, with what to do about a certificate not trusted.
    static func handshake(_ error: NIOSSLError, address: PostgresAddress) -> String {
        let text = String(describing: error)
        if text.contains("CERTIFICATE_VERIFY_FAILED") || text.contains("certificate") || text.contains("CERTIFICAT") {
            return "the server's TLS certificate is not trusted for \(address.endpoint.hostName)"
                + (address.rootCertificates == nil ? " (name its authority with sslrootcert=FILE or PGSSLROOTCERT)" : " by \(address.rootCertificates!)")
        }
        return "the TLS handshake failed"
    }

    /// The network failure in a few words.
    static func reachability(_ text: String) -> String {
        if text.contains("refused") || text.contains("ECONNREFUSED") { return "connection refused" }
        if text.contains("No such file") || text.contains("ENOENT") { return "no server socket there" }
        if text.contains("resolve") || text.contains("NXDOMAIN") || text.contains("unknown host") { return "the host name is unknown" }
        if text.contains("unreachable") { return "no route to the host" }
        if text.contains("timed out") || text.contains("Timeout") { return "no answer in time" }
        return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }
}

/// The connection while one call or transaction holds it.
struct PostgresSession {
    let connection: PostgresConnection
    let link: PostgresLink

    /// Hands `body` every row of `sql` through a server-side cursor named `cursor`, fetched a few
    /// thousand rows at a time (a plain query hands over all its rows at once), inside the
    /// caller's transaction. The text stands behind the cursor as written: a cursor takes no
    /// parameters. A cursor is planned to hand over its first rows fast, which for an ORDER BY
    /// can be a walk of a whole table by its key (35 ms of a day's dump at a million contacts);
    /// every row of it is read, so it is planned for all of them.
    func forEachRow(ofCursor cursor: String, sql: String, _ body: (PostgresRow) throws -> Void) throws {
        try execute("SET LOCAL cursor_tuple_fraction = 1.0")
        try execute(PostgresQuery(unsafeSQL: "DECLARE \(cursor) NO SCROLL CURSOR FOR " + sql))
        while true {
            let rows = try query(PostgresQuery(unsafeSQL: "FETCH \(Self.rowsPerFetch) FROM \(cursor)"))
            for row in rows { try body(row) }
            if rows.count < Self.rowsPerFetch { break }
        }
        try execute(PostgresQuery(unsafeSQL: "CLOSE \(cursor)"))
    }

    static let rowsPerFetch = 5_000

    /// Runs `query` and returns every row.
    @discardableResult
    func query(_ query: PostgresQuery) throws -> [PostgresRow] {
        Array(try AnswerWait.answer(connection.query(query, logger: link.logger), on: connection).rows)
    }

    /// Runs `query` and returns how many rows it changed.
    @discardableResult
    func execute(_ query: PostgresQuery) throws -> Int {
        try AnswerWait.answer(connection.query(query, logger: link.logger), on: connection).metadata.rows ?? 0
    }

    /// The first column of the first row, or nil when there is no row.
    func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) throws -> T? {
        guard let row = try self.query(query).first else { return nil }
        return try row.decode(T.self)
    }
}

extension PostgresSession {
    /// Runs a script of several statements, one by one: the driver speaks PostgreSQL's extended
    /// protocol, which takes one statement per query.
    func executeScript(_ script: String) throws {
        for statement in Self.statements(in: script) {
            try execute(PostgresQuery(unsafeSQL: statement))
        }
    }

    /// `script` cut at each `;` outside quotes, dollar-quoted bodies and comments.
    static func statements(in script: String) -> [String] {
        var statements: [String] = [], current = ""
        var characters = Array(script)[...]
        var inQuote = false, dollarTag: String?
        while let character = characters.first {
            characters = characters.dropFirst()
            if let tag = dollarTag {
                current.append(character)
                if character == "$", current.hasSuffix(tag) { dollarTag = nil }
                continue
            }
            if inQuote {
                current.append(character)
                if character == "'" { inQuote = false }
                continue
            }
            switch character {
            case "'":
                inQuote = true
                current.append(character)
            case "$":
                // $$ or $tag$ opens a dollar-quoted body.
                if let end = characters.firstIndex(of: "$"), characters[characters.startIndex..<end].allSatisfy({ $0.isLetter || $0 == "_" }) {
                    let tag = "$" + String(characters[characters.startIndex..<end]) + "$"
                    current += tag
                    characters = characters[characters.index(after: end)...]
                    dollarTag = tag
                } else {
                    current.append(character)
                }
            case "-" where characters.first == "-":
                while let next = characters.first, next != "\n" { characters = characters.dropFirst() }
            case ";":
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { statements.append(statement) }
                current = ""
            default:
                current.append(character)
            }
        }
        let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !statement.isEmpty { statements.append(statement) }
        return statements
    }
}
