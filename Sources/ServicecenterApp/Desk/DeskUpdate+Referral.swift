import Foundation
import ServicecenterCore
import TerminalUI

/// Outcome 3, Hänvisat: the guide says where the citizen was sent. The picker opens on `3`;
/// typing searches the destinations as the category search does, ↑↓ Enter takes one, and
/// "annan" asks for a few words naming the place. Esc steps back, as at the reason.
extension DeskModel {
    var referralSearch: ReferralSearch { ReferralSearch(destinations: configuration.referrals) }

    /// Opens the picker on the destination already chosen, or the whole list.
    mutating func openReferralPicker() {
        var picker = ReferralPicker()
        picker.matches = referralSearch.matching("")
        if let chosen = form?.referralDestination, let index = picker.matches.firstIndex(where: { $0.id == chosen }) {
            picker.selection = index
        }
        if let text = form?.referralText { picker.other.set(text) }
        referralPicker = picker
        go(to: .referral)
    }

    mutating func handleReferral(_ key: Key) -> [DeskEffect] {
        if referralPicker.writingOther { return handleReferralText(key) }
        var picker = referralPicker
        defer { referralPicker = picker }
        switch key {
        case .up: picker.selection = moved(picker.selection, by: -1, count: picker.matches.count)
        case .down: picker.selection = moved(picker.selection, by: 1, count: picker.matches.count)
        case .enter, .tab:
            guard picker.matches.indices.contains(picker.selection) else {
                notice = Notice(kind: .warning, text: text.referral.noMatch)
                return []
            }
            let destination = picker.matches[picker.selection]
            if destination.other {
                picker.writingOther = true
                notice = Notice(kind: .info, text: text.referral.writeWhere(destination.name))
                return []
            }
            form?.referralDestination = destination.id
            form?.referralText = nil
            go(to: .outcome)
            notice = Notice(kind: .info, text: text.referral.chosen(destination.name))
        case .escape:
            if !picker.query.text.isEmpty {
                picker.query.set("")
                picker.matches = referralSearch.matching("")
                picker.selection = 0
                return []
            }
            // As at the reason: backing out without a destination leaves the outcome as it was.
            if form?.referralDestination == nil { form?.resolution = .resolved }
            go(to: .outcome)
        case .function(9):
            go(to: .outcome)
            return save()
        default:
            if let action = DeskAction.forFunctionKey(key) { return perform(action) }
            if picker.query.handle(key) {
                picker.matches = referralSearch.matching(picker.query.text)
                picker.selection = 0
            }
        }
        return []
    }

    /// After "annan": a few words naming the place; Enter keeps them, Esc goes back to the list.
    mutating func handleReferralText(_ key: Key) -> [DeskEffect] {
        switch key {
        case .enter, .tab:
            let words = referralPicker.other.text.trimmingCharacters(in: .whitespaces)
            guard !words.isEmpty, let other = ReferralDestinations.other(in: configuration.referrals) else {
                notice = Notice(kind: .warning, text: text.referral.writeWhere(ReferralDestinations.other(in: configuration.referrals)?.name ?? ""))
                return []
            }
            form?.referralDestination = other.id
            form?.referralText = words
            go(to: .outcome)
            notice = Notice(kind: .info, text: text.referral.chosen(other.name + ": " + words))
        case .escape:
            referralPicker.writingOther = false
        case .function(9):
            return handleReferralText(.enter) + (focus == .outcome ? save() : [])
        default:
            if let action = DeskAction.forFunctionKey(key) { return perform(action) }
            _ = referralPicker.other.handle(key)
        }
        return []
    }

    /// The chosen destination as the form shows it: its name, and for "annan" the words.
    var chosenReferral: String? {
        guard let form, form.resolution == .referred, let id = form.referralDestination else { return nil }
        return referralName(Referral(destination: id, text: form.referralText))
    }

    /// A referral's destination by name, and for "annan" the words saying where.
    func referralName(_ referral: Referral) -> String {
        let name = configuration.referral(referral.destination)?.name ?? referral.destination
        return referral.text.map { name + ": " + $0 } ?? name
    }
}
