import ServicecenterCore

/// What `servicecenter staffing` says: the plan's headings, its columns and every statement
/// about a figure it cannot give.
protocol StaffingStrings: Sendable {
    /// The day's heading: the day, the days the forecast rests on and the settings used.
    func heading(_ day: String, historyDays: Int, intervalMinutes: Int, occupancyCap: String, shrinkage: String) -> String
    /// A channel's heading with its target and the model used.
    func channelHeading(_ channel: String, target: ServiceLevelTarget?, model: StaffNeeded.Model?, patienceSeconds: Double?) -> String
    /// The columns for a coming day, and the extra ones for a day that has begun or passed.
    var planColumns: [String] { get }
    var outcomeColumns: [String] { get }
    /// The site is closed on the day: nothing to plan.
    func closed(_ day: String) -> String
    /// The day is the one before a holiday: forecast from ordinary weeks, so read with care.
    var dayBeforeHoliday: String { get }
    /// A channel with no earlier same weekday that had contacts on it.
    func noHistory(_ channel: String, weekday: String) -> String
    /// The short note in an interval's row for each problem.
    func note(_ problem: StaffingProblem) -> String
    /// Said once under the table when any interval has `problem`: what it means and what to do.
    func explanation(_ problem: StaffingProblem) -> String
    /// The week option is not an ISO week.
    func badWeek(_ value: String) -> String
    /// The logged-in column cannot be filled: no status change was stored on the day.
    var noStatusHistory: String { get }
    /// The weekday's name in the plural ("tisdagar"), for "from 8 earlier Tuesdays".
    func weekdays(_ weekday: Int) -> String
}

/// The table for `language`; a switch, so a third language cannot fall silently to English.
func staffingStrings(for language: Language) -> any StaffingStrings {
    switch language {
    case .swedish: SwedishStaffingStrings()
    case .english: EnglishStaffingStrings()
    }
}

/// Svenska.
struct SwedishStaffingStrings: StaffingStrings {
    func heading(_ day: String, historyDays: Int, intervalMinutes: Int, occupancyCap: String, shrinkage: String) -> String {
        "Bemanning \(day): prognos från \(historyDays) tidigare veckor, intervall \(intervalMinutes) min, "
            + "beläggningstak \(occupancyCap), bortfall \(shrinkage)"
    }
    func channelHeading(_ channel: String, target: ServiceLevelTarget?, model: StaffNeeded.Model?, patienceSeconds: Double?) -> String {
        var text = channel
        if let target { text += " – mål \(Formatting.number(target.percent)) % inom \(target.seconds) s" }
        switch model {
        case .erlangC?: text += " (Erlang C)"
        case .erlangA?: text += " (Erlang A, uppmätt tålamod \(Formatting.duration(patienceSeconds)))"
        case .deferred?: text += " (volym × hanteringstid, besvaras inom svarsmålet)"
        case nil: break
        }
        return text
    }
    var planColumns: [String] { ["Tid", "Prognos", "Hanteringstid", "Behov", "Schemalägg", "Not"] }
    var outcomeColumns: [String] { ["Inkom", "Inloggade", "Servicenivå", "Förväntad"] }
    func closed(_ day: String) -> String { "Stängt \(day) (helgdag, stängd dag eller utan öppettider): ingen bemanning att planera." }
    var dayBeforeHoliday: String {
        "Dagen före en helgdag: prognosen bygger på vanliga veckor; brukar trafiken avvika, justera för hand."
    }
    func noHistory(_ channel: String, weekday: String) -> String {
        "\(channel): ingen historik – inga tidigare \(weekday) med kontakter i kanalen; ingen prognos."
    }
    func note(_ problem: StaffingProblem) -> String {
        switch problem {
        case .closed: "stängt"
        case .noHistory: "ingen historik"
        case .thinHistory(let weeks): "tunn historik (\(weeks) v)"
        case .noTarget: "inget mål"
        case .noHandlingTime: "ingen hanteringstid"
        case .unreachableTarget: "målet nås inte"
        }
    }
    func explanation(_ problem: StaffingProblem) -> String {
        switch problem {
        case .closed: "stängt: utanför öppettiderna."
        case .noHistory: "ingen historik: inga tidigare kontakter att bygga prognosen på."
        case .thinHistory(let weeks):
            "tunn historik: bara \(weeks) tidigare veckor hade kontakter; prognosen är osäker ([staffing] history_weeks)."
        case .noTarget: "inget mål: kanalen saknar servicenivåmål; ange det under [targets] i servicecenter.toml."
        case .noHandlingTime: "ingen hanteringstid: kontakterna har ingen uppmätt hanteringstid (0 s); behovet kan inte räknas."
        case .unreachableTarget:
            "målet nås inte: inget antal handläggare når servicenivåmålet (t.ex. 100 %); sänk målet under [targets]."
        }
    }
    func badWeek(_ value: String) -> String { "--week: \"\(value)\" är ingen ISO-vecka; skriv t.ex. 2026-W49." }
    var noStatusHistory: String { "Inloggade: inga statusbyten sparade den dagen, kolumnen visar –." }
    func weekdays(_ weekday: Int) -> String {
        ["måndagar", "tisdagar", "onsdagar", "torsdagar", "fredagar", "lördagar", "söndagar"][max(0, min(6, weekday - 1))]
    }
}

