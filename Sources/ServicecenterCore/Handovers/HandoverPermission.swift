/// Who may move a hand-over along: the rule the command line applies, decided here once.
extension Operator {
    /// Whether this operator may acknowledge, call back, close or reopen a hand-over whose
    /// contact `madeBy` forwarded. Supervisors and admins may change any; a guide only the
    /// ones they forwarded, which are the ones the desk's F7 list shows them. (operators.toml
    /// has no sector per person, so "the guide's sector" cannot be told; a sector's own staff
    /// who work hand-overs from the command line are given the supervisor role.)
    public func mayChange(handoverMadeBy madeBy: String?) -> Bool {
        role != .guide || madeBy == user
    }
}
