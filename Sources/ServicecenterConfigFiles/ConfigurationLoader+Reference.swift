import ServicecenterCore

extension ConfigurationLoader {
    /// `[reference]` of servicecenter.toml: the source, the year and a percentage per measure
    /// (`ReferenceValues.Measure`); any other key is reported as unknown, with its line.
    static func readReference(_ reader: TableReader, into configuration: inout Configuration) -> [ConfigurationProblem] {
        var reference = ReferenceValues(location: reader.location)
        reference.source = reader.string("source")
        reference.year = reader.int("year")
        for measure in ReferenceValues.Measure.allCases {
            if let value = reader.number(measure.rawValue) { reference.percent[measure] = value }
        }
        configuration.reference = reference
        return reader.finish()
    }
}
