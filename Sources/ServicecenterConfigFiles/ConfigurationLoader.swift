import Foundation
import ServicecenterCore
import TOMLKit

/// Reads a configuration directory (servicecenter.toml, sectors.toml, categories.toml,
/// operators.toml, and referrals.toml when present) into the core's model, with every syntax, type and meaning problem located.
public enum ConfigurationLoader {
    public static let files = ["servicecenter.toml", "sectors.toml", "categories.toml", "operators.toml", "referrals.toml"]

    /// The configuration and every problem in it; `config check` shows them all. Without
    /// `knowledge`, the articles are left unread (a command that never shows or names one).
    public static func read(directory: URL, knowledge: Bool = true) -> (configuration: Configuration, problems: [ConfigurationProblem]) {
        var problems: [ConfigurationProblem] = []
        var configuration = Configuration()

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let problem = ConfigurationProblem(
                location: SourceLocation(file: directory.path), field: nil, value: nil, .directoryNotFound)
            return (configuration, [problem])
        }

        if let (table, source, file) = parse("servicecenter.toml", in: directory, problems: &problems) {
            problems += readSettings(table, source: source, file: file, into: &configuration)
        }
        if let (table, source, file) = parse("sectors.toml", in: directory, problems: &problems) {
            configuration.sectors = readArray("sector", table, source: source, file: file, problems: &problems) { reader in
                Sector(
                    id: reader.string("id", required: true) ?? "",
                    name: reader.string("name", required: true) ?? "",
                    handoverWorkingDays: reader.int("handover_working_days") ?? configuration.targets.handoverWorkingDays,
                    sensitive: reader.bool("sensitive") ?? false,
                    location: reader.location,
                    mailbox: reader.string("mailbox").flatMap { $0.isEmpty ? nil : $0 })
            }
        }
        if let (table, source, file) = parse("categories.toml", in: directory, problems: &problems) {
            configuration.categories = readArray("category", table, source: source, file: file, problems: &problems) { reader in
                Category(
                    id: reader.string("id", required: true) ?? "",
                    name: reader.string("name", required: true) ?? "",
                    sector: reader.string("sector", required: true) ?? "",
                    keywords: reader.strings("keywords") ?? [],
                    resolvable: reader.bool("resolvable", required: true) ?? false,
                    guidance: reader.string("guidance", lines: true) ?? "",
                    eservice: reader.string("eservice").flatMap { $0.isEmpty ? nil : $0 },
                    sensitive: reader.bool("sensitive") ?? false,
                    fallback: reader.bool("fallback") ?? false,
                    location: reader.location)
            }
        }
        if let (table, source, file) = parse("operators.toml", in: directory, problems: &problems) {
            configuration.operators = readArray("operator", table, source: source, file: file, problems: &problems) { reader in
                let roleText = reader.string("role") ?? Operator.Role.guide.rawValue
                let role = Operator.Role(rawValue: roleText)
                if role == nil {
                    reader.problem("role", value: roleText, .oneOf(Operator.Role.allCases.map(\.rawValue)))
                }
                return Operator(
                    user: reader.string("user", required: true) ?? "",
                    name: reader.string("name", required: true) ?? "",
                    role: role ?? .guide,
                    skills: reader.strings("skills") ?? [],
                    location: reader.location)
            }
        }
        readReferrals(in: directory, into: &configuration, problems: &problems)
        problems += ConfigurationValidator.validate(configuration)
        // The articles that read well; a bad one is left out, not a reason to refuse the site:
        // `config check` reports it (KnowledgeLoader.read), the desk works with the rest.
        if knowledge { configuration.knowledge = KnowledgeLoader.read(directory: directory, configuration: configuration).articles }
        // In file order, as an editor walks them; files in the order they are read.
        let order = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1, $0) })
        let sorted = problems.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.location, rhs.element.location)
            let fileA = order[URL(fileURLWithPath: a.file).lastPathComponent] ?? files.count
            let fileB = order[URL(fileURLWithPath: b.file).lastPathComponent] ?? files.count
            if fileA != fileB { return fileA < fileB }
            if a.line != b.line { return (a.line ?? 0) < (b.line ?? 0) }
            return lhs.offset < rhs.offset
        }.map(\.element)
        return (configuration, sorted)
    }

    /// The configuration, or `InvalidConfiguration` with every problem: no command starts on a bad one.
    public static func load(directory: URL, knowledge: Bool = true) throws(InvalidConfiguration) -> Configuration {
        let (configuration, problems) = read(directory: directory, knowledge: knowledge)
        guard problems.isEmpty else { throw InvalidConfiguration(problems: problems) }
        return configuration
    }

    static func parse(
        _ name: String, in directory: URL, problems: inout [ConfigurationProblem]
    ) -> (TOMLTable, SourceLines, String)? {
        let url = directory.appendingPathComponent(name)
        let file = url.path
        guard let data = FileManager.default.contents(atPath: file) else {
            problems.append(ConfigurationProblem(
                location: SourceLocation(file: file), .fileMissing))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(ConfigurationProblem(location: SourceLocation(file: file), .notUTF8))
            return nil
        }
        return parse(text: text, file: file, problems: &problems)
    }

    /// Parses one file's text; a syntax error becomes a problem at its line.
    static func parse(text: String, file: String, problems: inout [ConfigurationProblem]) -> (TOMLTable, SourceLines, String)? {
        if let line = TableHeaderCheck.firstUnsafeHeader(in: text) {
            // Refused before parsing: the TOML library aborts the process on such a header.
            problems.append(ConfigurationProblem(
                location: SourceLocation(file: file, line: line), .syntax(.unsafeTableHeader)))
            return nil
        }
        if let line = NulCharacterCheck.firstNul(in: text) {
            // Refused before parsing: the TOML library ends a string at a NUL, silently.
            problems.append(ConfigurationProblem(
                location: SourceLocation(file: file, line: line), .syntax(.nulCharacter)))
            return nil
        }
        if let (line, quote) = UnterminatedStringCheck.first(in: text) {
            // Refused before parsing: the TOML library calls it an "unescaped control character".
            problems.append(ConfigurationProblem(
                location: SourceLocation(file: file, line: line), .syntax(.unterminatedString(quote: quote))))
            return nil
        }
        do {
            return (try TOMLTable(string: text), SourceLines(text), file)
        } catch let error as TOMLParseError {
            problems.append(ConfigurationProblem(
                location: SourceLocation(file: file, line: error.source.begin.line), .syntax(.classify(error.description))))
        } catch {
            problems.append(ConfigurationProblem(location: SourceLocation(file: file), .syntax(.classify("\(error)"))))
        }
        return nil
    }

    /// "16:30" → 990; nil for anything that is not a time of day.
    static func minuteOfDay(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return hour * 60 + minute
    }

    /// `[site.opening_hours]`: `mon = "08:00-16:30"` … `sun = ""` (closed). A weekday left out
    /// keeps the standard hours (weekdays 08:00–16:30, weekends closed).
    static func openingHours(_ reader: TableReader) -> OpeningHours {
        var hours = OpeningHours.standard
        hours.location = reader.location
        for (index, key) in OpeningHours.weekdayKeys.enumerated() {
            guard let text = reader.string(key) else { continue }
            if text.isEmpty {
                hours.weekdays[index] = nil
            } else if let interval = OpeningHours.Interval.parse(text) {
                hours.weekdays[index] = interval
            } else {
                reader.problem(key, value: text, .openingHours)
            }
        }
        return hours
    }

    static func readArray<T>(
        _ name: String, _ root: TOMLTable, source: SourceLines, file: String,
        problems: inout [ConfigurationProblem], element: (TableReader) -> T
    ) -> [T] {
        let top = TableReader(table: root, path: name, file: file, source: source, headerLine: nil)
        defer { problems += top.finish(allowing: [name]) }
        guard let value = root[name] else {
            problems.append(ConfigurationProblem(
                location: SourceLocation(file: file), field: "[[\(name)]]", .noEntries(table: name)))
            return []
        }
        guard let array = value.array else {
            problems.append(ConfigurationProblem(
                location: SourceLocation(file: file), field: name, .notArrayOfTables(table: name)))
            return []
        }
        var result: [T] = []
        for (index, item) in array.enumerated() {
            let line = source.arrayTableHeader(name, index: index)
            guard let table = item.table else {
                problems.append(ConfigurationProblem(
                    location: SourceLocation(file: file, line: line), field: name, .entryNotTable(index: index + 1)))
                continue
            }
            let reader = TableReader(table: table, path: name, file: file, source: source, headerLine: line)
            result.append(element(reader))
            problems += reader.finish()
        }
        return result
    }

    static func readSettings(_ root: TOMLTable, source: SourceLines, file: String, into configuration: inout Configuration) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        let top = TableReader(table: root, path: "", file: file, source: source, headerLine: nil)

        if let reader = top.section("site") {
            var site = Site(location: reader.location)
            site.name = reader.string("name", required: true) ?? site.name
            site.timeZone = reader.string("timezone") ?? site.timeZone
            if let language = reader.string("language") {
                if let parsed = Language(rawValue: language) {
                    site.language = parsed
                } else {
                    reader.problem("language", value: language, .language)
                }
            }
            site.database = reader.string("database").flatMap { $0.isEmpty ? nil : $0 }
            site.visitDesks = reader.int("visit_desks") ?? site.visitDesks
            site.maxContactMinutes = reader.int("max_contact_minutes") ?? site.maxContactMinutes
            if let started = reader.string("started") {
                // Today in the site's own zone: a start after it would refuse every contact
                // logged until that day (each one "before the site began").
                let today = LocalDay(Date(), in: TimeZone(identifier: site.timeZone) ?? TimeZone(identifier: "Europe/Stockholm")!)
                if let day = LocalDay(started), AcceptedTimes.contains(day), day > today {
                    reader.problem("started", value: started, .siteStartedAfterToday(today: today.description))
                } else if let day = LocalDay(started), AcceptedTimes.contains(day) {
                    site.started = day
                } else {
                    reader.problem("started", value: started, .siteStarted(window: AcceptedTimes.description))
                }
            }
            if let hours = reader.section("opening_hours") {
                site.openingHours = Self.openingHours(hours)
                problems += hours.finish()
            }
            configuration.site = site
            problems += reader.finish()
        } else {
            problems.append(ConfigurationProblem(location: SourceLocation(file: file), field: "[site]", .sectionMissing))
        }

        if let reader = top.section("targets") {
            var targets = Targets(location: reader.location)
            targets.digitalReplyWorkingDays = reader.int("digital_reply_working_days") ?? targets.digitalReplyWorkingDays
            targets.handoverWorkingDays = reader.int("handover_working_days") ?? targets.handoverWorkingDays
            targets.repeatWindowDays = reader.int("repeat_window_days") ?? targets.repeatWindowDays
            for channel in Channel.allCases {
                guard let channelReader = reader.section(channel.rawValue) else { continue }
                let fallback = Targets.defaultServiceLevels[channel]!
                targets.serviceLevels[channel] = ServiceLevelTarget(
                    seconds: channelReader.int("answer_within_s") ?? fallback.seconds,
                    percent: channelReader.number("percent") ?? fallback.percent,
                    location: channelReader.location)
                problems += channelReader.finish()
            }
            configuration.targets = targets
            problems += reader.finish()
        }

        if let reader = top.section("calendar") {
            var calendar = CalendarSettings(location: reader.location)
            if let closing = reader.string("closing_time") {
                if let minute = Self.minuteOfDay(closing) {
                    calendar.closingMinute = minute
                } else {
                    reader.problem("closing_time", value: closing, .timeOfDay)
                }
            }
            for text in reader.strings("closed_days") ?? [] {
                if let day = LocalDay(text) {
                    // Held to the window every other day from outside is held to: a closed
                    // day in year 0000 or 9999 sends working-day arithmetic off four digits.
                    if AcceptedTimes.contains(day) {
                        calendar.closedDays.append(day)
                    } else {
                        reader.problem("closed_days", value: text, .dateOutside(window: AcceptedTimes.description))
                    }
                } else {
                    reader.problem("closed_days", value: text, .dateFormat)
                }
            }
            configuration.calendar = calendar
            problems += reader.finish()
        }

        if let reader = top.section("retention") {
            configuration.retention = Retention(
                noteDays: reader.int("note_days") ?? 365, callbackDays: reader.int("callback_days") ?? 30, location: reader.location)
            problems += reader.finish()
        }
        if let reader = top.section("statistics") {
            var statistics = StatisticsSettings(location: reader.location)
            statistics.suppressBelow = reader.int("suppress_below") ?? statistics.suppressBelow
            statistics.license = reader.string("license") ?? statistics.license
            configuration.statistics = statistics
            problems += reader.finish()
        }
        if let reader = top.section("privacy") {
            configuration.privacy = PersonalDataMasking(
                allowEmail: reader.bool("allow_email_in_notes") ?? false, allowPhone: reader.bool("allow_phone_in_notes") ?? false)
            problems += reader.finish()
        }
        if let reader = top.section("delivery") {
            problems += DeliverySection.read(reader, into: &configuration)
        }
        if let reader = top.section("reference") {
            problems += readReference(reader, into: &configuration)
        }
        if let reader = top.section("staffing") {
            problems += StaffingSection.read(reader, into: &configuration)
        }
        problems += top.finish()
        return problems
    }
}
