import Foundation

/// `referrals_by_destination`: per day, how many citizens were referred to each destination of
/// referrals.toml. Counts and the destination's id and name only: the "annan" text, written by a
/// guide, never enters the package.
extension OpenStatistics {
    public var referralTable: DataTable {
        var table = DataTable(
            name: Self.referralTableName,
            title: Bilingual(sv: "Hänvisningar per destination", en: "Referrals by destination"),
            description: Bilingual(
                sv: "En rad per dag och destination som medborgare hänvisades till (Config/referrals.toml); "
                    + "destination \"(none)\": hänvisad utan angiven destination. Ingen fritext (inte heller \"annan\"-texten). "
                    + "En rad är känslig när någon av dess kontakter hör till en känslig förvaltning eller ärendetyp. "
                    + suppressionRule.sv,
                en: "One row per day and destination citizens were referred to (Config/referrals.toml); "
                    + "destination \"(none)\": referred without a destination recorded. No free text (nor the \"other\" text). "
                    + "A row is sensitive when any of its contacts belongs to a sensitive sector or category. "
                    + suppressionRule.en),
            fields: [
                Self.dateField,
                DataField("destination", .string, title: Bilingual(sv: "Destination (id)", en: "Destination (id)"), required: true),
                DataField("destination_name", .string, title: Bilingual(sv: "Destination", en: "Destination name")),
                Self.referredField,
                DataField(
                    "suppressed", .boolean, title: Bilingual(sv: "Undanhållen", en: "Withheld"),
                    description: Bilingual(
                        sv: "true: raden ingår i röjandeskyddet och dess antal lämnas tomt.",
                        en: "true: the row is withheld by the small-count rule and its count is empty."),
                    required: true),
            ],
            primaryKey: ["date", "destination"])
        let suppression = SmallCountSuppression(threshold: configuration.statistics.suppressBelow)
        for day in days {
            var counts: [String: (count: Int, sensitive: Bool)] = [:]
            for contact in contacts(on: day) {
                guard case .referred(let to) = contact.resolution else { continue }
                let key = to?.destination ?? Self.noDestination
                let sensitive = configuration.isSensitive(category: contact.category, sector: contact.sector)
                counts[key, default: (0, false)].count += 1
                counts[key]!.sensitive = counts[key]!.sensitive || sensitive
            }
            // By id ("(none)" sorts first): the same order on every run.
            let keys = counts.keys.sorted()
            // One group: the rows add up to the day's referred total in `summary`.
            let withheld = suppression.withheld(keys.map { SmallCountSuppression.Row(group: 0, count: counts[$0]!.count, sensitive: counts[$0]!.sensitive) })
            for (index, key) in keys.enumerated() {
                let name: DataValue = key == Self.noDestination ? .missing : .text(configuration.referral(key)?.name ?? key)
                let prefix: [DataValue] = [.date(day), .text(key), name]
                table.rows.append(prefix + (withheld.contains(index)
                    ? [.missing, .boolean(true)]
                    : [.integer(counts[key]!.count), .boolean(false)]))
            }
        }
        return table
    }

    /// The key of referrals without a destination: parentheses are never in a configured id
    /// (`ConfigurationValidator.validateIdentifier`), so it cannot meet a real destination.
    static let noDestination = "(none)"
    static let referralTableName = "referrals_by_destination"
}
