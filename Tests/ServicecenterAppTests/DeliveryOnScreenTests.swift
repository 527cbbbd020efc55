import Foundation
import Testing
import TestSupport
@testable import ServicecenterApp
import ServicecenterCore
import ServicecenterStore
import TerminalUI

@Suite("Delivery on the screens: the dashboard's count and the desk's worker")
struct DeliveryOnScreenTests {
    @Test("The dashboard says how many hand-overs could not be e-mailed, in Swedish and English, and nothing while none fails")
    func dashboardCount() {
        for (language, expected) in [(Language.swedish, "2 ärenden kunde inte mejlas · handovers outbox"),
                                     (.english, "2 hand-overs not e-mailed · handovers outbox")] {
            var live = DashboardTests.live
            live.failingDeliveries = 2
            var model = DashboardModel(
                configuration: DeskFixtures.configuration, viewer: DashboardTests.supervisor, text: dashboardStrings(for: language),
                now: DashboardTests.now, size: Size(width: 160, height: 48))
            model.update(.loaded(live))
            let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
            #expect(screen.contains(expected), "\(screen)")
            // The overdue list is still there above it.
            #expect(screen.contains("Tekniska förvaltningen"))
        }
        let quiet = DashboardTests.model(size: Size(width: 160, height: 48)).view(theme: .monochrome).lines().joined()
        #expect(!quiet.contains("mejlas"))
    }

    /// A transport that blocks until released, as a hanging MTA would.
    final class HangingTransport: MailTransport, @unchecked Sendable {
        let release = DispatchSemaphore(value: 0)
        let lock = NSLock()
        var taken = 0
        func send(_ message: String) -> String? {
            release.wait()
            lock.withLock { taken += 1 }
            return nil
        }
    }

    /// The fixtures' site with a mailbox for every sector, so hand-overs are e-mailed.
    static let mailed: Configuration = {
        var configuration = DeskFixtures.configuration
        configuration.sectors = configuration.sectors.map { sector in
            var sector = sector
            sector.mailbox = "\(sector.id)@orebro.se"
            return sector
        }
        return configuration
    }()

    /// A contact forwarded to the first sector a minute ago: its hand-over is due for e-mail.
    static func forwarded() throws -> Contact {
        let sector = try #require(mailed.sectors.first)
        let category = try #require(mailed.categories.first { $0.sector == sector.id })
        let started = Date()
        return Contact(
            startedAt: started.addingTimeInterval(-120), endedAt: started.addingTimeInterval(-60), channel: .phone, category: category.id,
            sector: sector.id, resolvable: category.resolvable, operatorUser: "anna", resolution: .forwarded(to: sector.id, reason: .needsCaseOfficer))
    }

    @Test("The desk's worker sends off the screen's thread: waking it returns at once while the mail command hangs")
    func workerDoesNotBlock() throws {
        let configuration = Self.mailed
        let path = TemporaryFolders.make("sc-worker").appendingPathComponent("db.sqlite").path
        let store = try SQLiteStore(path: path, zone: DeskFixtures.zone, planner: HandoverPlanner(configuration: configuration))
        let contact = try Self.forwarded()
        _ = try store.save(contact).id
        let transport = HangingTransport()
        let worker = DeliveryWorker(store: store, configuration: configuration, transport: transport)
        let before = Date()
        worker.start()
        worker.wake()
        #expect(Date().timeIntervalSince(before) < 0.5, "start and wake must not wait for the mail command")
        // The screen's thread can still save while the worker is stuck in the command.
        _ = try store.save(contact).id
        transport.release.signal()
        transport.release.signal()
        var sent = 0
        for _ in 0..<100 where sent < 2 {
            usleep(50_000)
            sent = try store.outbox(includeSent: true).filter { $0.state == .sent }.count
        }
        #expect(sent == 2)
    }

    /// A transport that always succeeds.
    final class Accepting: MailTransport, @unchecked Sendable {
        func send(_ message: String) -> String? { nil }
    }

    @Test("A worker its owner stopped sends nothing more, however often it is woken")
    func stoppedWorker() throws {
        let store = try ScriptedStore(planner: HandoverPlanner(configuration: Self.mailed))
        let worker = DeliveryWorker(store: store, configuration: Self.mailed, transport: Accepting())
        worker.start()
        worker.stop()
        _ = try store.save(try Self.forwarded())
        worker.wake()
        usleep(300_000)
        #expect(try store.outbox().count == 1, "still due: the next desk or command sends it")
        // A worker that runs sends it at once: the check above can tell.
        let running = DeliveryWorker(store: store, configuration: Self.mailed, transport: Accepting())
        running.start()
        var due = 1
        for _ in 0..<100 where due > 0 {
            usleep(20_000)
            due = try store.outbox().count
        }
        running.stop()
        #expect(due == 0)
    }
}
