import Foundation
import Testing

/// Several desks and kiosks as separate processes on one database, as two hosts would be on
/// one PostgreSQL server (and as two SSH sessions are on one SQLite file): nobody gets the
/// same ticket, one close of a hand-over wins and the other is told who, and a wallboard
/// follows another process's commit within a second or two.
@Suite("Several hosts on one database, end to end", .endsWhatItStarts)
struct CrossHostTests {
    /// Runs `count` commands at once, each `arguments(i)` as `user(i)`, and returns their outcomes.
    static func atOnce(
        _ sandbox: Sandbox, _ count: Int, user: @escaping @Sendable (Int) -> String, _ arguments: @escaping @Sendable (Int) -> [String]
    ) -> [Sandbox.Outcome?] {
        let lock = NSLock()
        nonisolated(unsafe) var outcomes = [Sandbox.Outcome?](repeating: nil, count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            var host = sandbox
            host.environment["USER"] = user(index)
            let outcome = try? host.run(arguments: arguments(index))
            lock.lock()
            outcomes[index] = outcome
            lock.unlock()
        }
        return outcomes
    }

    @Test("Kiosks taking tickets at once never get the same number", arguments: SiteBackend.available)
    func ticketRace(backend: SiteBackend) throws {
        let sandbox = try Sandbox.site(on: backend)
        let outcomes = Self.atOnce(sandbox, 16, user: { _ in "anna" }) { _ in ["queue", "take"] }
        let numbers = outcomes.compactMap { $0?.status == 0 ? $0?.stdout.split(separator: " ").first.map(String.init) : nil }
        #expect(numbers.count == 16, "\(outcomes.map { $0?.stderr ?? "?" })")
        #expect(Set(numbers).count == 16)
        #expect(Set(numbers) == Set((1...16).map { String(format: "B%03d", $0) }))
    }

    @Test("Desks on two hosts calling the next ticket at once call each ticket once", arguments: SiteBackend.available)
    func callRace(backend: SiteBackend) throws {
        let sandbox = try Sandbox.site(on: backend)
        for _ in 0..<12 { #expect(try sandbox.run("queue", "take").status == 0) }
        let people = ["anna", "erik", "sara", "johan"]
        let outcomes = Self.atOnce(sandbox, 12, user: { people[$0 % 4] }) { index in ["queue", "next", "--station", "Disk \(index % 4 + 1)"] }
        let called = outcomes.compactMap { $0?.status == 0 ? $0?.stdout.split(separator: " ").first.map(String.init) : nil }
        #expect(called.count == 12, "\(outcomes.map { $0?.stderr ?? "?" })")
        #expect(Set(called).count == 12)
        #expect(try sandbox.run("queue", "next").stdout.isEmpty == false)
    }

    @Test("Two supervisors closing one hand-over at once: one wins, the other is told who closed it", arguments: SiteBackend.available)
    func closeRace(backend: SiteBackend) throws {
        let sandbox = try Sandbox.site(on: backend)
        let logged = try sandbox.run(
            "log", "--channel", "phone", "--category", "avfall", "--resolution", "forwarded", "--reason", "needs_case_officer",
            "--matter", "Medborgaren vill ha besked", "--started", "2026-11-20T09:55:00+01:00", "--ended", "2026-11-20T10:00:00+01:00")
        #expect(logged.status == 0, "\(logged.stderr)")
        let people = ["maria", "admin"]
        let outcomes = Self.atOnce(sandbox, 2, user: { people[$0] }) { _ in ["handovers", "close", "1"] }
        let statuses = outcomes.map { $0?.status ?? -1 }.sorted()
        #expect(statuses == [0, 65], "\(outcomes.map { $0?.stderr ?? "?" })")
        let loser = try #require(outcomes.first { $0?.status == 65 } ?? nil)
        let winner = people[outcomes.firstIndex { $0?.status == 0 } ?? 0]
        #expect(loser.stderr.contains("Ärende 1") && loser.stderr.contains(winner), "\(loser.stderr)")
        let history = try sandbox.run("handovers", "show", "1").stdout
        #expect(history.components(separatedBy: "avslutat").count == 2, "closed once: \(history)")
    }

    @Test("The wallboard shows a contact another host logs, within two seconds", arguments: SiteBackend.available)
    func wallboardFollows(backend: SiteBackend) throws {
        let sandbox = try Sandbox.site(on: backend)
        var supervisor = sandbox
        supervisor.environment["USER"] = "maria"
        let board = try supervisor.screen(["dashboard"], width: 120, height: 40)
        defer { board.close() }
        #expect(try board.waitFor("Telefon").found)
        let before = try board.screen()
        let logged = try sandbox.run("log", "--channel", "sign_language", "--category", "avfall", "--resolution", "resolved")
        #expect(logged.status == 0, "\(logged.stderr)")
        let started = Date()
        let (changed, after) = try board.waitUntil(seconds: 5) { $0 != before && $0.contains("Teckenspråk") && Self.signLanguageCount(in: $0) == 1 }
        #expect(changed, "\(after)")
        #expect(Date().timeIntervalSince(started) < 2.0)
    }

    /// The number of contacts the board shows for sign language today: the last figure of its
    /// row in the channel table (the first row that names it).
    static func signLanguageCount(in screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("Teckenspråk") }) else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.last
    }
}
