/// A day as people say it aloud ("onsdag 8 april 2026"): the desk's sentence to the citizen,
/// `handovers show` and the sector's e-mail all read the due date the same way.
public enum DayInWords {
    public static let swedishWeekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
    public static let swedishMonths = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
    ]
    public static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    public static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// Weekday, day and month in `language`, and the year unless `withYear` is false (the desk
    /// leaves out this year's, as people do when they speak).
    public static func text(_ day: LocalDay, in language: Language, withYear: Bool = true) -> String {
        let (weekdays, months) = language == .english ? (englishWeekdays, englishMonths) : (swedishWeekdays, swedishMonths)
        return "\(weekdays[day.weekday - 1]) \(day.day) \(months[day.month - 1])" + (withYear ? " \(day.year)" : "")
    }
}
