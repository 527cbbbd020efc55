import Foundation
import ServicecenterCore

let stockholm = TimeZone(identifier: "Europe/Stockholm")!

/// A contact about refuse, logged by anna: the one most tests vary.
func contact(
    _ start: String = "2026-11-23T09:00:00+01:00", minutes: Double = 3, channel: Channel = .phone,
    resolution: Resolution = .resolved, externalID: String? = nil, note: String? = nil
) -> Contact {
    let started = Timestamp.parse(start)!
    return Contact(
        externalID: externalID, startedAt: started, endedAt: started.addingTimeInterval(minutes * 60), channel: channel,
        medium: channel == .digital ? .email : nil, category: "avfall", sector: "teknik", resolvable: true,
        operatorUser: "anna", queueWaitSeconds: 42, resolution: resolution, digitalHelp: true, incident: "driftstopp",
        note: note)
}

/// `time` ("09:07:30") on Monday 23 November 2026, Stockholm time: when the queue tests happen.
func at(_ time: String) -> Date { Timestamp.parse("2026-11-23T\(time)+01:00")! }
