/// A question the desk asks before a key throws work away or changes what is stored: the
/// guide answers it with one more deliberate key, or carries on and nothing happens.
public enum DeskConfirmation: Hashable, Sendable {
    /// Quit with a contact open (F10 or Ctrl-C again quits; the draft is kept).
    case quit
    /// Throw the offered draft away for good (Delete again).
    case discardDraft
    /// Throw the open contact away, with what it holds (Delete).
    case cancelContact
    /// Move the open contact's ticket to the other hall queue and close the contact (Enter).
    case transferTicket
    /// Record a call-back on a hand-over (Enter again).
    case callback(handoverID: Int64)
}
