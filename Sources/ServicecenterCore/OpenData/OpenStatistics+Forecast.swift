import Foundation

/// `forecast_by_channel_day`: per open day and channel, the contacts the staffing forecast
/// expected over the opening hours against those that came: how far the plan can be trusted.
/// Counts per channel only, never per person.
extension OpenStatistics {
    public var forecastTable: DataTable {
        var table = DataTable(
            name: "forecast_by_channel_day",
            title: Bilingual(sv: "Prognos mot utfall per kanal och dag", en: "Forecast against outcome by channel and day"),
            description: Bilingual(
                sv: """
                    En rad per öppen dag och kanal med en prognos eller kontakter. Prognosen är bemanningsplanens \
                    (servicecenter staffing): medelvärdet av samma veckodag de senaste vanliga veckorna ([staffing] \
                    history_weeks; helgdagar, stängda dagar och dagar före helgdag hoppas över), summerat över dagens \
                    öppettider. Utfall = kontakter under samma öppettider. Fel = utfall − prognos.
                    """,
                en: """
                    One row per open day and channel with a forecast or contacts. The forecast is the staffing \
                    plan's (servicecenter staffing): the mean of the same weekday over recent ordinary weeks ([staffing] \
                    history_weeks; holidays, closed days and days before a holiday skipped), summed over the day's \
                    opening hours. Outcome = contacts within the same opening hours. Error = outcome − forecast.
                    """),
            fields: [
                Self.dateField, Self.channelField,
                DataField(
                    "forecast_contacts", .number, title: Bilingual(sv: "Prognos: kontakter", en: "Forecast: contacts"),
                    description: Bilingual(
                        sv: "Tomt när det saknas historik att göra en prognos av.", en: "Empty when there is no history to forecast from."),
                    unit: "count"),
                .count("contacts", sv: "Utfall: kontakter", en: "Outcome: contacts"),
                DataField(
                    "forecast_error", .number, title: Bilingual(sv: "Fel (utfall − prognos)", en: "Error (outcome − forecast)"),
                    // No unit: a "count" is never below zero, and this difference often is.
                    description: Bilingual(
                        sv: "Kontakter; positivt när fler kom än prognosen, negativt när färre kom.",
                        en: "Contacts; positive when more came than forecast, negative when fewer came.")),
                // Not a share (0–1): a forecast of 3 when 1 came is 2.0, an error of 200 %.
                DataField(
                    "absolute_percentage_error", .number, title: Bilingual(sv: "Absolut fel i andel av utfallet", en: "Absolute percentage error"),
                    description: Bilingual(
                        sv: "|utfall − prognos| ÷ utfall, som bråk (0.25 = 25 %; kan vara över 1); tomt när inga kontakter kom.",
                        en: "|outcome − forecast| ÷ outcome, as a fraction (0.25 = 25 %; may exceed 1); empty when no contacts came.")),
                .count(
                    "history_days", sv: "Dagar i prognosen", en: "Days behind the forecast",
                    description: Bilingual(
                        sv: "Tidigare dagar (samma veckodag) med kontakter som prognosen bygger på.",
                        en: "Earlier days (the same weekday) with contacts that the forecast rests on.")),
            ],
            primaryKey: ["date", "channel"])
        for row in forecasts {
            table.rows.append([
                .date(row.day), .text(row.channel.rawValue), .decimal(row.forecast), .integer(row.actual), .decimal(row.error),
                .share(row.absolutePercentageError), .integer(row.historyDays),
            ])
        }
        return table
    }
}
