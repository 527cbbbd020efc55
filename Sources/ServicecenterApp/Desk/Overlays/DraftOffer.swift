import TerminalUI

/// A draft offered to resume: from a session that ended with a contact open, or set aside.
public struct DraftOffer: Sendable {
    public var draft: ContactForm

    /// What the guide answered.
    enum Action: Equatable {
        case none
        /// Enter: the draft is opened where the guide left off.
        case resume
        /// Esc: the draft waits while a new contact is taken.
        case setAside
        /// Delete: asked first, as throwing it away is for good.
        case askDiscard
    }

    func update(_ key: Key) -> Action {
        switch key {
        case .enter: .resume
        case .escape: .setAside
        case .delete: .askDiscard
        default: .none
        }
    }
}
