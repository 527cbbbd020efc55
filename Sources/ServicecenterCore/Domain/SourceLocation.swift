/// Where a value came from: a file and line, so an error can point at it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// The lines of the keys inside the table this location starts, so a problem with one
    /// value can point at that value's own line.
    public var keyLines: [String: Int]

    public init(file: String, line: Int? = nil, keyLines: [String: Int] = [:]) {
        self.file = file
        self.line = line
        self.keyLines = keyLines
    }

    /// The location of `key` inside this table, or of the table itself when the key's line is unknown.
    public func of(_ key: String) -> SourceLocation {
        SourceLocation(file: file, line: keyLines[key] ?? line)
    }

    /// "line 12" when `other` is in the same file, else the full location: keeps messages short.
    public func relative(to other: SourceLocation) -> String {
        other.file == file ? (line.map { "line \($0)" } ?? file) : description
    }

    public var description: String { line.map { "\(file):\($0)" } ?? file }
}
