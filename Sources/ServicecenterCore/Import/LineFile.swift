import Foundation

/// Lines read from a file descriptor that can be read again from where it stood: a file, or
/// a private copy of standard input. One line is held at a time, parsed as `Item`
/// (`ContactLineFile` for `import`, queue events for `queue events`).
public final class LineFile<Item> {
    public let name: String
    let descriptor: Int32
    /// Where the lines begin: standard input redirected from a file may be part-way through it.
    let start: off_t
    let parse: (Data) -> Result<Item, LineProblem>
    var reader: LineReader
    /// A hash of the lines read since the last rewind: two reads of the same input agree, and
    /// a byte changed in between (even one that leaves every line valid) shows.
    public private(set) var digest = FNV1a()

    /// - Parameter descriptor: a seekable descriptor, closed with this.
    public init(descriptor: Int32, name: String, parse: @escaping (Data) -> Result<Item, LineProblem>) {
        self.descriptor = descriptor
        self.name = name
        self.parse = parse
        start = max(0, lseek(descriptor, 0, SEEK_CUR))
        reader = LineReader(descriptor: descriptor)
    }

    deinit { close(descriptor) }

    /// Back to the first line.
    public func rewind() throws {
        guard lseek(descriptor, start, SEEK_SET) == start else { throw LineReader.Failure(errorNumber: errno) }
        reader = LineReader(descriptor: descriptor)
        digest = FNV1a()
    }

    /// The next non-blank line with its number, as parsed; nil after the last.
    public func next() throws -> (line: Int, result: Result<Item, LineProblem>)? {
        try JSONLines.next(reader) { bytes in
            digest.add(line: bytes)
            return parse(bytes)
        }
    }
}
