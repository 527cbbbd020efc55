import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads newline-terminated lines from a file descriptor in fixed chunks, holding at most one
/// line of at most `limitBytes` in memory.
///
/// A feed that sends one endless line (300 MB without a newline took `readLine` to 909 MB) is
/// read past without keeping it: the line is reported as too long by its number and reading
/// goes on at the next newline, so the lines after it are still read.
public final class LineReader {
    /// The most bytes one line may hold (1 MiB): a contact or queue event is a few hundred.
    public static let limitBytes = 1 << 20
    /// How much one read(2) takes: big enough to be cheap, small beside the line limit.
    public static let chunkBytes = 64 << 10

    /// Reading the descriptor failed (not a bad line: the input itself).
    public struct Failure: Error, Equatable {
        public var errorNumber: Int32

        public init(errorNumber: Int32) {
            self.errorNumber = errorNumber
        }

        public var reason: String { String(cString: strerror(errorNumber)) }
    }

    let descriptor: Int32
    let limit: Int
    let closesDescriptor: Bool
    var chunk: [UInt8]
    var chunkStart = 0
    var chunkEnd = 0
    var atEnd = false
    var lineNumber = 0

    /// - Parameters:
    ///   - descriptor: read from its current position; closed at the end when `closing`.
    ///   - limit: the most bytes a line may hold (tests use a small one).
    public init(descriptor: Int32, closing: Bool = false, limit: Int = LineReader.limitBytes, chunkBytes: Int = LineReader.chunkBytes) {
        self.descriptor = descriptor
        self.limit = limit
        self.closesDescriptor = closing
        self.chunk = [UInt8](repeating: 0, count: max(1, chunkBytes))
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    /// The next line (without its `\n` or `\r\n`) and its number from 1, `.lineTooLong` for
    /// a line past the limit, or nil at the end of the input. A last line without a newline
    /// counts as a line.
    public func next() throws(Failure) -> (line: Int, result: Result<Data, LineProblem>)? {
        var line = Data()
        var tooLong = false
        var sawAnything = false
        while true {
            if chunkStart == chunkEnd {
                if atEnd { break }
                try fill()
                if chunkStart == chunkEnd { break }
            }
            sawAnything = true
            let available = chunkEnd - chunkStart
            let newline = chunk.withUnsafeBufferPointer { buffer -> Int? in
                guard let base = buffer.baseAddress, let found = memchr(base + chunkStart, 0x0A, available) else { return nil }
                return base.distance(to: UnsafePointer(found.assumingMemoryBound(to: UInt8.self)))
            }
            let end = newline ?? chunkEnd
            if !tooLong {
                if line.count + (end - chunkStart) > limit + 1 {
                    // One byte of slack for the "\r" of a "\r\n" line exactly at the limit.
                    tooLong = true
                    line = Data()
                } else {
                    line.append(contentsOf: chunk[chunkStart..<end])
                }
            }
            if let newline {
                chunkStart = newline + 1
                return finish(line, tooLong: tooLong)
            }
            chunkStart = chunkEnd
        }
        guard sawAnything else { return nil }
        return finish(line, tooLong: tooLong)
    }

    private func finish(_ line: Data, tooLong: Bool) -> (line: Int, result: Result<Data, LineProblem>) {
        lineNumber += 1
        var line = line
        if line.last == 0x0D { line.removeLast() }
        if tooLong || line.count > limit { return (lineNumber, .failure(.lineTooLong(limitBytes: limit))) }
        return (lineNumber, .success(line))
    }

    private func fill() throws(Failure) {
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(errorNumber: errno)
            }
            chunkStart = 0
            chunkEnd = count
            if count == 0 { atEnd = true }
            return
        }
    }
}
