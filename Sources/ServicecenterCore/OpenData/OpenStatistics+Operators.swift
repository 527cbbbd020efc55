import Foundation

/// `operators`: per day and guide, for a supervisor's own use. Only written when asked for
/// by a supervisor or admin, and never part of what is published.
extension OpenStatistics {
    public var operatorTable: DataTable {
        var table = DataTable(
            name: "operators",
            title: Bilingual(sv: "Kontakter per kommunvägledare", en: "Contacts by guide"),
            description: Bilingual(
                sv: "En rad per dag och kommunvägledare. Innehåller personuppgifter: endast för arbetsledningen, publiceras inte.",
                en: "One row per day and guide. Holds personal data: for the supervisors only, never published."),
            fields: [
                Self.dateField,
                DataField("operator", .string, title: Bilingual(sv: "Användare", en: "User"), required: true),
                DataField("operator_name", .string, title: Bilingual(sv: "Namn", en: "Name")),
                Self.contactsField,
                Self.resolvedField,
                Self.fcrField,
                .count("forwarded", sv: "Överlämnade", en: "Forwarded"),
                Self.handlingMeanField,
                Self.handlingP90Field,
            ],
            primaryKey: ["date", "operator"])
        for day in days {
            for (user, summary) in ContactBreakdown.summaries(of: contacts(on: day), by: .operator, in: configuration.timeZone) {
                table.rows.append([
                    .date(day), .text(user), .text(configuration.operator(user)?.name ?? ""), .integer(summary.contacts),
                    .integer(summary.resolved), .share(summary.firstContactResolution), .integer(summary.forwarded),
                    .seconds(summary.handling.mean), .seconds(summary.handling.p90),
                ])
            }
        }
        return table
    }
}
