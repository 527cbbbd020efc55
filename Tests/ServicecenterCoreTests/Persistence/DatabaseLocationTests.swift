import ServicecenterCore
import Testing

@Suite("DatabaseLocation")
struct DatabaseLocationTests {
    @Test("A path, or sqlite:PATH, names an SQLite file", arguments: [
        ("servicecenter.sqlite", "servicecenter.sqlite"),
        ("/srv/sc/db.sqlite", "/srv/sc/db.sqlite"),
        ("sqlite:/srv/sc/db.sqlite", "/srv/sc/db.sqlite"),
        ("SQLite:data/db.sqlite", "data/db.sqlite"),
        // A folder called postgres is a folder, not a server.
        ("postgres/db.sqlite", "postgres/db.sqlite"),
        ("postgresql:db.sqlite", "postgresql:db.sqlite"),
    ])
    func sqlite(setting: String, path: String) {
        #expect(DatabaseLocation(setting: setting) == .sqlite(path: path))
        #expect(DatabaseLocation(setting: setting).shown == path)
    }

    @Test("postgresql:// and postgres:// name a server, whatever their case", arguments: [
        "postgresql://sc@db.example/servicecenter", "postgres://db.example/servicecenter", "PostgreSQL://db.example:5433/sc",
    ])
    func server(setting: String) {
        #expect(DatabaseLocation(setting: setting) == .postgreSQL(uri: setting))
    }

    @Test("A server's password is never shown, in the user part or as a parameter", arguments: [
        ("postgresql://sc:hemligt@db.example/servicecenter", "postgresql://sc:***@db.example/servicecenter"),
        ("postgres://sc:p@ss:w@rd@db.example:5432/sc?sslmode=require", "postgres://sc:***@db.example:5432/sc?sslmode=require"),
        ("postgresql://db.example/sc?user=sc&password=hemligt&sslmode=require", "postgresql://db.example/sc?user=sc&password=***&sslmode=require"),
        ("postgresql://sc@db.example/sc", "postgresql://sc@db.example/sc"),
        ("postgresql:///sc?host=/var/run/postgresql&PASSWORD=x", "postgresql:///sc?host=/var/run/postgresql&PASSWORD=***"),
    ])
    func passwordHidden(setting: String, shown: String) {
        let location = DatabaseLocation(setting: setting)
        #expect(location.shown == shown)
        #expect(!location.shown.contains("hemligt"))
    }
}
