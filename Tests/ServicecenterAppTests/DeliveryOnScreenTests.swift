import Foundation
import Testing
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

    @Test("The desk's worker sends off the screen's thread: waking it returns at once while the mail command hangs")
    func workerDoesNotBlock() throws {
        var configuration = DeskFixtures.configuration
        configuration.sectors = configuration.sectors.map { sector in
            var sector = sector
            sector.mailbox = "\(sector.id)@orebro.se"
            return sector
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sc-worker-\(UUID().uuidString)/db.sqlite").path
        let store = try SQLiteStore(path: path, zone: DeskFixtures.zone, planner: HandoverPlanner(configuration: configuration))
        let sector = try #require(configuration.sectors.first)
        let category = try #require(configuration.categories.first { $0.sector == sector.id })
        let started = Date()
        let contact = Contact(
            startedAt: started.addingTimeInterval(-120), endedAt: started.addingTimeInterval(-60), channel: .phone, category: category.id,
            sector: sector.id, resolvable: category.resolvable, operatorUser: "anna", resolution: .forwarded(to: sector.id, reason: .needsCaseOfficer))
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
}
