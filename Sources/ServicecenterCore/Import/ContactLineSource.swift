import Foundation

/// The lines of an import, read twice (`ContactImport`): once to check every line, and again
/// to store the contacts a batch at a time, so that an import of any size never holds its
/// file or its contacts whole.
public protocol ContactLineSource: RereadableLines where Item == ContactDraft {
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

/// An import's file or private copy of standard input, its lines parsed as contacts.
public typealias ContactLineFile = LineFile<ContactDraft>

extension LineFile: ContactLineSource where Item == ContactDraft {
    /// - Parameter descriptor: a seekable descriptor, closed with this.
    public convenience init(descriptor: Int32, name: String) {
        self.init(descriptor: descriptor, name: name, parse: ContactLines.parseLine)
    }
}
