import Foundation

/// `contacts_by_channel_sector_category`: per day, channel, sector and category, what came in
/// and how it ended, with small counts in sensitive categories withheld.
extension OpenStatistics {
    public var contactTable: DataTable {
        var table = DataTable(
            name: "contacts_by_channel_sector_category",
            title: Bilingual(sv: "Kontakter per kanal, förvaltning och ärendetyp", en: "Contacts by channel, sector and category"),
            description: Bilingual(
                sv: "En rad per dag, kanal, förvaltning och ärendetyp. " + suppressionRule.sv,
                en: "One row per day, channel, sector and category. " + suppressionRule.en),
            fields: [
                Self.dateField, Self.channelField,
                DataField("sector", .string, title: Bilingual(sv: "Förvaltning (id)", en: "Sector (id)"), required: true),
                DataField("sector_name", .string, title: Bilingual(sv: "Förvaltning", en: "Sector name")),
                DataField("category", .string, title: Bilingual(sv: "Ärendetyp (id)", en: "Category (id)"), required: true),
                DataField("category_name", .string, title: Bilingual(sv: "Ärendetyp", en: "Category name")),
                Self.contactsField,
                Self.resolvedField,
                .count("forwarded_needs_case_officer", sv: "Överlämnade: kräver handläggare", en: "Forwarded: needs a case officer"),
                .count("forwarded_could_not_answer", sv: "Överlämnade: kunde inte besvaras", en: "Forwarded: could not answer"),
                .count("forwarded_citizen_request", sv: "Överlämnade: på medborgarens begäran", en: "Forwarded: at the citizen's request"),
                Self.referredField,
                Self.digitalHelpField,
                Self.incidentsField,
                Self.repeatsField,
                Self.handlingMeanField,
                Self.handlingP90Field,
                DataField(
                    "suppressed", .boolean, title: Bilingual(sv: "Undanhållen", en: "Withheld"),
                    description: Bilingual(
                        sv: "true: raden ingår i röjandeskyddet och dess siffror lämnas tomma.",
                        en: "true: the row is withheld by the small-count rule and its figures are empty."),
                    required: true),
            ],
            primaryKey: ["date", "channel", "sector", "category"])

        let suppression = SmallCountSuppression(threshold: configuration.statistics.suppressBelow)
        for day in days {
            let groups = Dictionary(grouping: contacts(on: day)) { GroupKey(channel: $0.channel, sector: $0.sector, category: $0.category) }
            let keys = groups.keys.sorted()
            let withheld = suppression.withheld(keys.map { key in
                SmallCountSuppression.Row(
                    group: Channel.allCases.firstIndex(of: key.channel)!, count: groups[key]!.count,
                    sensitive: configuration.isSensitive(category: key.category, sector: key.sector))
            })
            for (index, key) in keys.enumerated() {
                let prefix: [DataValue] = [
                    .date(day), .text(key.channel.rawValue), .text(key.sector), .text(configuration.sector(key.sector)?.name ?? key.sector),
                    .text(key.category), .text(configuration.category(key.category)?.name ?? key.category),
                ]
                if withheld.contains(index) {
                    // Every figure between the key and the flag is left empty.
                    table.rows.append(prefix + Array(repeating: .missing, count: table.fields.count - prefix.count - 1) + [.boolean(true)])
                    continue
                }
                let summary = ContactSummary(groups[key]!)
                table.rows.append(prefix + [
                    .integer(summary.contacts), .integer(summary.resolved),
                    .integer(summary.forwardedByReason[.needsCaseOfficer, default: 0]),
                    .integer(summary.forwardedByReason[.couldNotAnswer, default: 0]),
                    .integer(summary.forwardedByReason[.citizenRequest, default: 0]),
                    .integer(summary.referred), .integer(summary.digitalHelp), .integer(summary.incidents), .integer(summary.repeats),
                    .seconds(summary.handling.mean), .seconds(summary.handling.p90), .boolean(false),
                ])
            }
        }
        return table
    }

    /// The small-count rule in words, for the schema's description.
    var suppressionRule: Bilingual { Self.suppressionRule(configuration) }

    static func suppressionRule(_ configuration: Configuration) -> Bilingual {
        let below = configuration.statistics.suppressBelow
        return Bilingual(
            sv: """
                Inga personuppgifter: inga anteckningar, namn, samtals-id eller handläggare. Röjandeskydd: i känsliga \
                förvaltningar och ärendetyper (socialtjänst, vård och omsorg, funktionsstöd, hälsa) lämnas rader med färre \
                än \(below) kontakter tomma och markeras suppressed = true. För att summorna per dag och kanal inte ska \
                avslöja en sådan rad undanhålls ytterligare rader, de minsta först, tills de undanhållna raderna är minst två \
                och tillsammans har minst \(below) kontakter. Summorna i summary räknar alla kontakter.
                """,
            en: """
                No personal data: no notes, names, call ids or staff. Small-count rule: in sensitive sectors and categories \
                (social services, care, disability support, health), rows with fewer than \(below) contacts are left empty \
                and flagged suppressed = true. So that the day's totals per channel cannot give such a row back, further rows \
                are withheld, smallest first, until the withheld rows are at least two and hold at least \(below) contacts \
                together. The totals in summary count every contact.
                """)
    }

    /// A row of the contacts table: sorted by channel in display order, then sector and category id.
    struct GroupKey: Hashable, Comparable {
        var channel: Channel
        var sector: String
        var category: String

        static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
            (lhs.channel, lhs.sector, lhs.category) < (rhs.channel, rhs.sector, rhs.category)
        }
    }
}
