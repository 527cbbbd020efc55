import Foundation
import Testing

/// Issue 17: `stats` listed the contacts per incident by the slug the desk tags them with.
@Suite("stats names incidents by their title", .endsWhatItStarts)
struct IncidentTitleTests {
    @Test("A contact tagged to an incident is counted under the incident's title")
    func statsShowsTitle() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        let started = try sandbox.run(as: "maria", "incident", "start", "--title", "Vattenläcka i Adolfsberg", "--message", "Koka vattnet")
        #expect(started.status == 0, "\(started.stderr)")
        // The tag is the id a guide types (`log --incident`), so `incident list` still shows it.
        let list = try sandbox.run("incident").stdout
        let tag = try #require(list.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("vattenlacka") }.map(String.init), "\(list)")
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "bygglov", "--incident", tag).status == 0)
        let stats = try sandbox.run("stats")
        #expect(stats.stdout.contains("  Vattenläcka i Adolfsberg: 1"), "\(stats.stdout)")
        #expect(!stats.stdout.contains("\(tag):"), "\(stats.stdout)")
    }
}
