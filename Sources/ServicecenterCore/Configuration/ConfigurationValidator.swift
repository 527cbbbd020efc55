import Foundation

/// Checks the meaning of a parsed configuration: references, uniqueness, ranges.
///
/// Syntax and types are the loader's job; this sees a well-typed model and reports every
/// semantic problem it finds, in file order, so a site fixes them all in one go.
public enum ConfigurationValidator {
    public static func validate(_ config: Configuration) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        problems += validateSite(config.site)
        problems += validateTargets(config.targets)
        problems += validateSectors(config.sectors)
        problems += validateCategories(config.categories, sectors: config.sectors)
        problems += validateOperators(config.operators)
        problems += validateReferrals(config.referrals)
        if !Limits.noteDays.contains(config.retention.noteDays) {
            problems.append(ConfigurationProblem(
                location: (config.retention.location ?? SourceLocation(file: "servicecenter.toml")).of("note_days"),
                field: "retention.note_days", value: String(config.retention.noteDays),
                .between(lower: Limits.noteDays.lowerBound, upper: Limits.noteDays.upperBound, unit: .noteDays)))
        }
        if !Limits.callbackDays.contains(config.retention.callbackDays) {
            problems.append(ConfigurationProblem(
                location: (config.retention.location ?? SourceLocation(file: "servicecenter.toml")).of("callback_days"),
                field: "retention.callback_days", value: String(config.retention.callbackDays),
                .between(lower: Limits.callbackDays.lowerBound, upper: Limits.callbackDays.upperBound, unit: .noteDays)))
        }
        problems += validateStatistics(config.statistics)
        problems += validateDelivery(config.delivery, sectors: config.sectors)
        problems += validateReference(config.reference)
        return problems
    }

    static func validateStatistics(_ statistics: StatisticsSettings) -> [ConfigurationProblem] {
        let location = statistics.location ?? SourceLocation(file: "servicecenter.toml")
        var problems: [ConfigurationProblem] = []
        if !Limits.suppressBelow.contains(statistics.suppressBelow) {
            problems.append(.init(
                location: location.of("suppress_below"), field: "statistics.suppress_below", value: String(statistics.suppressBelow),
                .between(lower: Limits.suppressBelow.lowerBound, upper: Limits.suppressBelow.upperBound, unit: .suppressBelow)))
        }
        if statistics.license.isEmpty || statistics.license.contains(where: { $0.isWhitespace }) {
            problems.append(.init(
                location: location.of("license"), field: "statistics.license", value: statistics.license,
                .license))
        }
        return problems
    }

    static func validateSite(_ site: Site) -> [ConfigurationProblem] {
        let location = site.location ?? SourceLocation(file: "servicecenter.toml")
        var problems: [ConfigurationProblem] = []
        if site.name.isBlank {
            problems.append(.init(location: location.of("name"), field: "site.name", value: site.name, .empty))
        }
        if TimeZone(identifier: site.timeZone) == nil {
            problems.append(.init(
                location: location.of("timezone"), field: "site.timezone", value: site.timeZone,
                .timeZone))
        }
        if !HallStations.visitDeskLimit.contains(site.visitDesks) {
            problems.append(.init(
                location: location.of("visit_desks"), field: "site.visit_desks", value: String(site.visitDesks),
                .between(lower: HallStations.visitDeskLimit.lowerBound, upper: HallStations.visitDeskLimit.upperBound, unit: .visitorDesks)))
        }
        if !Limits.maxContactMinutes.contains(site.maxContactMinutes) {
            problems.append(.init(
                location: location.of("max_contact_minutes"), field: "site.max_contact_minutes", value: String(site.maxContactMinutes),
                .between(lower: Limits.maxContactMinutes.lowerBound, upper: Limits.maxContactMinutes.upperBound, unit: .contactMinutes)))
        }
        return problems
    }

    static func validateTargets(_ targets: Targets) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        let fallback = targets.location ?? SourceLocation(file: "servicecenter.toml")
        for channel in Channel.allCases {
            guard let target = targets.serviceLevels[channel] else { continue }
            let location = target.location ?? fallback
            if !Limits.answerWithinSeconds.contains(target.seconds) {
                problems.append(.init(
                    location: location.of("answer_within_s"), field: "targets.\(channel.rawValue).answer_within_s",
                    value: String(target.seconds),
                    .between(lower: Limits.answerWithinSeconds.lowerBound, upper: Limits.answerWithinSeconds.upperBound, unit: .answerSeconds)))
            }
            if !(target.percent > 0 && target.percent <= 100) {
                problems.append(.init(
                    location: location.of("percent"), field: "targets.\(channel.rawValue).percent",
                    value: formatNumber(target.percent), .percentage))
            }
        }
        if !Limits.workingDays.contains(targets.digitalReplyWorkingDays) {
            problems.append(.init(
                location: fallback.of("digital_reply_working_days"), field: "targets.digital_reply_working_days",
                value: String(targets.digitalReplyWorkingDays), Limits.workingDaysMessage))
        }
        if !Limits.workingDays.contains(targets.handoverWorkingDays) {
            problems.append(.init(
                location: fallback.of("handover_working_days"), field: "targets.handover_working_days",
                value: String(targets.handoverWorkingDays), Limits.workingDaysMessage))
        }
        if !Limits.repeatWindowDays.contains(targets.repeatWindowDays) {
            problems.append(.init(
                location: fallback.of("repeat_window_days"), field: "targets.repeat_window_days",
                value: String(targets.repeatWindowDays), .between(lower: Limits.repeatWindowDays.lowerBound, upper: Limits.repeatWindowDays.upperBound, unit: .days)))
        }
        return problems
    }

    static func validateSectors(_ sectors: [Sector]) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        var seen: [String: SourceLocation] = [:]
        for sector in sectors {
            let location = sector.location ?? SourceLocation(file: "sectors.toml")
            problems += validateIdentifier(sector.id, field: "sector.id", location: location.of("id"))
            problems += duplicate(sector.id, field: "sector.id", key: "id", at: location, seen: &seen)
            if sector.name.isBlank {
                problems.append(.init(location: location.of("name"), field: "sector.name", value: sector.name, .empty))
            }
            if !Limits.workingDays.contains(sector.handoverWorkingDays) {
                problems.append(.init(
                    location: location.of("handover_working_days"), field: "sector.handover_working_days",
                    value: String(sector.handoverWorkingDays), Limits.workingDaysMessage))
            }
        }
        return problems
    }

    static func validateCategories(_ categories: [Category], sectors: [Sector]) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        let sectorIDs = Set(sectors.map(\.id))
        var seen: [String: SourceLocation] = [:]
        var firstFallback: Category?
        for category in categories {
            let location = category.location ?? SourceLocation(file: "categories.toml")
            problems += validateIdentifier(category.id, field: "category.id", location: location.of("id"))
            problems += duplicate(category.id, field: "category.id", key: "id", at: location, seen: &seen)
            if category.name.isBlank {
                problems.append(.init(location: location.of("name"), field: "category.name", value: category.name, .empty))
            }
            if !sectorIDs.contains(category.sector) {
                problems.append(.init(
                    location: location.of("sector"), field: "category.sector", value: category.sector,
                    .unknownSector))
            }
            for keyword in category.keywords where keyword.isBlank {
                problems.append(.init(
                    location: location.of("keywords"), field: "category.keywords", value: keyword, .emptyKeyword))
            }
            // One "Övrig fråga": with two, which one a search that finds nothing offers would
            // depend on the order of the file.
            if category.fallback {
                if let first = firstFallback {
                    problems.append(.init(
                        location: location.of("fallback"), field: "category.fallback", value: "true",
                        message: "marks \"\(category.id)\" as a second fallback category; \"\(first.id)\" already is one (\((first.location ?? location).of("fallback").relative(to: location))); mark only one"))
                } else {
                    firstFallback = category
                }
            }
        }
        return problems
    }

    static func validateOperators(_ operators: [Operator]) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        var seen: [String: SourceLocation] = [:]
        let knownSkills = Set(Channel.allCases.map(\.rawValue))
        for person in operators {
            let location = person.location ?? SourceLocation(file: "operators.toml")
            if person.user.isEmpty || person.user.contains(where: \.isWhitespace) {
                problems.append(.init(
                    location: location.of("user"), field: "operator.user", value: person.user,
                    .loginWithSpaces))
            }
            problems += duplicate(person.user, field: "operator.user", key: "user", at: location, seen: &seen)
            if person.name.isBlank {
                problems.append(.init(location: location.of("name"), field: "operator.name", value: person.name, .empty))
            }
            for skill in person.skills where !knownSkills.contains(skill) {
                problems.append(.init(
                    location: location.of("skills"), field: "operator.skills", value: skill,
                    .unknownSkill(channels: Channel.allCases.map(\.rawValue))))
            }
        }
        return problems
    }

    /// A problem when `id` was seen before (pointing at the first), else remembers it.
    static func duplicate(
        _ id: String, field: String, key: String, at location: SourceLocation, seen: inout [String: SourceLocation]
    ) -> [ConfigurationProblem] {
        guard let first = seen[id] else {
            seen[id] = location
            return []
        }
        return [.init(
            location: location.of(key), field: field, value: id,
            .duplicate(firstLine: first.of(key).line, firstFile: first.file == location.file && first.of(key).line != nil ? nil : first.file))]
    }

    /// Ids end up in files, URLs and command lines: keep them to lower-case ASCII, digits, `_` and `-`.
    static func validateIdentifier(_ id: String, field: String, location: SourceLocation) -> [ConfigurationProblem] {
        if id.isEmpty {
            return [.init(location: location, field: field, value: id, .empty)]
        }
        // Checked as bytes: ids are ASCII, and any other byte is already a reason to refuse.
        if !id.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F || $0 == 0x2D }) {
            return [.init(
                location: location, field: field, value: id,
                .identifierCharacters)]
        }
        return []
    }

    static func formatNumber(_ value: Double) -> String { Formatting.number(value) }

    /// The range every number in the configuration must fall in. Each is far beyond any real
    /// site's need and small enough that every command can compute with it: a hand-over due in
    /// 10⁸ working days took 10 s and 380 MB to plan under the write lock, and a purge cutoff
    /// millions of days back fell outside the calendar and trapped.
    public enum Limits {
        /// `answer_within_s`: up to a day (the digital channel's usual target is an hour).
        public static let answerWithinSeconds = 1...86_400
        /// `handover_working_days` and `digital_reply_working_days`: up to about a year and a half.
        public static let workingDays = 0...365
        /// `repeat_window_days`.
        public static let repeatWindowDays = 1...365
        /// `note_days`: up to a hundred years.
        public static let noteDays = 1...36_500
        /// `callback_days`: 0 erases a closed hand-over's call-back details at the next purge.
        public static let callbackDays = 0...36_500
        /// `suppress_below`.
        public static let suppressBelow = 1...100
        /// `max_contact_minutes`: a minute up to a day.
        public static let maxContactMinutes = 1...1_440

        static let workingDaysMessage = ConfigurationMessage.between(lower: workingDays.lowerBound, upper: workingDays.upperBound, unit: .workingDays)
    }
}

private extension String {
    /// Empty or only spaces. Checked per name and search word at every command's start, where
    /// Foundation's trimming (through NSString) was a millisecond of the configuration's load.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
