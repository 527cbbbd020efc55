/// The headline table: each measure with its definition, its target, the previous period and
/// the same period a year earlier with the change, and the configured reference.
extension StatisticsPage {
    var headlineSection: String {
        let language = text.language
        let names: any StringTable = strings(for: language)
        var rows: [[HTMLTable.Cell]] = []
        for measure in HeadlineMeasure.all {
            let channel = Self.channel(of: measure).map(names.channel) ?? ""
            let value = measure.value(report.current)
            // A channel the site never queued (no calls this period nor in the comparisons) is left out.
            if case .serviceLevel(let ch) = measure, value == nil, report.previous?.queues[ch] == nil, report.yearEarlier?.queues[ch] == nil {
                continue
            }
            var cells = [HTMLTable.Cell(
                text.measureName(measure, channel: channel),
                extra: "<span class=\"def\">\(SVGChart.escape(text.measureDefinition(measure, configuration: configuration, channel: channel)))</span>")]
            cells.append(.number(formatted(value, measure.kind)))
            if let goal = measure.target(configuration) {
                let standing = value.map { $0 >= goal ? "✓ " + text.metTarget : "✗ " + text.missedTarget }
                cells.append(HTMLTable.Cell(
                    Formatting.percent(goal, language), extra: standing.map { "<span class=\"chg\">\(SVGChart.escape($0))</span>" } ?? ""))
            } else {
                cells.append(HTMLTable.Cell(text.targetWords(measure, configuration: configuration) ?? "–"))
            }
            for earlier in [report.previous, report.yearEarlier] {
                guard let earlier, earlier.hasData else {
                    cells.append(HTMLTable.Cell(text.noData))
                    continue
                }
                let before = measure.value(earlier)
                cells.append(.number(formatted(before, measure.kind), extra: change(from: before, to: value, measure).map {
                    "<span class=\"chg\">\(SVGChart.escape($0))</span>"
                } ?? ""))
            }
            if let key = measure.reference, let share = configuration.reference.share(key) {
                cells.append(.number(
                    Formatting.percent(share, language),
                    extra: "<span class=\"chg\">\(SVGChart.escape(configuration.reference.label))</span>"))
            } else {
                cells.append(.number(text.noReference))
            }
            rows.append(cells)
        }
        let table = HTMLTable(
            caption: nil,
            header: [text.columnMeasure, text.columnPeriod, text.columnTarget, text.columnPrevious, text.columnYearEarlier, text.columnReference],
            numeric: [1, 3, 4, 5], rows: rows, style: "headline")
        return section("headline", text.headlineTitle, "<p>\(SVGChart.escape(text.headlineIntro))</p>\n" + table.html)
    }

    static func channel(of measure: HeadlineMeasure) -> Channel? {
        switch measure {
        case .serviceLevel(let channel), .evenness(let channel), .averageSpeedOfAnswer(let channel), .abandonment(let channel): channel
        default: nil
        }
    }

    func formatted(_ value: Double?, _ kind: HeadlineMeasure.Kind) -> String {
        guard let value else { return "–" }
        switch kind {
        case .count: return ReportNumber.count(Int(value.rounded()), text.language)
        case .share: return Formatting.percent(value, text.language)
        case .seconds: return Formatting.duration(value)
        }
    }

    /// "▲ +3,2 procentenheter, bättre": the arrow and the sign for the direction, the word for
    /// whether it is an improvement, so neither colour nor a symbol alone carries it.
    func change(from before: Double?, to now: Double?, _ measure: HeadlineMeasure) -> String? {
        guard let before, let now else { return nil }
        let language = text.language
        let difference: Double
        let amount: String
        switch measure.kind {
        case .share:
            difference = ((now - before) * 1000).rounded() / 10
            amount = ReportNumber.decimal(abs(difference), language) + " " + text.points
        case .count:
            difference = now.rounded() - before.rounded()
            let relative = before.rounded() > 0
                ? " (" + (difference > 0 ? "+" : "−") + ReportNumber.decimal(abs(difference) / before.rounded() * 100, language)
                    + (language == .swedish ? " %)" : "%)")
                : ""
            amount = ReportNumber.count(Int(abs(difference)), language) + relative
        case .seconds:
            difference = now.rounded() - before.rounded()
            amount = Formatting.duration(abs(difference))
        }
        guard difference != 0 else { return "= " + text.unchanged }
        let arrow = difference > 0 ? "▲ +" : "▼ −"
        guard let better = measure.better else { return arrow + amount }
        let improved = (difference > 0) == (better == .higher)
        return arrow + amount + ", " + (improved ? text.better : text.worse)
    }
}
