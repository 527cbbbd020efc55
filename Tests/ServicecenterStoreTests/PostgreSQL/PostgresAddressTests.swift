import Foundation
import ServicecenterPostgres
import Testing

/// The server's address read as libpq reads it: the URL first, then the `PG*` variables, then
/// the defaults; the password from the URL, `PGPASSWORD` or the password file, never shown.
@Suite("PostgreSQL addresses")
struct PostgresAddressTests {
    func parse(_ uri: String, _ environment: [String: String] = [:], login: String = "anna") throws(PostgresAddress.Refusal) -> PostgresAddress {
        try PostgresAddress.parse(uri, environment: environment, loginName: login)
    }

    @Test("A whole URL: host, port, user, password, database, sslmode, connect_timeout")
    func wholeURL() throws {
        let address = try parse("postgresql://sc:hemligt@db.example:6543/site?sslmode=verify-full&connect_timeout=4")
        #expect(address.endpoint == .tcp(host: "db.example", port: 6543))
        #expect(address.user == "sc" && address.password == "hemligt" && address.database == "site")
        #expect(address.tls == .verifyFull && address.connectTimeoutSeconds == 4)
        #expect(address.shown == "postgresql://sc:***@db.example:6543/site?sslmode=verify-full&connect_timeout=4")
    }

    @Test("postgres:// too; percent-encoded parts; an IPv6 host in brackets")
    func forms() throws {
        let encoded = try parse("postgres://s%C3%A5ra:p%40ss%3Aord@[::1]:5433/my%20site")
        #expect(encoded.endpoint == .tcp(host: "::1", port: 5433))
        #expect(encoded.user == "såra" && encoded.password == "p@ss:ord" && encoded.database == "my site")
        #expect(!encoded.shown.contains("p%40ss") && !encoded.shown.contains("p@ss"))
        let bare = try parse("postgresql://[::1]/x")
        #expect(bare.endpoint == .tcp(host: "::1", port: 5432))
    }

    @Test("Nothing in the URL: the local socket, the login name as user and database, sslmode prefer")
    func defaults() throws {
        let address = try parse("postgresql://", login: "erik")
        #expect(address.endpoint == .socket(folder: "/var/run/postgresql", port: 5432))
        #expect(address.endpoint.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
        #expect(address.user == "erik" && address.database == "erik" && address.password == nil)
        #expect(address.tls == .prefer && address.connectTimeoutSeconds == 10)
    }

    @Test("A socket folder as host, in the URL or as ?host=")
    func socket() throws {
        #expect(try parse("postgresql:///site?host=/run/pg&port=5544").endpoint == .socket(folder: "/run/pg", port: 5544))
        #expect(try parse("postgresql://%2Frun%2Fpg/site").endpoint == .socket(folder: "/run/pg", port: 5432))
    }

    @Test("PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE, PGCONNECT_TIMEOUT fill what the URL leaves out, and only that")
    func variables() throws {
        let environment = [
            "PGHOST": "pg.example", "PGPORT": "5499", "PGUSER": "maria", "PGDATABASE": "sc", "PGSSLMODE": "require",
            "PGCONNECT_TIMEOUT": "7",
        ]
        let filled = try parse("postgresql://", environment)
        #expect(filled.endpoint == .tcp(host: "pg.example", port: 5499))
        #expect(filled.user == "maria" && filled.database == "sc" && filled.tls == .require && filled.connectTimeoutSeconds == 7)
        let named = try parse("postgresql://anna@other:5432/site?sslmode=disable", environment)
        #expect(named.endpoint == .tcp(host: "other", port: 5432))
        #expect(named.user == "anna" && named.database == "site" && named.tls == .disable)
    }

    @Test("The password: the URL's first, then PGPASSWORD; never in shown")
    func passwordSources() throws {
        #expect(try parse("postgresql://sc@db/x", ["PGPASSWORD": "från-miljön"]).password == "från-miljön")
        #expect(try parse("postgresql://sc:url@db/x", ["PGPASSWORD": "från-miljön"]).password == "url")
        let parameter = try parse("postgresql://sc@db/x?password=hemligt")
        #expect(parameter.password == "hemligt")
        #expect(!parameter.shown.contains("hemligt") && parameter.shown.contains("password=***"), "\(parameter.shown)")
        let environment = try parse("postgresql://sc@db/x", ["PGPASSWORD": "hemligt"])
        #expect(!environment.shown.contains("hemligt"))
    }

