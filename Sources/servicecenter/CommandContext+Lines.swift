import ArgumentParser
import Foundation
import ServicecenterCore

extension CommandContext {
    /// `file` opened for reading; a missing file or a folder is named on stderr (exit 66).
    func openInput(_ file: String) throws -> Int32 {
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
        return descriptor
    }

    /// A read of `file` that failed half-way, named on stderr (exit 74).
    func unreadable(_ file: String, _ error: any Error) -> ExitCode {
        let reason = (error as? LineReader.Failure)?.reason ?? String(describing: error)
        printError(fileStrings(for: text.language).fileUnreadable(file == "-" ? "stdin" : file) + " " + reason)
        return ExitStatus.ioError
    }

    /// The temporary copy of standard input could not be made or written (errno says why):
    /// exit 80 when its disk is full, else 73, as for any file the command cannot create.
    func copyFailed(_ folder: String) -> ExitCode {
        let number = errno
        printError(fileStrings(for: text.language).inputCopyFailed(folder: folder, reason: String(cString: strerror(number))))
        return number == ENOSPC || number == EDQUOT ? ExitStatus.diskFull : ExitStatus.cannotCreate
    }

    /// The lines of `file` to be read twice (an import checks them all, then stores them, or
    /// reads them again when the store's transaction runs again): the file itself when it can
    /// be read again from its start, otherwise (standard input, a pipe) a copy made as it is
    /// read, in an unnamed temporary file only this process can reach, gone when the process
    /// ends. Nothing is held in memory but a chunk at a time.
    func openContactLines(_ file: String) throws -> ContactLineFile {
        let (descriptor, name) = try openRereadable(file)
        return ContactLineFile(descriptor: descriptor, name: name)
    }

    /// `file`'s lines as queue events, to be read in one pass and again if the store's
    /// transaction must run again (as `openContactLines`).
    func openQueueEventLines(_ file: String) throws -> LineFile<QueueEvent> {
        let (descriptor, name) = try openRereadable(file)
        return LineFile(descriptor: descriptor, name: name, parse: QueueEventLines.parseLine)
    }

    /// A descriptor of `file`'s bytes that can be read again from its start, and the name to
    /// give it: the file itself, or a private copy of standard input or a pipe.
    func openRereadable(_ file: String) throws -> (descriptor: Int32, name: String) {
        let name = file == "-" ? "stdin" : file
        let input = file == "-" ? FileHandle.standardInput.fileDescriptor : try openInput(file)
        if lseek(input, 0, SEEK_CUR) >= 0 { return (input, name) }
        let folder = FileManager.default.temporaryDirectory.path
        defer { if input != FileHandle.standardInput.fileDescriptor { close(input) } }
        // Made private (0600) and unlinked at once: the copy holds personal data.
        var template = Array((folder + "/servicecenter-import-XXXXXX").utf8CString)
        let copy = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if copy >= 0 { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
        guard copy >= 0 else { throw copyFailed(folder) }
        var chunk = [UInt8](repeating: 0, count: LineReader.chunkBytes)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(file, LineReader.Failure(errorNumber: errno))
            }
            var written = 0
            while written < count {
                let step = chunk.withUnsafeBytes { write(copy, $0.baseAddress! + written, count - written) }
                if step < 0, errno == EINTR { continue }
                guard step > 0 else { throw copyFailed(folder) }
                written += step
            }
        }
        guard lseek(copy, 0, SEEK_SET) == 0 else { throw unreadable(file, LineReader.Failure(errorNumber: errno)) }
        return (copy, name)
    }
}
