import Foundation
import Testing
@testable import ServicecenterCore

/// The chunked, bounded line reader every importer and feed reads through.
@Suite("LineReader")
struct LineReaderTests {
    /// A reader over `data` through a pipe, fed by a thread so the input may be larger than the pipe.
    static func reader(_ data: Data, limit: Int, chunkBytes: Int) -> LineReader {
        var ends: [Int32] = [0, 0]
        _ = pipe(&ends)
        let writeEnd = ends[1]
        Thread.detachNewThread {
            data.withUnsafeBytes { buffer in
                var written = 0
                while written < buffer.count {
                    let count = write(writeEnd, buffer.baseAddress! + written, buffer.count - written)
                    if count <= 0 { if errno == EINTR { continue }; break }
                    written += count
                }
            }
            close(writeEnd)
        }
        return LineReader(descriptor: ends[0], closing: true, limit: limit, chunkBytes: chunkBytes)
    }

    static func all(_ reader: LineReader) throws -> [(Int, Result<Data, LineProblem>)] {
        var lines: [(Int, Result<Data, LineProblem>)] = []
        while let next = try reader.next() { lines.append(next) }
        return lines
    }

    /// What the reader must answer, by the plainest means: split on "\n", drop one "\r" at
    /// the end, a line past the limit is too long; a last empty line (after a final newline)
    /// is not a line.
    static func expected(_ data: Data, limit: Int) -> [(Int, Result<Data, LineProblem>)] {
        var parts = data.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
        if parts.last?.isEmpty == true { parts.removeLast() }
        return parts.enumerated().map { index, part in
            var line = part
            if line.last == 0x0D { line.removeLast() }
            return (index + 1, line.count > limit ? .failure(.lineTooLong(limitBytes: limit)) : .success(line))
        }
    }

    @Test("Lines across chunk borders, CRLF, a last line without newline, and an over-long line in the middle")
    func example() throws {
        let text = "first\r\nsecond\n" + String(repeating: "x", count: 50) + "\nthird\n\nlast"
        let lines = try Self.all(Self.reader(Data(text.utf8), limit: 20, chunkBytes: 7))
        #expect(lines.map(\.0) == [1, 2, 3, 4, 5, 6])
        #expect(lines.map(\.1) == [
            .success(Data("first".utf8)), .success(Data("second".utf8)), .failure(.lineTooLong(limitBytes: 20)),
            .success(Data("third".utf8)), .success(Data()), .success(Data("last".utf8)),
        ])
    }

    @Test("A line exactly at the limit is kept, with or without its \\r; one byte more is too long")
    func limitEdges() throws {
        let atLimit = String(repeating: "a", count: 8)
        let lines = try Self.all(Self.reader(Data((atLimit + "\n" + atLimit + "\r\n" + atLimit + "b\n").utf8), limit: 8, chunkBytes: 3))
        #expect(lines.map(\.1) == [.success(Data(atLimit.utf8)), .success(Data(atLimit.utf8)), .failure(.lineTooLong(limitBytes: 8))])
    }

    @Test("Property: 2,000 random inputs read as a plain split would, whatever the chunk size")
    func property() throws {
        var random = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x0A, 0x0A, 0x0D, 0x61, 0x62, 0x20, 0x7B, 0x7D]
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...300, using: &random)
            let data = Data((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            let limit = Int.random(in: 1...40, using: &random)
            let chunk = Int.random(in: 1...64, using: &random)
            let got = try Self.all(Self.reader(data, limit: limit, chunkBytes: chunk))
            let want = Self.expected(data, limit: limit)
            #expect(got.map(\.0) == want.map(\.0) && got.map(\.1) == want.map(\.1), "limit \(limit) chunk \(chunk): \(Array(data))")
        }
    }

    @Test("A 64 MiB line without a newline is skipped at the default 1 MiB limit and the next line is read")
    func endlessLine() throws {
        var data = Data(repeating: 0x78, count: 64 << 20)
        data.append(contentsOf: Array("\n{\"a\":1}\n".utf8))
        let lines = try Self.all(Self.reader(data, limit: LineReader.limitBytes, chunkBytes: LineReader.chunkBytes))
        #expect(lines.map(\.1) == [.failure(.lineTooLong(limitBytes: 1 << 20)), .success(Data("{\"a\":1}".utf8))])
    }

    @Test("Importers read through it: a too-long line is named by number, the others parsed")
    func importersNameTheLine() throws {
        let good = #"{"at":"2026-11-23T09:00:00+01:00","channel":"phone","event":"offered","call_id":"c1"}"#
        let text = good + "\n" + String(repeating: " ", count: 200) + "x\n" + good + "\n"
        let streamed = try QueueEventLines.parse(Self.reader(Data(text.utf8), limit: 50 + good.utf8.count, chunkBytes: 16))
        #expect(streamed.map(\.line) == [1, 2, 3])
        #expect(streamed[1].result == .failure(.lineTooLong(limitBytes: 50 + good.utf8.count)))
        // Read whole, the same file gives the same lines (the default limit is far above).
        let whole = QueueEventLines.parse(Data(text.utf8))
        #expect(whole.map(\.line) == [1, 2, 3])
        #expect(EnglishStrings().lineProblem(.lineTooLong(limitBytes: 1 << 20)).contains("1048576 bytes (1 MiB)"))
    }
}
