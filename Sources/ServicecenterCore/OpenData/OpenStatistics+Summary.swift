import Foundation

/// `summary`: one row per day with the headline figures a quality report quotes.
extension OpenStatistics {
    public var summaryTable: DataTable {
        var fields: [DataField] = [
            Self.dateField,
            DataField(
                "working_day", .boolean, title: Bilingual(sv: "Arbetsdag", en: "Working day"),
                description: Bilingual(
                    sv: "false för helger, helgdagar och de stängda dagar konfigurationen anger.",
                    en: "false for weekends, Swedish public holidays and the closed days the configuration names."),
                required: true),
            Self.contactsField,
        ]
        for channel in Channel.allCases {
            fields.append(.count("contacts_\(channel.rawValue)", sv: "Kontakter: \(Self.swedish(channel))", en: "Contacts: \(Self.english(channel))"))
        }
        fields += [
            Self.resolvedField,
            Self.fcrField,
            .share(
                "fcr_resolvable", sv: "Lösningsgrad, lösbara ärendetyper", en: "First-contact resolution, resolvable categories",
                description: Bilingual(
                    sv: "Samma mått över ärendetyper som normalt kan lösas i servicecentret.",
                    en: "The same over the categories normally answerable at the servicecenter.")),
            Self.repeatsField,
            .share("repeat_rate", sv: "Andel återkontakter", en: "Repeat rate"),
            .count("forwarded", sv: "Överlämnade till förvaltning", en: "Forwarded to a sector"),
            Self.referredField,
            Self.digitalHelpField,
            .share("digital_help_share", sv: "Andel hjälp med e-tjänst", en: "Share helped with a digital service"),
            Self.incidentsField,
            Self.handlingMeanField,
            .share(
                "phone_direct_answer_rate", sv: "Direktsvar på telefon (KKiK)", en: "Phone direct-answer rate (KKiK)",
                description: Bilingual(
                    sv: """
                        Enkla frågor (lösbara ärendetyper) på telefon lösta direkt efter en väntan inom målet ÷ (enkla frågor \
                        + samtal avbrutna efter målet).
                        """,
                    en: """
                        Simple questions (resolvable categories) by phone resolved at once after a wait within the target ÷ \
                        (simple questions + calls abandoned after the target).
                        """)),
            .count("email_answers_measured", sv: "Besvarad e-post med känd väntetid", en: "E-mails answered with a known wait"),
            .share(
                "email_answered_within_1_working_day", sv: "E-post besvarad inom 1 arbetsdag (KKiK)",
                en: "E-mail answered within 1 working day (KKiK)",
                description: Bilingual(
                    sv: "Av dagens besvarade e-post: svar senast arbetsdagen efter ankomsten (efter stängning räknas nästa arbetsdag).",
                    en: "Of the e-mails answered that day: answered by the working day after arrival (after closing, from the next working day).")),
            .share("email_answered_within_2_working_days", sv: "E-post besvarad inom 2 arbetsdagar (KKiK)", en: "E-mail answered within 2 working days (KKiK)"),
        ]
        for channel in Channel.allCases {
            let (sv, en) = (Self.swedish(channel), Self.english(channel))
            fields += [
                .share("service_level_\(channel.rawValue)", sv: "Servicenivå: \(sv)", en: "Service level: \(en)"),
                .share("service_level_target_\(channel.rawValue)", sv: "Mål för servicenivå: \(sv)", en: "Service level target: \(en)"),
                .share(
                    "evenness_\(channel.rawValue)", sv: "Jämnhet: \(sv)", en: "Evenness: \(en)",
                    description: Bilingual(
                        sv: "Andelen av dagens timmar med kö där servicenivån nådde målet.",
                        en: "Share of the day's hours with a queue in which the service level met the target.")),
                .share("lowest_hour_service_level_\(channel.rawValue)", sv: "Sämsta timmens servicenivå: \(sv)", en: "Lowest hourly service level: \(en)"),
            ]
        }
        fields += [
            .count("handovers_made", sv: "Överlämningar gjorda", en: "Hand-overs made"),
            .count("handovers_closed", sv: "Överlämningar avslutade", en: "Hand-overs closed"),
            .count("handovers_closed_on_time", sv: "Överlämningar avslutade i tid", en: "Hand-overs closed on time"),
            .count(
                "handovers_overdue", sv: "Försenade överlämningar vid dagens slut", en: "Hand-overs overdue at the end of the day",
                description: Bilingual(
                    sv: "Öppna när dagen slutade och med förfallodag före dagen.",
                    en: "Open when the day ended and due before that day.")),
        ]
        var table = DataTable(
            name: "summary",
            title: Bilingual(sv: "Sammanfattning per dag", en: "Summary by day"),
            description: Bilingual(
                sv: "En rad per dag i perioden, även dagar utan kontakter. Andelar är bråk 0–1, tider i sekunder. Inga personuppgifter.",
                en: "One row per day of the period, days without contacts included. Shares are fractions 0–1, times in seconds. No personal data."),
            fields: fields,
            primaryKey: ["date"])
        let calendar = configuration.workingDays
        let zone = configuration.timeZone
        for day in days {
            let contacts = contacts(on: day)
            let calls = calls(on: day)
            let all = ContactSummary(contacts)
            var row: [DataValue] = [.date(day), .boolean(calendar.isWorkingDay(day)), .integer(all.contacts)]
            var perChannel: [Channel: Int] = [:]
            for index in contacts.indices { perChannel[contacts[index].channel, default: 0] += 1 }
            for channel in Channel.allCases {
                row.append(.integer(perChannel[channel, default: 0]))
            }
            // Each channel's calls, found in one pass rather than filtered twice per channel.
            let callsIn = Dictionary(grouping: calls.indices) { calls[$0].channel }
            let direct = PhoneDirectAnswer(contacts: contacts, calls: calls, target: configuration.targets.serviceLevel(for: .phone))
            let email = EmailReplyTimes(contacts: contacts, calendar: calendar)
            row += [
                .integer(all.resolved), .share(all.firstContactResolution), .share(all.resolvableFirstContactResolution),
                .integer(all.repeats), .share(all.repeatRate), .integer(all.forwarded), .integer(all.referred),
                .integer(all.digitalHelp), .share(all.digitalHelpShare), .integer(all.incidents), .seconds(all.handling.mean),
                .share(direct.rate), .integer(email.measured), .share(email.shareWithinOne), .share(email.shareWithinTwo),
            ]
            for channel in Channel.allCases {
                let target = configuration.targets.serviceLevel(for: channel)
                let channelCalls = (callsIn[channel] ?? []).lazy.map { calls[$0] }
                let figures = QueueFigures(channelCalls, target: target, now: .distantPast)
                let evenness = ServiceLevelEvenness(channelCalls, target: target, zone: zone)
                row += [
                    .share(figures.serviceLevel), .share(target.percent / 100), .share(evenness.shareOfHoursMeetingTarget),
                    .share(evenness.worstHour?.serviceLevel),
                ]
            }
            let handovers = handoverDays[day] ?? HandoverDay()
            row += [.integer(handovers.made), .integer(handovers.closed), .integer(handovers.closedOnTime), .integer(handovers.overdueAtEnd)]
            table.rows.append(row)
        }
        return table
    }

    /// Channel names in the data dictionary: fixed words, whatever language the run speaks.
    static func swedish(_ channel: Channel) -> String { SwedishStrings().channel(channel) }
    static func english(_ channel: Channel) -> String { EnglishStrings().channel(channel) }
}
