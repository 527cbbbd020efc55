import Foundation
import Testing
import TestSupport

/// The PostgreSQL server restarts while a guide works (an update, a fail-over): the save made
/// while it is away fails on screen with the form kept, and the same save goes through once
/// it is back. A cluster of the test's own, since stopping the shared one would fail others.
@Suite("The desk through a server restart, end to end", .endsWhatItStarts, .serialized, .enabled(if: TestServer.admin != nil && Tmux.available, "needs SERVICECENTER_TEST_POSTGRES and tmux"))
struct ServerRestartTests {
    static let script = Sandbox.repository.appendingPathComponent("scripts/postgres-test-cluster").path

    @Test("Save while the server is down: an error on screen, the form kept; after the restart the same Enter saves it")
    func saveAcrossRestart() throws {
        var sandbox = try Sandbox()
        let folder = sandbox.root.appendingPathComponent("pg").path
        let started = try Spawn.run(Self.script, ["start", folder])
        try #require(started.status == 0, "\(started.stderr)")
        defer { _ = try? Spawn.run(Self.script, ["stop", folder]) }
        let admin = started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let hostAndPort = admin.components(separatedBy: "@")[1].components(separatedBy: "/")[0]
        sandbox.environment["SERVICECENTER_DATABASE"] = "postgresql://postgres@\(hostAndPort)/postgres"
        sandbox.environment["USER"] = "postgres"
        // The server's superuser is the guide here: trust authentication on a private cluster.
        let configuration = try sandbox.copyConfiguration()
        let operators = configuration.appendingPathComponent("operators.toml")
        try (String(contentsOf: operators, encoding: .utf8) + "\n[[operator]]\nuser = \"postgres\"\nname = \"Post Gres\"\nrole = \"guide\"\n")
            .write(to: operators, atomically: true, encoding: .utf8)

        let tmux = try sandbox.desk()
        defer { tmux.close() }
        #expect(try tmux.waitFor("Välj station och kanal").found)
        try tmux.keys("1")
        #expect(try tmux.waitFor("Börja skriva ett sökord").found)
        try tmux.type("byglov")
        #expect(try tmux.waitFor("▶ Bygglov").found)
        try tmux.keys("Enter")

        let paused = try Spawn.run(Self.script, ["pause", folder])
        try #require(paused.status == 0, "\(paused.stderr)")
        try tmux.keys("Enter")
        let refused = try tmux.waitUntil(seconds: 15) { $0.contains("går inte att nå") || $0.contains("bröts") }
        #expect(refused.found, "screen:\n\(refused.screen)")
        #expect(refused.screen.contains("Bygglov"), "the form is kept:\n\(refused.screen)")

        let resumed = try Spawn.run(Self.script, ["resume", folder])
        try #require(resumed.status == 0, "\(resumed.stderr)")
        Thread.sleep(forTimeInterval: 1.2)
        try tmux.keys("Enter")
        let saved = try tmux.waitFor("Kontakt 1 sparad.", seconds: 15)
        #expect(saved.found, "screen:\n\(saved.screen)")
        try tmux.keys("F10")
        #expect(try tmux.waitFor("EXIT=0").found)
    }
}
