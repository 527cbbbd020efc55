import Foundation
import ServicecenterConfigFiles
import ServicecenterCore
import Testing

@Suite("Locations: the database setting")
struct DatabaseSettingTests {
    let config = URL(fileURLWithPath: "/srv/sc/config")

    @Test("sqlite:PATH is a file like a bare path, made absolute where a bare path would be")
    func sqlitePrefix() {
        let locations = Locations(environment: ["HOME": "/home/anna"], currentDirectory: "/tmp")
        #expect(locations.database(flag: "sqlite:x.sqlite", configured: nil, configDirectory: config) == .sqlite(path: "/tmp/x.sqlite"))
        #expect(locations.database(flag: nil, configured: "sqlite:data/y.sqlite", configDirectory: config)
            == .sqlite(path: "/srv/sc/config/data/y.sqlite"))
        #expect(locations.databasePath(flag: "sqlite:~/z.sqlite", configured: nil, configDirectory: config) == "/home/anna/z.sqlite")
    }

    @Test("A server's address is kept as written from the flag, the variable and the configuration alike")
    func serverAddress() {
        let uri = "postgresql://sc:hemligt@db.example/servicecenter"
        let fromVariable = Locations(environment: ["SERVICECENTER_DATABASE": uri, "HOME": "/home/anna"], currentDirectory: "/tmp")
        #expect(fromVariable.database(flag: nil, configured: nil, configDirectory: config) == .postgreSQL(uri: uri))
        let plain = Locations(environment: ["HOME": "/home/anna"], currentDirectory: "/tmp")
        #expect(plain.database(flag: uri, configured: nil, configDirectory: config) == .postgreSQL(uri: uri))
        #expect(plain.database(flag: nil, configured: "postgres://db.example/sc", configDirectory: config) == .postgreSQL(uri: "postgres://db.example/sc"))
        // The path messages use never holds the password.
        #expect(plain.databasePath(flag: uri, configured: nil, configDirectory: config) == "postgresql://sc:***@db.example/servicecenter")
    }

    @Test("A privileged run refuses a flag naming a server the configuration does not name")
    func privilegedServer() {
        let privileged = Locations(environment: ["HOME": "/root"], currentDirectory: "/tmp", privileged: true)
        let path = privileged.databasePath(flag: "postgresql://evil/sc", configured: "/srv/sc/sc.sqlite", configDirectory: config)
        #expect(path == "/srv/sc/sc.sqlite")
        #expect(privileged.refusedChoices(configFlag: nil, databaseFlag: "postgresql://evil/sc", databasePath: path) == ["--database"])
        #expect(privileged.refusedChoices(configFlag: nil, databaseFlag: "sqlite:/srv/sc/sc.sqlite", databasePath: path).isEmpty)
    }
}
