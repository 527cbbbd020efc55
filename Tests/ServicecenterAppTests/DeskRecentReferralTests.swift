import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// "Mina kontakter idag" says where a referred citizen was sent, as it says to which sector a
/// forwarded contact went.
@Suite("Desk: today's contacts name a referral's destination")
struct DeskRecentReferralTests {
    @Test("A referral shows → the destination's name; annan shows its words")
    func destinationShown() {
        // Wide enough that the row is not cut for the side panel's width.
        var model = DeskFixtures.model(size: Size(width: 200, height: 40))
        model.update(.recentLoaded([
            DeskFixtures.contact(id: 3, minutesAgo: 10, category: "avfall", resolution: .referred(to: Referral(destination: "skatteverket"))),
            DeskFixtures.contact(id: 2, minutesAgo: 20, category: "avfall", resolution: .referred(to: Referral(destination: "annan", text: "Hyresnämnden"))),
        ]))
        let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
        #expect(screen.contains("Hänvisat → Skatteverket"), "\(screen)")
        #expect(screen.contains("Hänvisat → Annan: Hyresnämnden"), "\(screen)")
    }
}
