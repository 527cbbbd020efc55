import Foundation
import ServicecenterCore

/// Sends the desk's hand-over e-mails off the screen's thread.
///
/// The desk saves a contact first, on the screen's thread, as always; then it only wakes this
/// worker. The worker runs one delivery round (due rows, two seconds at most, each try limited
/// by `[delivery] timeout_seconds`) on a thread of its own, through the store's own write
/// transactions, and touches neither the model nor the terminal. A hanging mail command
/// therefore never freezes the screen or delays a keystroke; a desk that quits mid-try leaves
/// the row claimed, and it is sent again once the claim expires (at least once, same Message-ID).
public final class DeliveryWorker: Sendable {
    let store: Store
    let configuration: Configuration
    let transport: any MailTransport
    let wakeUp = DispatchSemaphore(value: 0)
    let stopping = StopFlag()

    public init(store: Store, configuration: Configuration, transport: any MailTransport) {
        self.store = store
        self.configuration = configuration
        self.transport = transport
    }

    /// Starts the thread, which first sends what earlier desks and commands left due.
    /// Nothing starts for a site without mailboxes.
    public func start() {
        guard configuration.sectors.contains(where: { $0.mailbox != nil }) else { return }
        let thread = Thread { [self] in
            while !stopping.isSet {
                _ = try? store.deliver(.afterCommand, configuration: configuration, transport: transport)
                wakeUp.wait()
            }
        }
        thread.name = "servicecenter-delivery"
        thread.start()
    }

    /// Asks for a round soon (after a save); several asks while one runs make one more round.
    public func wake() {
        wakeUp.signal()
    }

    /// Ends the thread once its round in progress is over (the screen it served has closed);
    /// a later `wake` sends nothing. What is left due goes with the next desk or command.
    public func stop() {
        stopping.set()
        wakeUp.signal()
    }
}

/// A flag one thread sets and another reads.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