    @Test("~/.pgpass (0600): the first matching line, * as a wildcard, \\: escaped; ignored when others can read it (0644)")
    func passwordFile() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent(".pgpass").path
        try """
            # host:port:database:user:password
            db.example:5432:site:sc:första
            db.example:*:*:sc:andra\\:med\\\\kolon
            localhost:5432:*:erik:via-uttaget
            *:*:*:*:sista

            """.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let environment = ["HOME": home.path]
        #expect(try parse("postgresql://sc@db.example/site", environment).password == "första")
        #expect(try parse("postgresql://sc@db.example:6000/other", environment).password == "andra:med\\kolon")
        // A socket connection is "localhost" to the password file, as to libpq.
        #expect(try parse("postgresql:///sc?host=/run/pg", environment, login: "erik").password == "via-uttaget")
        #expect(try parse("postgresql://maria@elsewhere/x", environment).password == "sista")
        // The URL's password wins over the file's.
        #expect(try parse("postgresql://sc:given@db.example/site", environment).password == "given")
        // PGPASSFILE names another file.
        let other = home.appendingPathComponent("other-pass").path
        try "*:*:*:*:annan\n".write(toFile: other, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: other)
        #expect(try parse("postgresql://sc@db.example/site", ["HOME": home.path, "PGPASSFILE": other]).password == "annan")

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(try parse("postgresql://sc@db.example/site", environment).password == nil)
        #expect(!(try parse("postgresql://sc@db.example/site", environment).shown.contains("första")))
    }

    @Test("Refused, with a reason: a port outside 1–65535, an unknown sslmode, several hosts, a bad parameter, a bad timeout")
    func refusals() throws {
        for (uri, reason) in [
            ("postgresql://db:0/x", "not a number from 1 to 65535"),
            ("postgresql://db:99999/x", "not a number from 1 to 65535"),
            ("postgresql://db:port/x", "not a number from 1 to 65535"),
            ("postgresql://db/x?sslmode=sometimes", "sslmode \"sometimes\""),
            ("postgresql://a,b/x", "several hosts"),
            ("postgresql://db/x?novalue", "is not key=value"),
            ("postgresql://db/x?connect_timeout=soon", "connect_timeout"),
            ("postgresql://[::1/x", "no closing ]"),
        ] {
            #expect(throws: PostgresAddress.Refusal.self, "\(uri)") { try parse(uri) }
            do {
                _ = try parse(uri)
            } catch {
                #expect(error.reason.contains(reason), "\(uri): \(error.reason)")
            }
        }
        #expect(throws: PostgresAddress.Refusal.self) { try parse("postgresql://db/x", ["PGPORT": "none"]) }
    }

    @Test("A parameter libpq would refuse, or that servicecenter does not read, is refused, not silently ignored")
    func unknownParameter() {
        #expect(throws: PostgresAddress.Refusal.self) { try parse("postgresql://db.example/site?foo=bar") }
        #expect(throws: PostgresAddress.Refusal.self) { try parse("postgresql://db.example/site?sslcert=/x.pem") }
        #expect((try? parse("postgresql://db.example/site?application_name=desk")) != nil)
    }

    @Test("The authority to trust for verify-full: sslrootcert, else PGSSLROOTCERT; a file that cannot be read is refused")
    func rootCertificates() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ca-\(UUID().uuidString).pem").path
        try "-----BEGIN CERTIFICATE-----\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try parse("postgresql://db.example/site?sslmode=verify-full&sslrootcert=\(file)").rootCertificates == file)
        #expect(try parse("postgresql://db.example/site?sslmode=verify-full", ["PGSSLROOTCERT": file]).rootCertificates == file)
        #expect(try parse("postgresql://db.example/site").rootCertificates == nil)
        #expect(throws: PostgresAddress.Refusal.self) { try parse("postgresql://db.example/site?sslrootcert=/nonexistent/ca.pem") }
    }
}
