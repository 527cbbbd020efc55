import Foundation
import ServicecenterCore
import Testing

@Suite("StatisticsDump")
struct StatisticsDumpTests {
    let dump = StatisticsDump(configuration: UseCaseSite.configuration, options: DataPackage.Options(formats: [.csv]))
    let monday = LocalDay(year: 2026, month: 11, day: 23)

    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sc-dump-\(UUID().uuidString)")
    }

    @Test("A day's package is written whole into parent/<day>, and says what it holds", arguments: Backends.all)
    func writesPackage(backend: Backend) throws {
        let store = try UseCaseSite.store(on: backend)
        let out = folder()
        defer { try? FileManager.default.removeItem(at: out) }
        var credit = UseCaseSite.credit("anna")
        let contactImport = ContactImport(configuration: UseCaseSite.configuration)
        let parsed = ContactLines.parse(Data(UseCaseSite.contactLine(id: "s1").utf8))
        let checked = contactImport.check(parsed, credit: &credit, now: UseCaseSite.now)
        _ = try contactImport.store(checked, lines: parsed, credit: UseCaseSite.credit("anna"), into: store, now: UseCaseSite.now)

        let written = try dump.write(from: store, first: monday, last: monday, into: out)
        #expect(written.target.path == out.appendingPathComponent("2026-11-23").standardizedFileURL.path)
        #expect(written.contacts == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: written.target.path)
        #expect(names.contains("datapackage.json"))
        #expect(names.contains("summary.csv"))
        // Nothing half-written beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["2026-11-23"])
    }

    @Test("No contacts on a working day writes nothing: a feed or the database is wrong", arguments: Backends.all)
    func noDataOnAWorkingDay(backend: Backend) throws {
        let store = try UseCaseSite.store(on: backend)
        let out = folder()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(throws: StatisticsDump.Failure.noData(period: "2026-11-23")) {
            try dump.write(from: store, first: monday, last: monday, into: out)
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("A Sunday with nothing in it is a package of zeros, so the published series has no holes", arguments: Backends.all)
    func emptySunday(backend: Backend) throws {
        let store = try UseCaseSite.store(on: backend)
        let out = folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let sunday = monday.adding(days: -1)
        let written = try dump.write(from: store, first: sunday, last: sunday, into: out)
        #expect(written.contacts == 0)
        #expect(FileManager.default.fileExists(atPath: written.target.appendingPathComponent("datapackage.json").path))
    }

    @Test("A package that cannot be written leaves nothing behind and names where it failed", arguments: Backends.all)
    func allOrNothing(backend: Backend) throws {
        let store = try UseCaseSite.store(on: backend)
        let out = folder()
        defer { try? FileManager.default.removeItem(at: out) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // A file where a folder of the path should be: root may write anywhere, but not through a file.
        let blocker = out.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let sunday = monday.adding(days: -1)
        do {
            _ = try dump.write(from: store, first: sunday, last: sunday, into: blocker.appendingPathComponent("stats"))
            Issue.record("writing under a file should fail")
        } catch {
            guard case .cannotWrite(let failure) = error else {
                Issue.record("expected cannotWrite, got \(error)")
                return
            }
            #expect(failure.path.hasPrefix(blocker.path))
            #expect(!failure.diskFull)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["blocker"])
    }

    @Test("A second run replaces the package in one step, and leaves no partial folder", arguments: Backends.all)
    func replacesWhole(backend: Backend) throws {
        let store = try UseCaseSite.store(on: backend)
        let out = folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let sunday = monday.adding(days: -1)
        let first = try dump.write(from: store, first: sunday, last: sunday, into: out)
        let before = try String(contentsOf: first.target.appendingPathComponent("datapackage.json"), encoding: .utf8)
        let second = try dump.write(from: store, first: sunday, last: sunday, into: out)
        // The same data gives byte-identical files.
        #expect(try String(contentsOf: second.target.appendingPathComponent("datapackage.json"), encoding: .utf8) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["2026-11-22"])
    }
}
