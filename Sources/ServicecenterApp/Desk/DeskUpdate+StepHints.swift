import Foundation
import ServicecenterCore

/// A hint that speaks of one step (what its keys do, where typing goes) is wrong once the focus
/// has moved on: left on screen it tells the guide the next Enter does what it no longer does.
extension DeskModel {
    /// After a key moved the focus without saying anything new: a hint about the step left is
    /// cleared, or, back at the outcome from the note, replaced by what Enter does there now.
    mutating func replaceStepHint(leaving before: Focus, shown: Notice?) {
        guard focus != before, let shown, notice == shown else { return }
        var stepHints = [text.safety.keysHere(before), text.safety.enterAfterStray(before)]
        if before == .note { stepHints.append(text.safety.typingGoesToNote) }
        guard stepHints.contains(shown.text) else { return }
        guard before == .note, focus == .outcome, let form else {
            notice = nil
            return
        }
        // Forwarded without a reason, Enter does not save: it asks for the reason.
        let reasonMissing = form.resolution == .forwarded && form.reason == nil
        notice = Notice(kind: reasonMissing ? .warning : .info, text: reasonMissing ? text.chooseReasonFirst : text.safety.backAtOutcome)
    }
}
