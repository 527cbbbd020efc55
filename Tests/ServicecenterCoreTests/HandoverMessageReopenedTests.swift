import Foundation
import Testing
@testable import ServicecenterCore

/// The reopen e-mail said "Överlämnat av: Anna (anna), <time of the reopening>": the forwarding
/// line took the event's time. It must be the hand-over's creation, as `handovers show` says,
/// and the reopening gets a line of its own.
@Suite("The hand-over e-mail: who forwarded it and when, for a reopened hand-over")
struct HandoverMessageReopenedTests {
    static let reopenedAt = Fixtures.time(10, 55)

    static func reopened(by user: String = "maria") -> HandoverNotice {
        var notice = HandoverMessageTests.notice(matter: "Vill veta om altanen kräver bygglov")
        notice.eventID = 4
        notice.event = .reopened
        notice.at = reopenedAt
        notice.by = user
        notice.note = "Medborgaren har inte fått svar"
        return notice
    }

    static func body(_ notice: HandoverNotice, _ language: Language) -> [String] {
        var configuration = HandoverMessageTests.configuration
        configuration.site.language = language
        var entry = HandoverMessageTests.entry
        entry.event = notice.event
        entry.eventID = notice.eventID
        let text = HandoverMessage(notice: notice, entry: entry, configuration: configuration).text(date: reopenedAt)
        return HandoverMessageTests.parse(text).body.map(String.init)
    }

    @Test("Swedish: 'Överlämnat av' carries the creation's 10:15, 'Återöppnat' the reopening's 10:55 and who did it")
    func swedish() throws {
        let body = Self.body(Self.reopened(), .swedish)
        let forwarded = try #require(body.first { $0.hasPrefix("Överlämnat av:") }, "\(body)")
        #expect(forwarded.hasSuffix("Anna (anna), 2026-11-23 10:15"), "\(forwarded)")
        let reopened = try #require(body.first { $0.hasPrefix("Återöppnat:") }, "\(body)")
        #expect(reopened.hasSuffix("2026-11-23 10:55 av Maria (maria)"), "\(reopened)")
        // The two values share the facts' column.
        #expect(forwarded.range(of: "Anna")?.lowerBound.utf16Offset(in: forwarded) == reopened.range(of: "2026")?.lowerBound.utf16Offset(in: reopened))
        #expect(!body.contains { $0.hasPrefix("Överlämnat av:") && $0.contains("10:55") })
    }

    @Test("English: 'Forwarded by' is the creation, 'Reopened' the event; a user no longer configured is shown by user name")
    func english() throws {
        let body = Self.body(Self.reopened(by: "gone"), .english)
        #expect(body.contains { $0.hasPrefix("Forwarded by:") && $0.hasSuffix("Anna (anna), 2026-11-23 10:15") }, "\(body)")
        #expect(body.contains { $0.hasPrefix("Reopened:") && $0.hasSuffix("2026-11-23 10:55 by gone") }, "\(body)")
    }

    @Test("A new hand-over's e-mail has no reopening line, and its forwarding time is the creation")
    func created() {
        let body = Self.body(HandoverMessageTests.notice(matter: "x"), .swedish)
        #expect(body.contains { $0.hasPrefix("Överlämnat av:") && $0.hasSuffix("2026-11-23 10:15") })
        #expect(!body.contains { $0.hasPrefix("Återöppnat") })
    }
}
