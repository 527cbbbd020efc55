/// Who may read a hand-over's call-back details (återkontakt: the citizen's phone number,
/// e-mail address, preferred time): the people who work the hand-over, and no one else.
extension Operator {
    /// Whether this operator may see the call-back details of a hand-over whose contact
    /// `madeBy` forwarded. The same people who may change it (`mayChange`): the guide who
    /// made it (as the desk's F7 shows them), supervisors and admins. Another guide still
    /// sees the case (its matter and history, which a repeat contact needs) without them:
    /// the number is the one piece of contact data the system keeps, so it is shown only
    /// where it is needed to call the citizen back.
    public func maySeeCallback(ofHandoverMadeBy madeBy: String?) -> Bool {
        mayChange(handoverMadeBy: madeBy)
    }
}
