import Foundation

/// `knowledge_by_category`: per day and category, the contacts where the guide opened a
/// knowledge article and those where none was opened, each with how many were resolved at
/// first contact, and how many articles were opened. Counts only: no article text, no search
/// words (those are internal, `stats --by knowledge`), no person.
extension OpenStatistics {
    public var knowledgeTable: DataTable {
        var table = DataTable(
            name: "knowledge_by_category",
            title: Bilingual(sv: "Kunskapsartiklar per ärendetyp", en: "Knowledge articles by category"),
            description: Bilingual(
                sv: "En rad per dag och ärendetyp med kontakter: de där vägledaren öppnade minst en kunskapsartikel "
                    + "(Config/knowledge) och de där ingen öppnades, med hur många som löstes vid första kontakten. "
                    + "Inga sökord, ingen artikeltext, inga personer. "
                    + "En rad är känslig när någon av dess kontakter hör till en känslig förvaltning eller ärendetyp. "
                    + suppressionRule.sv,
                en: "One row per day and category with contacts: those where the guide opened at least one knowledge "
                    + "article (Config/knowledge) and those where none was opened, with how many were resolved at first contact. "
                    + "No search words, no article text, no persons. "
                    + "A row is sensitive when any of its contacts belongs to a sensitive sector or category. "
                    + suppressionRule.en),
            fields: [
                Self.dateField,
                DataField("category", .string, title: Bilingual(sv: "Ärendetyp (id)", en: "Category (id)"), required: true),
                DataField("category_name", .string, title: Bilingual(sv: "Ärendetyp", en: "Category name")),
                .count("with_article", sv: "Kontakter med öppnad artikel", en: "Contacts with an article opened"),
                .count("resolved_with_article", sv: "Lösta vid första kontakt, med artikel", en: "Resolved at first contact, with an article"),
                .share(
                    "fcr_with_article", sv: "Lösningsgrad med artikel", en: "First-contact resolution with an article",
                    description: Bilingual(sv: "Lösta med artikel ÷ kontakter med artikel.", en: "Resolved with an article ÷ contacts with an article.")),
                .count("without_article", sv: "Kontakter utan öppnad artikel", en: "Contacts without an article opened"),
                .count("resolved_without_article", sv: "Lösta vid första kontakt, utan artikel", en: "Resolved at first contact, without an article"),
                .share(
                    "fcr_without_article", sv: "Lösningsgrad utan artikel", en: "First-contact resolution without an article",
                    description: Bilingual(
                        sv: "Lösta utan artikel ÷ kontakter utan artikel.", en: "Resolved without an article ÷ contacts without an article.")),
                .count(
                    "articles_opened", sv: "Öppnade artiklar", en: "Articles opened",
                    description: Bilingual(
                        sv: "Varje artikel räknas en gång per kontakt som öppnade den.", en: "Each article counted once per contact that opened it.")),
                DataField(
                    "suppressed", .boolean, title: Bilingual(sv: "Undanhållen", en: "Withheld"),
                    description: Bilingual(
                        sv: "true: raden ingår i röjandeskyddet och dess antal lämnas tomma.",
                        en: "true: the row is withheld by the small-count rule and its figures are empty."),
                    required: true),
            ],
            primaryKey: ["date", "category"])
        let suppression = SmallCountSuppression(threshold: configuration.statistics.suppressBelow)
        let names = configuration.categoryNames
        for day in days {
            let dayContacts = contacts(on: day)
            guard !dayContacts.isEmpty else { continue }
            var sensitive: [String: Bool] = [:]
            for contact in dayContacts where configuration.isSensitive(category: contact.category, sector: contact.sector) {
                sensitive[contact.category] = true
            }
            // No staleness and no articles are needed for the counts: the day's figures alone.
            let uses = KnowledgeGaps(contacts: dayContacts, articles: [], searches: [], today: day).categories
                .sorted { $0.category < $1.category }
            // One group: the rows add up to the day's contacts in `summary`.
            let withheld = suppression.withheld(uses.map {
                SmallCountSuppression.Row(group: 0, count: $0.contacts, sensitive: sensitive[$0.category] ?? false)
            })
            for (index, use) in uses.enumerated() {
                let prefix: [DataValue] = [.date(day), .text(use.category), names[use.category].map(DataValue.text) ?? .missing]
                table.rows.append(prefix + (withheld.contains(index)
                    ? Array(repeating: .missing, count: 7) + [.boolean(true)]
                    : [.integer(use.withArticle), .integer(use.resolvedWithArticle), .share(use.fcrWithArticle),
                       .integer(use.withoutArticle), .integer(use.resolvedWithoutArticle), .share(use.fcrWithoutArticle),
                       .integer(use.articlesOpened), .boolean(false)]))
            }
        }
        return table
    }
}
