import Foundation
import GRDB
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import ServicecenterStore
import TerminalUI

@Suite("Desk: runner against a real store")
struct DeskRunnerTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sc-runner-\(UUID().uuidString)/desk.sqlite").path

    func runner(store: Store, keys: [Key] = [], size: Size = Size(width: 80, height: 24), stop: @escaping () -> Int32 = { 0 }) throws -> (DeskRunner, TestBackend) {
        let backend = TestBackend(size: size)
        backend.keys = keys
        let model = try DeskRunner.startingModel(
            configuration: DeskFixtures.configuration, guide: DeskFixtures.configuration.operators[0],
            text: SwedishDeskStrings(), store: store, size: size, now: DeskFixtures.now)
        return (DeskRunner(model: model, store: store, backend: backend, theme: .color, glyphs: .unicode,
                           clock: { DeskFixtures.now }, stopRequested: stop), backend)
    }

    @Test("Keys in, a contact stored, the draft gone, the screen showing it; F10 ends with 0")
    func fullFlow() throws {
        let store = try SQLiteStore(path: path, zone: DeskFixtures.zone)
        let keys: [Key] = [.character("1")] + "sopor".map { .character($0) } + [.enter, .enter, .function(10)]
        let (runner, backend) = try runner(store: store, keys: keys)
        #expect(runner.run() == 0)
        let stored = try store.contacts(of: "anna", on: LocalDay(DeskFixtures.now, in: DeskFixtures.zone))
        #expect(stored.map(\.category) == ["avfall"])
        #expect(try store.draft(of: "anna") == nil)
        #expect(try store.station(of: "anna") == "phone")
        #expect(backend.drawn?.lines().contains { $0.contains("Kontakt 1 sparad.") } == true)
    }

    @Test("A locked database: the save fails, the form and the draft stay, the guide is told")
    func lockedSave() throws {
        let store = try SQLiteStore(path: path, zone: DeskFixtures.zone, busyTimeoutMilliseconds: 100)
        try store.setStation(of: "anna", to: "phone")
        let (runner, backend) = try runner(store: store)
        for character in "bygglov" { runner.dispatch(.key(.character(character))) }
        runner.dispatch(.key(.enter))
        let blocker = try DatabaseQueue(path: path)
        try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            runner.dispatch(.key(.enter))
            try db.execute(sql: "ROLLBACK")
        }
        runner.draw()
        #expect(runner.model.form?.categoryID == "bygglov")
        #expect(backend.drawn?.lines().contains { $0.contains("Sparades inte – formuläret finns kvar.") } == true)
        #expect(try store.contactCount() == 0)
        #expect(try store.draft(of: "anna").flatMap(ContactForm.decoded)?.categoryID == "bygglov")
        // The lock is gone: Enter again saves it.
        runner.dispatch(.key(.enter))
        #expect(try store.contactCount() == 1)
    }

    @Test("A stop signal ends the loop with 128 + the signal, leaving the draft for next time")
    func stopSignal() throws {
        let store = try SQLiteStore(path: path, zone: DeskFixtures.zone)
        try store.setStation(of: "anna", to: "phone")
        var calls = 0
        let (runner, _) = try runner(store: store, keys: "förs".map { .character($0) }, stop: {
            calls += 1
            return calls > 5 ? SIGTERM : 0
        })
        #expect(runner.run() == 128 + SIGTERM)
        #expect(try store.draft(of: "anna").flatMap(ContactForm.decoded)?.search == "förs")
        // The next start offers it.
        let (next, _) = try self.runner(store: store)
        #expect(next.model.focus == .resumeOffer)
    }
}

/// An idle desk must not cost CPU: it draws on keys, on changes elsewhere and when the minute
/// on its clock turns; every second only while a contact's talk time runs.
@Suite("Desk: redraws")
struct DeskRedrawTests {
    func run(keys: [Key]) throws -> (DeskRunner, TestBackend) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sc-desk-idle-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path, zone: DeskFixtures.zone)
        try store.setStation(of: "anna", to: "phone")
        let clock = SimulatedClock(from: DeskFixtures.now, for: 120.5)
        let backend = clock.backend(size: Size(width: 100, height: 30))
        backend.keys = keys
        let model = try DeskRunner.startingModel(
            configuration: DeskFixtures.configuration, guide: DeskFixtures.configuration.operators[0],
            text: SwedishDeskStrings(), store: store, size: backend.size, now: DeskFixtures.now)
        let runner = DeskRunner(model: model, store: store, backend: backend, theme: .color, glyphs: .unicode,
                                clock: { clock.now }, stopRequested: { clock.stopWhenDone })
        #expect(runner.run() == 128 + SIGTERM)
        return (runner, backend)
    }

    @Test("No contact open: one draw per minute, and the clock still turns")
    func idleDesk() throws {
        let (_, backend) = try run(keys: [])
        #expect(backend.drawCount == 3, "the first picture, then 09:42 and 09:43")
        #expect(backend.drawn?.lines().first?.contains("09:43") == true)
    }

    @Test("A contact open: its talk time counts on screen every second")
    func openContact() throws {
        let (runner, backend) = try run(keys: [.function(2)])
        #expect(runner.model.form != nil)
        #expect(backend.drawCount >= 120)
        #expect(backend.drawn?.lines().contains { $0.contains("2:00") } == true, "two minutes of talk time")
    }
}
