/// The fields several tables share, described once so a figure has one name, one title and
/// one definition wherever it appears.
extension OpenStatistics {
    /// The field every table starts with.
    static let dateField = DataField(
        "date", .date, title: Bilingual(sv: "Datum", en: "Date"),
        description: Bilingual(sv: "Dagen, i servicecentrets tidszon.", en: "The day, in the servicecenter's time zone."),
        required: true)

    static let channelField = DataField(
        "channel", .string, title: Bilingual(sv: "Kanal", en: "Channel"),
        description: Bilingual(
            sv: "visit = besök, phone = telefon, sign_language = teckenspråk, digital = e-post, chatt och e-tjänster.",
            en: "visit, phone, sign_language (by video or at the desk), digital (e-mail, chat, e-services)."),
        allowed: Channel.allCases.map(\.rawValue), required: true)

    static let contactsField = DataField.count("contacts", sv: "Kontakter", en: "Contacts")
    static let resolvedField = DataField.count("resolved_first_contact", sv: "Lösta vid första kontakt", en: "Resolved at first contact")
    static let fcrField = DataField.share(
        "fcr", sv: "Lösningsgrad", en: "First-contact resolution",
        description: Bilingual(sv: "Lösta vid första kontakt ÷ alla kontakter.", en: "Resolved at first contact ÷ all contacts."))
    static let referredField = DataField.count("referred", sv: "Hänvisade till annan myndighet", en: "Referred to another authority")
    static let digitalHelpField = DataField.count("digital_help", sv: "Hjälp med e-tjänst", en: "Helped with a digital service")
    static let incidentsField = DataField.count("incident_contacts", sv: "Kontakter om en störning", en: "Contacts about an incident")
    static let repeatsField = DataField.count("repeat_contacts", sv: "Återkontakter", en: "Repeat contacts")
    static let handlingMeanField = DataField.seconds("handling_mean_s", sv: "Handläggningstid, medel (s)", en: "Handling time, mean (s)")
    static let handlingP90Field = DataField.seconds(
        "handling_p90_s", sv: "Handläggningstid, 90:e percentil (s)", en: "Handling time, 90th percentile (s)")
}
