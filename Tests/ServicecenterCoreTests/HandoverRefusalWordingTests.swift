import Testing
@testable import ServicecenterCore

/// A refused change to a hand-over reads as the language speaks it (issue 18's tester met
/// "Ärende 3 kan inte bli medborgaren återkontaktad"): "already" when the change is the state
/// it is in, otherwise what cannot be done and why, for every event and status.
@Suite("Localization: a refused hand-over change")
struct HandoverRefusalWordingTests {
    @Test("Every event refused in every status: already, or cannot with the status, in both languages")
    func everyPair() {
        for event in HandoverEvent.allCases {
            for status in HandoverStatus.allCases {
                let swedish = SwedishStrings().handoverRefused(id: 3, event: event, status: status, by: "maria", at: "2026-11-26 05:55")
                let english = EnglishStrings().handoverRefused(id: 3, event: event, status: status, by: "maria", at: "2026-11-26 05:55")
                #expect(!swedish.contains("kan inte bli") && swedish.hasSuffix("sedan 2026-11-26 05:55 (av maria)."), "\(swedish)")
                #expect(!english.contains("cannot be citizen") && english.contains("maria"), "\(english)")
                if event.resultingStatus == status {
                    #expect(swedish.contains(" är redan ") && english.contains(" is already "), "\(swedish) / \(english)")
                } else {
                    #expect(swedish.contains(" kan inte ") && english.contains(" cannot be "), "\(swedish) / \(english)")
                }
            }
        }
        #expect(SwedishStrings().handoverRefused(id: 3, event: .calledBack, status: .calledBack, by: "maria", at: "2026-11-26 05:55")
            == "Ärende 3 är redan återkopplat sedan 2026-11-26 05:55 (av maria).")
        #expect(SwedishStrings().handoverRefused(id: 3, event: .acknowledged, status: .closed, by: "maria", at: "2026-11-26 05:55")
            == "Ärende 3 kan inte tas emot: det är avslutat sedan 2026-11-26 05:55 (av maria).")
    }
}
