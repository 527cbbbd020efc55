import Foundation
import ServicecenterCore

/// Where the configuration and the database live when nobody says: the embedded default
/// works with no setup, and flags or environment variables override it.
///
/// Installed setgid (or setuid), the program runs with a group the caller does not have, and
/// the caller chooses its flags, environment and current folder: a configuration of their
/// own would name them admin and open the group's database to them. So a privileged run reads
/// the configuration only from `/etc/servicecenter` and the database only from where that
/// configuration says, and the command refuses flags or variables that point elsewhere.
public struct Locations: Sendable {
    public var environment: [String: String]
    public var currentDirectory: String
    public var home: String
    /// Whether the program runs with another group or user than the caller's (setgid/setuid).
    public var privileged: Bool

    /// The configuration folder of a system install, and the only one a privileged run reads.
    public static let systemConfigDirectory = URL(fileURLWithPath: "/etc/servicecenter")
    /// The database of a privileged run whose configuration names none.
    public static let systemDatabase = "/var/lib/servicecenter/servicecenter.sqlite"

    /// Whether this process runs setgid or setuid for someone else.
    public static var runsPrivileged: Bool { getegid() != getgid() || geteuid() != getuid() }

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        home: String = NSHomeDirectory(),
        privileged: Bool = Locations.runsPrivileged
    ) {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home
        self.privileged = privileged
    }

    /// `--config DIR`, else `SERVICECENTER_CONFIG`, else `./Config` when present,
    /// else `$XDG_CONFIG_HOME/servicecenter` when present, else `/etc/servicecenter`.
    /// A privileged run: `/etc/servicecenter` only.
    public func configDirectory(flag: String?) -> URL {
        if privileged { return Self.systemConfigDirectory }
        if let flag = nonEmpty(flag) { return absolute(flag) }
        if let variable = nonEmpty(environment["SERVICECENTER_CONFIG"]) { return absolute(variable) }
        let local = absolute("Config")
        if isDirectory(local) { return local }
        let xdg = nonEmpty(environment["XDG_CONFIG_HOME"]).map(absolute) ?? URL(fileURLWithPath: home).appendingPathComponent(".config")
        let user = xdg.appendingPathComponent("servicecenter")
        if isDirectory(user) { return user }
        return URL(fileURLWithPath: "/etc/servicecenter")
    }

    /// `--database PATH`, else `SERVICECENTER_DATABASE`, else `[site] database` (relative to the
    /// configuration directory), else `$XDG_DATA_HOME/servicecenter/servicecenter.sqlite`
    /// (fallback `~/.local/share/servicecenter/servicecenter.sqlite`). A privileged run: the
    /// configured database, else `/var/lib/servicecenter/servicecenter.sqlite`. Each may be
    /// a path, `sqlite:PATH` or a server's address (`DatabaseLocation`); a file's path comes back absolute.
    public func database(flag: String?, configured: String?, configDirectory: URL) -> DatabaseLocation {
        if privileged {
            guard let configured = nonEmpty(configured) else { return .sqlite(path: Self.systemDatabase) }
            return resolved(configured, configDirectory: configDirectory)
        }
        if let flag = nonEmpty(flag) { return resolved(flag) }
        if let variable = nonEmpty(environment["SERVICECENTER_DATABASE"]) { return resolved(variable) }
        if let configured = nonEmpty(configured) { return resolved(configured, configDirectory: configDirectory) }
        let data = nonEmpty(environment["XDG_DATA_HOME"]).map(absolute)
            ?? URL(fileURLWithPath: home).appendingPathComponent(".local/share")
        return .sqlite(path: data.appendingPathComponent("servicecenter/servicecenter.sqlite").path)
    }

    /// The database as `database(flag:configured:configDirectory:)` finds it, as a path (a
    /// server's address without its password).
    public func databasePath(flag: String?, configured: String?, configDirectory: URL) -> String {
        database(flag: flag, configured: configured, configDirectory: configDirectory).shown
    }

    /// `setting` as a location, a file's path made absolute: against the configuration directory
    /// for `[site] database`, else against the current folder.
    func resolved(_ setting: String, configDirectory: URL? = nil) -> DatabaseLocation {
        guard case .sqlite(let path) = DatabaseLocation(setting: setting) else { return DatabaseLocation(setting: setting) }
        guard let configDirectory else { return .sqlite(path: absolute(path).path) }
        return .sqlite(path: path.hasPrefix("/") ? path : configDirectory.appendingPathComponent(path).path)
    }

    /// The flags and variables a privileged run does not take because they point somewhere
    /// other than the system install: `--config`, `SERVICECENTER_CONFIG`, `--database`,
    /// `SERVICECENTER_DATABASE`. Empty when not privileged, or when they name the same places.
    /// Without `databasePath` (before the configuration is read) only the configuration's.
    public func refusedChoices(configFlag: String?, databaseFlag: String? = nil, databasePath: String? = nil) -> [String] {
        guard privileged else { return [] }
        let config = Self.systemConfigDirectory.standardizedFileURL.path
        var refused: [String] = []
        if let flag = nonEmpty(configFlag), absolute(flag).path != config { refused.append("--config") }
        if let variable = nonEmpty(environment["SERVICECENTER_CONFIG"]), absolute(variable).path != config {
            refused.append("SERVICECENTER_CONFIG")
        }
        guard let databasePath else { return refused }
        if let flag = nonEmpty(databaseFlag), resolved(flag).shown != databasePath { refused.append("--database") }
        if let variable = nonEmpty(environment["SERVICECENTER_DATABASE"]), resolved(variable).shown != databasePath {
            refused.append("SERVICECENTER_DATABASE")
        }
        return refused
    }

    func absolute(_ path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        if path == "~" || path.hasPrefix("~/") {
            return URL(fileURLWithPath: home + path.dropFirst()).standardizedFileURL
        }
        return URL(fileURLWithPath: currentDirectory).appendingPathComponent(path).standardizedFileURL
    }

    func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