/// English.
struct EnglishStaffingStrings: StaffingStrings {
    func heading(_ day: String, historyDays: Int, intervalMinutes: Int, occupancyCap: String, shrinkage: String) -> String {
        "Staffing \(day): forecast from \(historyDays) earlier weeks, \(intervalMinutes)-minute intervals, "
            + "occupancy cap \(occupancyCap), shrinkage \(shrinkage)"
    }
    func channelHeading(_ channel: String, target: ServiceLevelTarget?, model: StaffNeeded.Model?, patienceSeconds: Double?) -> String {
        var text = channel
        if let target { text += " – target \(Formatting.number(target.percent))% within \(target.seconds) s" }
        switch model {
        case .erlangC?: text += " (Erlang C)"
        case .erlangA?: text += " (Erlang A, measured patience \(Formatting.duration(patienceSeconds)))"
        case .deferred?: text += " (volume × handling time, answered within the reply target)"
        case nil: break
        }
        return text
    }
    var planColumns: [String] { ["Time", "Forecast", "Handling", "Needed", "Schedule", "Note"] }
    var outcomeColumns: [String] { ["Came", "Logged in", "Service level", "Expected"] }
    func closed(_ day: String) -> String { "Closed \(day) (holiday, closed day or no opening hours): no staffing to plan." }
    var dayBeforeHoliday: String {
        "The day before a holiday: the forecast rests on ordinary weeks; if its traffic usually differs, adjust by hand."
    }
    func noHistory(_ channel: String, weekday: String) -> String {
        "\(channel): no history – no earlier \(weekday) with contacts on the channel; no forecast."
    }
    func note(_ problem: StaffingProblem) -> String {
        switch problem {
        case .closed: "closed"
        case .noHistory: "no history"
        case .thinHistory(let weeks): "thin history (\(weeks) wk)"
        case .noTarget: "no target"
        case .noHandlingTime: "no handling time"
        case .unreachableTarget: "target unreachable"
        }
    }
    func explanation(_ problem: StaffingProblem) -> String {
        switch problem {
        case .closed: "closed: outside the opening hours."
        case .noHistory: "no history: no earlier contacts to forecast from."
        case .thinHistory(let weeks):
            "thin history: only \(weeks) earlier weeks had contacts; the forecast is uncertain ([staffing] history_weeks)."
        case .noTarget: "no target: the channel has no service-level target; set one under [targets] in servicecenter.toml."
        case .noHandlingTime: "no handling time: the contacts have no measured handling time (0 s); the need cannot be reckoned."
        case .unreachableTarget:
            "target unreachable: no number of guides reaches the service-level target (e.g. 100 %); lower it under [targets]."
        }
    }
    func badWeek(_ value: String) -> String { "--week: \"\(value)\" is not an ISO week; write e.g. 2026-W49." }
    var noStatusHistory: String { "Logged in: no status changes were stored that day; the column shows –." }
    func weekdays(_ weekday: Int) -> String {
        ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"][max(0, min(6, weekday - 1))]
    }
}
