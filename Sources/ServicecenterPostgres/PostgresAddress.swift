import Foundation
import ServicecenterCore

/// Where a PostgreSQL database is and who connects to it, read as libpq reads it: the
/// `postgresql://` address first, then `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`,
/// `PGSSLMODE`, then the defaults (the local socket, the login name). The password comes from
/// the address, `PGPASSWORD` or the password file (`PGPASSFILE`, else `~/.pgpass`), so a site
/// can keep it off every command line and out of every log: `shown` never holds it.
public struct PostgresAddress: Sendable, Equatable {
    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// A Unix-domain socket: the folder (libpq's `host=/var/run/postgresql`) and the port
        /// in its file name (`.s.PGSQL.5432`). Peer authentication works only here.
        case socket(folder: String, port: Int)

        /// The host as a person names it (the socket's folder for a local connection).
        public var hostName: String {
            switch self {
            case .tcp(let host, _): host
            case .socket(let folder, _): folder
            }
        }

        public var socketPath: String? {
            guard case .socket(let folder, let port) = self else { return nil }
            return folder + "/.s.PGSQL.\(port)"
        }
    }

    /// libpq's `sslmode`: what the connection asks of TLS.
    public enum TLSMode: String, Sendable, Equatable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var endpoint: Endpoint
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode
    /// The certificate authorities to trust for `verify-ca`/`verify-full` (libpq's
    /// `sslrootcert`, `PGSSLROOTCERT`); the system's when nil.
    public var rootCertificates: String?
    /// The address as a person may see it (no password).
    public var shown: String
    /// Seconds to wait for the server to answer a connection.
    public var connectTimeoutSeconds: Int

    /// Why an address cannot be used, in words for `StoreError.badAddress`.
    public struct Refusal: Error, Equatable {
        public var reason: String
    }

    /// Reads `uri` with `environment` (normally the process's) and `loginName` (the user when
    /// nothing names one). `passwordFile` overrides where `~/.pgpass` is looked for.
    public static func parse(
        _ uri: String, environment: [String: String] = ProcessInfo.processInfo.environment, loginName: String
    ) throws(Refusal) -> PostgresAddress {
        let shown = DatabaseLocation.postgreSQL(uri: uri).shown
        guard let schemeEnd = uri.range(of: "://") else { throw Refusal(reason: "it does not start with postgresql://") }
        var rest = Substring(uri[schemeEnd.upperBound...])
        // Parameters after "?", as key=value pairs.
        var parameters: [String: String] = [:]
        if let question = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") where !pair.isEmpty {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, let key = decode(parts[0]), let value = decode(parts[1]) else {
                    throw Refusal(reason: "the parameter \"\(pair.prefix(40))\" is not key=value")
                }
                let name = key.lowercased()
                // libpq refuses a parameter it does not know; so does this, rather than
                // ignore a setting the administrator believes is in force.
                guard knownParameters.contains(name) else {
                    throw Refusal(reason: "the parameter \"\(name.prefix(40))\" is not one servicecenter reads (\(knownParameters.sorted().joined(separator: ", ")))")
                }
                parameters[name] = value
            }
            rest = rest[..<question]
        }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var user: String?, password: String?
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                user = decode(userInfo[..<colon])
                password = decode(userInfo[userInfo.index(after: colon)...])
            } else {
                user = decode(userInfo)
            }
            rest = rest[rest.index(after: at)...]
        }
        var host: String?, port: String?
        if rest.hasPrefix("[") {
            // An IPv6 literal: [::1]:5432
            guard let close = rest.firstIndex(of: "]") else { throw Refusal(reason: "the host [\(rest.dropFirst()) has no closing ]") }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") { port = String(after.dropFirst()) }
        } else if let colon = rest.lastIndex(of: ":") {
            host = decode(rest[..<colon])
            port = String(rest[rest.index(after: colon)...])
        } else if !rest.isEmpty {
            host = decode(rest)
        }
        if host?.contains(",") == true {
            throw Refusal(reason: "several hosts are not supported; name the primary (or a proxy in front of it)")
        }
        if let value = parameters["host"] { host = value }
        if let value = parameters["port"] { port = value }
        if let value = parameters["user"] { user = value }
        if let value = parameters["password"] { password = value }
        if let value = parameters["dbname"] { path = Substring(value) }
        host = nonEmpty(host) ?? nonEmpty(environment["PGHOST"])
        port = nonEmpty(port) ?? nonEmpty(environment["PGPORT"])
        let userName = nonEmpty(user) ?? nonEmpty(environment["PGUSER"]) ?? loginName
        let database = nonEmpty(decode(path)) ?? nonEmpty(environment["PGDATABASE"]) ?? userName
        let portNumber: Int
        if let port {
            guard let number = Int(port), (1...65_535).contains(number) else {
                throw Refusal(reason: "the port \"\(port.prefix(20))\" is not a number from 1 to 65535")
            }
            portNumber = number
        } else {
            portNumber = 5432
        }
        let endpoint: Endpoint
        let hostName = host ?? "/var/run/postgresql"
        if hostName.hasPrefix("/") {
            endpoint = .socket(folder: hostName, port: portNumber)
        } else {
            endpoint = .tcp(host: hostName, port: portNumber)
        }
        let modeText = parameters["sslmode"] ?? nonEmpty(environment["PGSSLMODE"]) ?? "prefer"
        guard let mode = TLSMode(rawValue: modeText) else {
            throw Refusal(reason: "sslmode \"\(modeText.prefix(20))\" is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var timeout = 10
        if let text = parameters["connect_timeout"] ?? nonEmpty(environment["PGCONNECT_TIMEOUT"]) {
            guard let seconds = Int(text), seconds >= 0 else {
                throw Refusal(reason: "connect_timeout \"\(text.prefix(20))\" is not a whole number of seconds")
            }
            timeout = seconds == 0 ? 10 : max(seconds, 2)
        }
        let secret = nonEmpty(password) ?? nonEmpty(environment["PGPASSWORD"])
            ?? PasswordFile(environment: environment)?.password(endpoint: endpoint, database: database, user: userName)
        let roots = parameters["sslrootcert"] ?? nonEmpty(environment["PGSSLROOTCERT"])
        if let roots, !FileManager.default.isReadableFile(atPath: roots) {
            throw Refusal(reason: "sslrootcert \(roots.prefix(200)) cannot be read")
        }
        return PostgresAddress(
            endpoint: endpoint, user: userName, password: secret, database: database, tls: mode, rootCertificates: roots,
            shown: shown, connectTimeoutSeconds: timeout)
    }

    /// The address parameters read (as libpq names them); any other is refused.
    static let knownParameters: Set<String> = [
        "host", "port", "user", "password", "dbname", "sslmode", "sslrootcert", "connect_timeout", "application_name",
    ]

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    static func decode(_ text: Substring) -> String? {
        String(text).removingPercentEncoding
    }
}

/// The password file (`~/.pgpass` or `PGPASSFILE`): lines `host:port:database:user:password`,
/// `*` matching anything, `\:` and `\\` escaped. Ignored, as libpq does, when others can read it.
struct PasswordFile {
    let lines: [[String]]

    init?(environment: [String: String]) {
        let path = PostgresAddress.nonEmpty(environment["PGPASSFILE"])
            ?? PostgresAddress.nonEmpty(environment["HOME"]).map { $0 + "/.pgpass" }
        guard let path, let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(Self.fields)
    }

    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = [], field = "", escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }

    func password(endpoint: PostgresAddress.Endpoint, database: String, user: String) -> String? {
        let host: String, port: Int
        switch endpoint {
        case .tcp(let name, let number): (host, port) = (name, number)
        // libpq matches a socket connection with "localhost".
        case .socket(_, let number): (host, port) = ("localhost", number)
        }
        let wanted = [host, String(port), database, user]
        for fields in lines where fields.count >= 5 {
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) {
                return fields[4...].joined(separator: ":")
            }
        }
        return nil
    }
}
