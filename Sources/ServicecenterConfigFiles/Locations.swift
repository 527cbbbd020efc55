import Foundation

/// Where the configuration and the database live when nobody says: the embedded default
/// works with no setup, and flags or environment variables override it.
public struct Locations: Sendable {
    public var environment: [String: String]
    public var currentDirectory: String
    public var home: String

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        home: String = NSHomeDirectory()
    ) {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home
    }

    /// `--config DIR`, else `SERVICECENTER_CONFIG`, else `./Config` when present,
    /// else `$XDG_CONFIG_HOME/servicecenter` when present, else `/etc/servicecenter`.
    public func configDirectory(flag: String?) -> URL {
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
    /// (fallback `~/.local/share/servicecenter/servicecenter.sqlite`).
    public func databasePath(flag: String?, configured: String?, configDirectory: URL) -> String {
        if let flag = nonEmpty(flag) { return absolute(flag).path }
        if let variable = nonEmpty(environment["SERVICECENTER_DATABASE"]) { return absolute(variable).path }
        if let configured = nonEmpty(configured) {
            return configured.hasPrefix("/") ? configured : configDirectory.appendingPathComponent(configured).path
        }
        let data = nonEmpty(environment["XDG_DATA_HOME"]).map(absolute)
            ?? URL(fileURLWithPath: home).appendingPathComponent(".local/share")
        return data.appendingPathComponent("servicecenter/servicecenter.sqlite").path
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
