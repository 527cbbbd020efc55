import Foundation

/// `[reference]`: percentages that are percentages, and never a figure without the source and
/// year that tell a reader what it is.
extension ConfigurationValidator {
    static func validateReference(_ reference: ReferenceValues) -> [ConfigurationProblem] {
        let location = reference.location ?? SourceLocation(file: "servicecenter.toml")
        var problems: [ConfigurationProblem] = []
        for measure in ReferenceValues.Measure.allCases {
            guard let value = reference.percent[measure], !(value > 0 && value <= 100) else { continue }
            problems.append(.init(
                location: location.of(measure.rawValue), field: "reference.\(measure.rawValue)", value: Formatting.number(value), .percentage))
        }
        if let year = reference.year, !ReferenceValues.years.contains(year) {
            problems.append(.init(
                location: location.of("year"), field: "reference.year", value: String(year),
                .between(lower: ReferenceValues.years.lowerBound, upper: ReferenceValues.years.upperBound, unit: .year)))
        }
        if let source = reference.source, source.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.init(location: location.of("source"), field: "reference.source", value: source, .empty))
        }
        // A figure without its source and year would read as the site's own target.
        if !reference.percent.isEmpty {
            if reference.source == nil { problems.append(.init(location: location, field: "reference.source", .missingRequired)) }
            if reference.year == nil { problems.append(.init(location: location, field: "reference.year", .missingRequired)) }
        }
        return problems
    }
}
