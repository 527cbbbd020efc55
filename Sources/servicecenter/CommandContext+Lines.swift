import Foundation
import ServicecenterCore

extension CommandContext {
    /// The lines of `file` (or standard input for "-") parsed by `parse`, read in chunks so no
    /// line past `LineReader.limitBytes` is held whole; a missing or unreadable file is named
    /// on stderr (exit 66), a read that fails half-way too (exit 74).
    func readLines<T>(_ file: String, _ parse: (LineReader) throws(LineReader.Failure) -> [T]) throws -> [T] {
        let reader: LineReader
        if file == "-" {
            reader = LineReader(descriptor: FileHandle.standardInput.fileDescriptor)
        } else {
            guard FileManager.default.fileExists(atPath: file) else {
                printError(fileStrings(for: text.language).fileNotFound(file))
                throw ExitStatus.noInput
            }
            let descriptor = open(file, O_RDONLY | O_CLOEXEC)
            var status = stat()
            guard descriptor >= 0, fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
                if descriptor >= 0 { close(descriptor) }
                printError(fileStrings(for: text.language).fileUnreadable(file))
                throw ExitStatus.noInput
            }
            reader = LineReader(descriptor: descriptor, closing: true)
        }
        do {
            return try parse(reader)
        } catch {
            printError(fileStrings(for: text.language).fileUnreadable(file == "-" ? "stdin" : file) + " " + error.reason)
            throw ExitStatus.ioError
        }
    }
}
