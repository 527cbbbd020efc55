import Foundation

/// The referral destinations a site has, and how typed text finds one.
public enum ReferralDestinations {
    /// The list used when `Config/referrals.toml` is missing, and the one shipped in that file
    /// (a test keeps the two equal): the authorities a Swedish servicecenter refers to most.
    /// Migration v16 also maps referral texts stored before destinations existed by it.
    public static let standard: [ReferralDestination] = [
        ReferralDestination(id: "forsakringskassan", name: "Försäkringskassan", keywords: ["föräldrapenning", "sjukpenning", "bostadsbidrag", "fk"]),
        ReferralDestination(id: "skatteverket", name: "Skatteverket", keywords: ["folkbokföring", "deklaration", "id-kort", "flytt"]),
        ReferralDestination(id: "polisen", name: "Polisen", keywords: ["pass", "anmälan", "hittegods"]),
        ReferralDestination(id: "region", name: "Region Örebro län / 1177", keywords: ["1177", "vård", "vårdcentral", "sjukvård", "region"]),
        ReferralDestination(id: "arbetsformedlingen", name: "Arbetsförmedlingen", keywords: ["arbete", "jobb", "arbetslös"]),
        ReferralDestination(id: "migrationsverket", name: "Migrationsverket", keywords: ["uppehållstillstånd", "medborgarskap", "asyl"]),
        ReferralDestination(id: "csn", name: "CSN", keywords: ["studiemedel", "studielån"]),
        ReferralDestination(id: "kronofogden", name: "Kronofogden", keywords: ["skulder", "betalningsföreläggande", "skuldsanering"]),
        ReferralDestination(id: "pensionsmyndigheten", name: "Pensionsmyndigheten", keywords: ["pension", "bostadstillägg"]),
        ReferralDestination(id: "lansstyrelsen", name: "Länsstyrelsen", keywords: ["vigsel", "lantbruk", "tillstånd"]),
        ReferralDestination(id: "transportstyrelsen", name: "Transportstyrelsen", keywords: ["körkort", "fordon", "trängselskatt"]),
        ReferralDestination(id: "bolagsverket", name: "Bolagsverket", keywords: ["företag", "aktiebolag", "registrering"]),
        ReferralDestination(id: "annan", name: "Annan", keywords: ["övrig", "other"], other: true),
    ]

    /// The destination `typed` names: its id, or a name equal to it when case and diacritics
    /// are ignored ("forsakringskassan", "Försäkringskassan", "FÖRSÄKRINGSKASSAN"); nil for
    /// anything else (no prefixes or typos: a command line says exactly where).
    public static func find(_ typed: String, in destinations: [ReferralDestination]) -> ReferralDestination? {
        if let byID = destinations.first(where: { $0.id == typed }) { return byID }
        let folded = TextFolding.fold(typed)
        return destinations.first { TextFolding.fold($0.name) == folded || $0.id == folded }
    }

    /// The destination that takes a short text ("annan"), if the list has one.
    public static func other(in destinations: [ReferralDestination]) -> ReferralDestination? {
        destinations.first(where: \.other)
    }
}

extension ReferralDestinations {
    /// A referral stored as free text before destinations existed, as a destination of
    /// `destinations`: its id, its name or one part of a name written with "/" ("Region Örebro
    /// län" for "Region Örebro län / 1177"), case and diacritics aside; anything else goes to
    /// the "annan" destination with the text kept whole, so nothing the guide wrote is lost.
    public static func migrated(text: String, in destinations: [ReferralDestination] = standard) -> Referral {
        let folded = TextFolding.fold(text.trimmingCharacters(in: .whitespacesAndNewlines))
        for destination in destinations where !destination.other {
            let parts = TextFolding.fold(destination.name).split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            if destination.id == folded || TextFolding.fold(destination.name) == folded || parts.contains(folded) {
                return Referral(destination: destination.id)
            }
        }
        return Referral(destination: other(in: destinations)?.id ?? "annan", text: text)
    }
}
