/// The step of the contact form that has the keyboard while no overlay covers it: the category
/// search, the outcome, the reason, the referral's destination, the note or a hand-over field.
/// An overlay (help, a picker, a list) opens over the step and leaves it where it was.
public enum FormStep: Hashable, Sendable {
    /// No contact open: typing starts one.
    case idle
    case search
    case outcome
    case reason
    /// Where a referred contact was sent (after `3`): a search over referrals.toml.
    case referral
    case note
    /// One of a forwarded contact's own fields: the matter or how the sector calls back
    /// (which one: `handover.field`).
    case forwarding
}

extension DeskModel.Focus {
    /// The focus of a form step, as hints and help name it.
    init(_ step: FormStep) {
        switch step {
        case .idle: self = .idle
        case .search: self = .search
        case .outcome: self = .outcome
        case .reason: self = .reason
        case .referral: self = .referral
        case .note: self = .note
        case .forwarding: self = .forwarding
        }
    }
}
