/// Lines an import can read again from the first, parsed as `Item`: a file, a private copy of
/// standard input (`LineFile`), lines in memory. The store reads them again when it must run
/// its transaction again.
public protocol RereadableLines<Item>: AnyObject {
    associatedtype Item
    /// The input as a person names it: a file's path, or "stdin".
    var name: String { get }
    /// Back to the first line.
    func rewind() throws
    /// The next non-blank line with its number, as parsed; nil after the last.
    func next() throws -> (line: Int, result: Result<Item, LineProblem>)?
}

extension LineFile: RereadableLines {}
