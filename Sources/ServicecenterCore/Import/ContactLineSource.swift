import Foundation

/// The lines of an import, read twice (`ContactImport`): once to check every line, and again
/// to store the contacts a batch at a time, so that an import of any size never holds its
/// file or its contacts whole.
public protocol ContactLineSource: AnyObject {
    /// The input as a person names it: a file's path, or "stdin".
    var name: String { get }
    /// Back to the first line.
    func rewind() throws
    /// The next non-blank line with its number, as parsed; nil after the last.
    func next() throws -> (line: Int, result: Result<ContactDraft, LineProblem>)?
    /// A hash of the lines read since the last rewind: two reads of the same input agree, and
    /// a byte changed in between (even one that leaves every line valid) shows.
    var digest: FNV1a { get }
}

/// Lines already parsed, in memory (a feed's, a test's).
public final class ParsedContactLines: ContactLineSource {
    public let name: String
    let lines: [(line: Int, result: Result<ContactDraft, LineProblem>)]
    var position = 0

    public init(_ lines: [(line: Int, result: Result<ContactDraft, LineProblem>)], name: String = "stdin") {
        self.lines = lines
        self.name = name
    }

    public func rewind() { position = 0 }

    /// Lines in memory are the same lines every time they are read.
    public var digest: FNV1a { FNV1a() }

    public func next() -> (line: Int, result: Result<ContactDraft, LineProblem>)? {
        guard position < lines.count else { return nil }
        defer { position += 1 }
        return lines[position]
    }
}

/// Lines read from a file descriptor that can be read again from where it stood: a file, or
/// a private copy of standard input. One line is held at a time.
public final class ContactLineFile: ContactLineSource {
    public let name: String
    let descriptor: Int32
    /// Where the lines begin: standard input redirected from a file may be part-way through it.
    let start: off_t
    var reader: LineReader
    public private(set) var digest = FNV1a()

    /// - Parameter descriptor: a seekable descriptor, closed with this.
    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        start = max(0, lseek(descriptor, 0, SEEK_CUR))
        reader = LineReader(descriptor: descriptor)
    }

    deinit { close(descriptor) }

    public func rewind() throws {
        guard lseek(descriptor, start, SEEK_SET) == start else { throw LineReader.Failure(errorNumber: errno) }
        reader = LineReader(descriptor: descriptor)
        digest = FNV1a()
    }

    public func next() throws -> (line: Int, result: Result<ContactDraft, LineProblem>)? {
        try JSONLines.next(reader) { bytes in
            digest.add(line: bytes)
            return ContactLines.parseLine(bytes)
        }
    }
}
