import Foundation

/// The structured fields that differ between two versions of a contact, for the audit log:
/// old → new for each, free text (the note, a referral, the matter) by its length only, and
/// the call-back details by name only, so the log never keeps what a purge removes.
public enum ContactChanges {
    public static func describe(from old: Contact, to new: Contact) -> String {
        var changes: [String] = []
        func compare(_ field: String, _ before: String?, _ after: String?) {
            if before != after { changes.append("\(field) \(before ?? "–") → \(after ?? "–")") }
        }
        func length(_ field: String, _ before: String?, _ after: String?) {
            if before != after { changes.append("\(field) length \(before?.count ?? 0) → \(after?.count ?? 0)") }
        }
        // The call-back details are the citizen's own contact data: that one changed is worth
        // knowing, what it was or became is not, and the log is never purged.
        func named(_ field: String, _ before: String?, _ after: String?) {
            if before != after { changes.append("\(field) changed") }
        }
        compare("started_at", Timestamp.utcText(old.startedAt), Timestamp.utcText(new.startedAt))
        compare("ended_at", Timestamp.utcText(old.endedAt), Timestamp.utcText(new.endedAt))
        compare("channel", old.channel.rawValue, new.channel.rawValue)
        compare("medium", old.medium?.rawValue, new.medium?.rawValue)
        compare("category", old.category, new.category)
        compare("sector", old.sector, new.sector)
        compare("operator", old.operatorUser, new.operatorUser)
        compare("resolution", old.resolution.kind.rawValue, new.resolution.kind.rawValue)
        compare("forward_reason", forwardReason(old.resolution), forwardReason(new.resolution))
        compare("forward_to", forwardTo(old.resolution), forwardTo(new.resolution))
        compare("referred_to", referredTo(old.resolution)?.destination, referredTo(new.resolution)?.destination)
        length("referred_other", referredTo(old.resolution)?.text, referredTo(new.resolution)?.text)
        compare("queue_wait_s", old.queueWaitSeconds.map(String.init), new.queueWaitSeconds.map(String.init))
        compare("digital_help", String(old.digitalHelp), String(new.digitalHelp))
        compare("incident", old.incident, new.incident)
        compare("repeat_of", old.repeatOf.map(String.init), new.repeatOf.map(String.init))
        length("note", old.note, new.note)
        length("matter", old.matter, new.matter)
        named("callback_phone", old.callback?.phone, new.callback?.phone)
        named("callback_email", old.callback?.email, new.callback?.email)
        named("callback_time", old.callback?.preferredTime, new.callback?.preferredTime)
        return changes.isEmpty ? "no change" : changes.joined(separator: "; ")
    }

    static func forwardReason(_ resolution: Resolution) -> String? {
        if case .forwarded(_, let reason) = resolution { reason.rawValue } else { nil }
    }

    static func forwardTo(_ resolution: Resolution) -> String? {
        if case .forwarded(let sector, _) = resolution { sector } else { nil }
    }

    static func referredTo(_ resolution: Resolution) -> Referral? {
        if case .referred(let to) = resolution { to } else { nil }
    }
}
