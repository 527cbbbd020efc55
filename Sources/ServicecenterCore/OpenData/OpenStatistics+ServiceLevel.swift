import Foundation

/// `service_level_by_channel_hour`: per day, channel and hour the queue was used, what was
/// offered and how fast it was answered, against the channel's target.
extension OpenStatistics {
    public var serviceLevelTable: DataTable {
        var table = DataTable(
            name: "service_level_by_channel_hour",
            title: Bilingual(sv: "Servicenivå per kanal och timme", en: "Service level by channel and hour"),
            description: Bilingual(
                sv: """
                    En rad per dag, kanal och timme då någon ställde sig i kö (samtal, videosamtal, e-post, kölapp). \
                    Servicenivå = besvarade inom målet ÷ (besvarade + avbrutna efter målet); avbrutna före målet, \
                    uteblivna besökare och kopplade samtal räknas inte (se docs/measures.md).
                    """,
                en: """
                    One row per day, channel and hour in which someone joined a queue (call, video call, e-mail, ticket). \
                    Service level = answered within the target ÷ (answered + abandoned after the target); abandons before \
                    the target, no-shows and transfers are left out (see docs/measures.md).
                    """),
            fields: [
                Self.dateField, Self.channelField,
                DataField(
                    "hour", .integer, title: Bilingual(sv: "Timme", en: "Hour"),
                    description: Bilingual(sv: "Timmen då kön började, 0–23 (8 = 08.00–08.59).", en: "Hour of joining the queue, 0–23 (8 = 08:00–08:59)."),
                    required: true),
                .count("offered", sv: "Inkomna", en: "Offered"),
                .count("answered", sv: "Besvarade", en: "Answered"),
                .count("abandoned", sv: "Avbrutna", en: "Abandoned"),
                .count("abandoned_before_target", sv: "Avbrutna före målet", en: "Abandoned before the target"),
                .count("no_shows", sv: "Uteblivna besökare", en: "No-shows"),
                .count("answered_within_target", sv: "Besvarade inom målet", en: "Answered within the target"),
                .share("service_level", sv: "Servicenivå", en: "Service level"),
                .seconds("target_s", sv: "Mål: besvara inom (s)", en: "Target: answer within (s)"),
                .share("target_service_level", sv: "Mål: servicenivå", en: "Target: service level"),
                .seconds("asa_s", sv: "Genomsnittlig väntetid till svar (s)", en: "Average speed of answer (s)"),
                .seconds("wait_p90_s", sv: "Väntetid till svar, 90:e percentil (s)", en: "Wait to answer, 90th percentile (s)"),
                DataField(
                    "meets_target", .boolean, title: Bilingual(sv: "Timmen nådde målet", en: "The hour met the target"),
                    description: Bilingual(
                        sv: "Jämnhet: true när timmens servicenivå nådde målet; tomt när timmen saknar servicenivå. "
                            + "Andelen timmar på mål är det jämna i \"en jämnare servicenivå\".",
                        en: "Evenness: true when the hour's service level met the target; empty when the hour has no service level. "
                            + "The share of hours on target is the \"even\" in \"a more even service level\".")),
            ],
            primaryKey: ["date", "channel", "hour"])
        let zone = configuration.timeZone
        for day in days {
            let calls = calls(on: day)
            for channel in Channel.allCases {
                let target = configuration.targets.serviceLevel(for: channel)
                let hours = Dictionary(grouping: calls.filter { $0.channel == channel }) { localHour(of: $0.queuedAt, in: zone) }
                for hour in hours.keys.sorted() {
                    // A past hour has no "now": calls still waiting are left out, as in `stats`.
                    let figures = QueueFigures(hours[hour]!, target: target, now: .distantPast)
                    table.rows.append([
                        .date(day), .text(channel.rawValue), .integer(hour), .integer(figures.offered), .integer(figures.answered),
                        .integer(figures.abandoned), .integer(figures.shortAbandoned), .integer(figures.noShows),
                        .integer(figures.answeredWithinTarget), .share(figures.serviceLevel), .integer(target.seconds),
                        .share(target.percent / 100), .seconds(figures.averageSpeedOfAnswer), .seconds(figures.answerWaits.p90),
                        figures.serviceLevel.map { .boolean(target.isMet(by: $0)) } ?? .missing,
                    ])
                }
            }
        }
        return table
    }
}
