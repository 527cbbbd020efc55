import Foundation

/// Work begun on another thread, and its result once it is done: the import's next chunk
/// being checked, or its next batch being read, while this thread does the rest.
final class WorkAhead<T: Sendable>: @unchecked Sendable {
    // Written once by the working thread before `done` is signalled, read after waiting.
    private var outcome: T?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.outcome = work()
            self.done.signal()
        }
    }

    func result() -> T {
        done.wait()
        done.signal() // later calls return at once
        return outcome!
    }
}
