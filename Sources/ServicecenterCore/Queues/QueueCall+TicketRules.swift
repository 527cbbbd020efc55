import Foundation

/// What a desk may do with a hall ticket's latest leg, decided once for every backend: a
/// refusal names the ticket and, where someone else was first, who.
extension QueueCall {
    /// Calling out of order needs a ticket still waiting.
    public func checkCallable(as number: String) throws(QueueError) {
        guard outcome == .waiting else { throw .ticketNotWaiting(number, outcome: outcome, by: answeredBy) }
    }

    /// A no-show needs a ticket that was called.
    public func checkNoShow(as number: String) throws(QueueError) {
        guard outcome == .answered else {
            if outcome == .waiting { throw .ticketNotCalled(number) }
            throw .ticketNotWaiting(number, outcome: outcome, by: answeredBy)
        }
    }

    /// A transfer takes a ticket waiting or called, not one finished.
    public func checkTransferable(as number: String) throws(QueueError) {
        guard outcome == .waiting || outcome == .answered else { throw .ticketNotWaiting(number, outcome: outcome, by: answeredBy) }
    }
}
