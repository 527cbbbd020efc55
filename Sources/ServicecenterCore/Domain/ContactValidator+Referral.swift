/// Where a referred contact was sent, checked against `Config/referrals.toml`.
extension ContactValidator {
    /// `.referred` with its destination (by id, or by a name equal when case and diacritics are
    /// ignored) and, for "annan", its short text; a text alone means "annan". Neither: no
    /// destination recorded, as files written before destinations existed have it.
    func validateReferral(_ draft: TypedContactDraft, problems: inout [ContactProblem]) -> Resolution? {
        let destinations = configuration.referrals
        let typed = nonEmpty(draft.referredTo)
        let text = nonEmpty(draft.referredOther)
        var destination: ReferralDestination?
        if let typed {
            destination = ReferralDestinations.find(typed, in: destinations)
            if destination == nil {
                problems.append(.unknownReferral(value: typed, valid: destinations.map(\.id)))
                return nil
            }
        } else if text != nil {
            destination = ReferralDestinations.other(in: destinations)
            if destination == nil {
                problems.append(.referralTextWithoutOther(destination: ""))
                return nil
            }
        }
        guard let destination else { return .referred(to: nil) }
        if destination.other {
            guard let text else {
                problems.append(.referralTextRequired(destination: destination.id))
                return nil
            }
            if text.count > Referral.textLimit {
                problems.append(.textTooLong(field: "referred_other", characters: text.count, limit: Referral.textLimit))
            }
            if text.unicodeScalars.contains(where: { $0.value < 0x20 }) { problems.append(.invalidText(field: "referred_other")) }
            return .referred(to: Referral(destination: destination.id, text: text))
        }
        if text != nil {
            problems.append(.referralTextWithoutOther(destination: destination.id))
            return nil
        }
        return .referred(to: Referral(destination: destination.id))
    }
}
