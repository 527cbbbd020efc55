import Foundation
@testable import ServicecenterCore

/// A small configuration that tests can reason about by hand.
enum Fixtures {
    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!

    static let configuration = Configuration(
        site: Site(name: "Testkommun"),
        sectors: [
            Sector(id: "forskola", name: "Förskoleförvaltningen", handoverWorkingDays: 2),
            Sector(id: "teknik", name: "Tekniska förvaltningen", handoverWorkingDays: 2),
            Sector(id: "social", name: "Socialförvaltningen", handoverWorkingDays: 2),
            Sector(id: "stadsbyggnad", name: "Stadsbyggnadsförvaltningen", handoverWorkingDays: 2),
        ],
        categories: [
            Category(id: "forskoleplats", name: "Förskoleplats", sector: "forskola",
                     keywords: ["förskola", "dagis", "barnomsorg"], resolvable: true, guidance: "Ansök i e-tjänsten."),
            Category(id: "avfall", name: "Avfall och sophämtning", sector: "teknik",
                     keywords: ["sophämtning", "soptunna", "fel på soptunna"], resolvable: true),
            Category(id: "ekonomiskt_bistand", name: "Ekonomiskt bistånd", sector: "social",
                     keywords: ["försörjningsstöd", "socialbidrag"], resolvable: false),
            Category(id: "bygglov", name: "Bygglov", sector: "stadsbyggnad",
                     keywords: ["bygga", "attefall", "altan"], resolvable: true),
        ],
        operators: [
            Operator(user: "anna", name: "Anna", role: .guide, skills: ["phone", "visit"]),
            Operator(user: "maria", name: "Maria", role: .supervisor),
        ]
    )

    /// 2026-11-23 (a Monday) at `hour:minute` Stockholm time (UTC+1 in November).
    static func time(_ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Date {
        Timestamp.parse(String(format: "2026-11-23T%02d:%02d:%02d+01:00", hour, minute, second))!
    }

    static func contact(
        channel: Channel = .phone, category: String = "avfall", resolvable: Bool = true,
        resolution: Resolution = .resolved, handling: Double = 60, wait: Int? = nil, startHour: Int = 9,
        digitalHelp: Bool = false, operatorUser: String = "anna"
    ) -> Contact {
        let start = time(startHour)
        return Contact(
            startedAt: start, endedAt: start.addingTimeInterval(handling), channel: channel, category: category,
            sector: "teknik", resolvable: resolvable, operatorUser: operatorUser, queueWaitSeconds: wait,
            resolution: resolution, digitalHelp: digitalHelp)
    }
}
