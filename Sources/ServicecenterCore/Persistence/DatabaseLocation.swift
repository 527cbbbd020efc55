import Foundation

/// Where the data lives, as the database setting names it (`--database`, `$SERVICECENTER_DATABASE`,
/// `[site] database`): which backend, and what that backend opens. Read once, so the choice of
/// backend is made in one place and every command agrees on it.
public enum DatabaseLocation: Hashable, Sendable {
    /// An SQLite file: a path as written (perhaps relative, or `~/…`), with or without `sqlite:`.
    case sqlite(path: String)
    /// A PostgreSQL server, by its connection URI (`postgresql://…` or `postgres://…`).
    case postgreSQL(uri: String)

    /// The location a setting names. Only a `postgresql://` or `postgres://` address (any case)
    /// names a server: anything else is a file, so a folder called `postgres` stays a folder.
    public init(setting: String) {
        let lowered = setting.lowercased()
        if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") {
            self = .postgreSQL(uri: setting)
        } else if lowered.hasPrefix("sqlite:") {
            self = .sqlite(path: String(setting.dropFirst("sqlite:".count)))
        } else {
            self = .sqlite(path: setting)
        }
    }

    /// Whether this names a database server rather than a file.
    public var isServer: Bool {
        if case .postgreSQL = self { return true }
        return false
    }

    /// The location as a person may see it in a message or a log: a server's address with its
    /// password replaced by `***`, in the user part and in a `password=` parameter alike.
    public var shown: String {
        switch self {
        case .sqlite(let path): return path
        case .postgreSQL(let uri): return Self.withoutPassword(uri)
        }
    }

    /// `uri` with any password hidden. Written by hand rather than with `URLComponents`, which
    /// refuses some addresses libpq takes (several hosts, `[::1]:5432,host2`) and would then
    /// show the whole address, password and all.
    static func withoutPassword(_ uri: String) -> String {
        guard let schemeEnd = uri.range(of: "://") else { return uri }
        var rest = Substring(uri[schemeEnd.upperBound...])
        var shown = String(uri[..<schemeEnd.upperBound])
        // The user part ends at the last "@" before the path, so a password holding "@" stays hidden.
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        if let at = rest[..<authorityEnd].lastIndex(of: "@") {
            let user = rest[..<at]
            if let colon = user.firstIndex(of: ":") {
                shown += user[..<colon] + ":***"
            } else {
                shown += user
            }
            shown += "@"
            rest = rest[rest.index(after: at)...]
        }
        guard let query = rest.firstIndex(of: "?") else { return shown + rest }
        shown += rest[...query]
        let parameters = rest[rest.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false).map { parameter in
            parameter.lowercased().hasPrefix("password=") ? parameter.prefix("password=".count) + "***" : parameter
        }
        return shown + parameters.joined(separator: "&")
    }
}
