import Foundation
import ServicecenterCore
import TerminalUI

/// Ctrl-T with several incidents in progress: each press moves the contact's tag to the next
/// incident, in the order the banners show them, and after the last one takes it off; the
/// notice names the incident every time, so the guide sees what the contact is tagged with.
extension DeskModel {
    mutating func cycleIncidentTag() {
        guard form != nil else { return }
        let current = form?.incident.flatMap { tag in incidents.firstIndex { $0.tag == tag } }
        if form?.incident != nil, current == nil || current == incidents.count - 1 {
            form?.incident = nil
            notice = Notice(kind: .info, text: text.incidentUntagged)
        } else if let next = incidents.indices.contains((current ?? -1) + 1) ? incidents[(current ?? -1) + 1] : nil {
            form?.incident = next.tag
            notice = Notice(kind: .success, text: text.incidentTagged(next.title))
        } else {
            notice = Notice(kind: .warning, text: text.noIncidentToTag)
        }
    }
}
