import Foundation
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// A desk on a fixed clock with a small catalogue, so tests and snapshots are stable.
enum DeskFixtures {
    static let zone = TimeZone(identifier: "Europe/Stockholm")!
    /// Monday 2026-11-23 09:41:00 in Stockholm.
    static let now = Timestamp.parse("2026-11-23T09:41:00+01:00")!

    static let configuration = Configuration(
        site: Site(name: "Testkommun"),
        sectors: [
            Sector(id: "forskola", name: "Förskoleförvaltningen", handoverWorkingDays: 2),
            Sector(id: "stadsbyggnad", name: "Stadsbyggnadsförvaltningen", handoverWorkingDays: 2),
            Sector(id: "teknik", name: "Tekniska förvaltningen", handoverWorkingDays: 2),
        ],
        categories: [
            Category(id: "forskoleplats", name: "Förskoleplats", sector: "forskola", keywords: ["förskola", "dagis"],
                     resolvable: true, guidance: "Ansökan görs i e-tjänsten senast fyra månader innan behov.",
                     eservice: "Ansök om förskoleplats"),
            Category(id: "bygglov", name: "Bygglov", sector: "stadsbyggnad", keywords: ["bygga", "altan"],
                     resolvable: true, guidance: "Förklara när bygglov krävs.", eservice: "Ansök om bygglov"),
            Category(id: "avfall", name: "Avfall och sophämtning", sector: "teknik", keywords: ["sopor", "soptunna"],
                     resolvable: true, guidance: "Kontrollera hämtdag på webben."),
        ],
        operators: [Operator(user: "anna", name: "Anna Lindqvist", role: .guide, skills: ["phone"])]
    )

    static func model(
        station: Station? = Station(channel: .phone), draft: ContactForm? = nil, size: Size = Size(width: 80, height: 24),
        language: Language = .swedish
    ) -> DeskModel {
        DeskModel(
            configuration: configuration, guide: configuration.operators[0], text: deskStrings(for: language), now: now,
            size: size, station: station, draft: draft)
    }

    static func contact(id: Int64, minutesAgo: Double, category: String = "bygglov", resolution: Resolution = .resolved) -> Contact {
        let start = now.addingTimeInterval(-minutesAgo * 60)
        return Contact(
            id: id, startedAt: start, endedAt: start.addingTimeInterval(120), channel: .phone, category: category,
            sector: configuration.category(category)!.sector, resolvable: true, operatorUser: "anna", resolution: resolution)
    }
}

extension DeskModel {
    /// Types each character as a key; returns every effect produced.
    @discardableResult
    mutating func type(_ text: String) -> [DeskEffect] {
        text.flatMap { update(.key(.character($0))) }
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> [DeskEffect] {
        keys.flatMap { update(.key($0)) }
    }
}

extension DeskMessage {
    /// The store's answer to a save that masked nothing.
    static func saved(id: Int64, contact: Contact) -> DeskMessage {
        .saved(SavedContact(id: id), contact: contact)
    }
}

extension [DeskEffect] {
    var savedContact: Contact? {
        for effect in self { if case .saveContact(let contact) = effect { return contact } }
        return nil
    }

    var draftSaves: Int { filter { if case .saveDraft = $0 { true } else { false } }.count }
}
