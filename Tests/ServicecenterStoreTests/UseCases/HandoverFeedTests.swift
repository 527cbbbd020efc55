import Foundation
import ServicecenterCore
import Testing

@Suite("HandoverFeed")
struct HandoverFeedTests {
    let feed = HandoverFeed(configuration: UseCaseSite.configuration)

    /// A store holding `count` forwarded contacts, each of which made a hand-over (one event each).
    func storeWithHandovers(_ count: Int) throws -> (store: any Store, folder: URL) {
        let (store, folder) = try UseCaseSite.store()
        let lines = (0..<count).map { index in
            UseCaseSite.contactLine(
                id: "h\(index)", time: String(format: "%02d:00", 9 + index), category: "ekonomiskt_bistand",
                extra: #","forward_reason":"needs_case_officer","matter":"Vill söka försörjningsstöd""#
            ).replacingOccurrences(of: #""resolution":"resolved""#, with: #""resolution":"forwarded""#)
        }
        var credit = UseCaseSite.credit("anna")
        let contactImport = ContactImport(configuration: UseCaseSite.configuration)
        let parsed = ContactLines.parse(Data(lines.joined(separator: "\n").utf8))
        let checked = contactImport.check(parsed, credit: &credit, now: UseCaseSite.now)
        _ = try contactImport.store(checked, lines: parsed, credit: UseCaseSite.credit("anna"), into: store, now: UseCaseSite.now)
        return (store, folder)
    }

    @Test("Without following, every event after the given id is written once, and the last id comes back")
    func writesAll() throws {
        let (store, folder) = try storeWithHandovers(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines: [String] = []
        let last = try feed.run(from: store, after: 0, following: false, write: { lines.append($0); return true }, stop: { true }, pause: {})
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.hasSuffix("\n") && $0.hasPrefix("{") })
        #expect(last == (try store.lastHandoverEventID()))
        // Resumed from the last id: nothing new.
        var again: [String] = []
        #expect(try feed.run(from: store, after: last, following: false, write: { again.append($0); return true }, stop: { true }, pause: {}) == last)
        #expect(again.isEmpty)
    }

    @Test("A reader gone mid-feed ends it at once; the id returned is the last line it took")
    func readerGone() throws {
        let (store, folder) = try storeWithHandovers(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        var taken = 0
        let last = try feed.run(from: store, after: 0, following: true, write: { _ in
            taken += 1
            return taken < 2
        }, stop: { Issue.record("a failed write ends the feed before it waits"); return true }, pause: {})
        let first = try #require(try store.handoverNotices(after: 0).first)
        #expect(last == first.eventID)
    }

    @Test("Following, the feed waits for the next commit and writes it, until told to stop")
    func followsUntilStopped() throws {
        let (store, folder) = try storeWithHandovers(1)
        defer { try? FileManager.default.removeItem(at: folder) }
        let colleague = try UseCaseSite.open(folder)
        var lines: [String] = []
        var pauses = 0
        var stops = 0
        let last = try feed.run(
            from: store, after: 0, following: true, write: { lines.append($0); return true },
            stop: {
                stops += 1
                return stops > 4
            },
            pause: {
                pauses += 1
                // Another guide forwards a contact while the feed waits.
                if pauses == 1 {
                    _ = try? colleague.save(Contact(
                        externalID: "late", startedAt: UseCaseSite.now, endedAt: UseCaseSite.now.addingTimeInterval(60), channel: .phone,
                        category: "ekonomiskt_bistand", sector: "social", resolvable: false, operatorUser: "anna",
                        resolution: .forwarded(to: "social", reason: .needsCaseOfficer), digitalHelp: false,
                        matter: "Vill söka försörjningsstöd"))
                }
            })
        #expect(lines.count == 2)
        #expect(last == (try store.lastHandoverEventID()))
        #expect(stops == 5)
    }
}
