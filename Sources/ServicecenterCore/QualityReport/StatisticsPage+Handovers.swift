/// Hand-overs per sector with the service guarantee, sign language and digital help, and
/// referrals per destination.
extension StatisticsPage {
    var handoverSection: String {
        let language = text.language
        var body = "<p>\(SVGChart.escape(text.handoversIntro))</p>\n"
        guard !report.sectors.isEmpty else { return section("handovers", text.handoversTitle, body + "<p>\(SVGChart.escape(text.noHandovers))</p>\n") }
        var rows: [[HTMLTable.Cell]] = []
        for figures in report.sectors {
            let sector = configuration.sector(figures.sector)
            let guarantee = text.workingDays(sector?.handoverWorkingDays ?? configuration.targets.handoverWorkingDays)
            var cells = [HTMLTable.Cell(sector?.name ?? figures.sector), HTMLTable.Cell(guarantee)]
            if report.withheldSectors.contains(figures.sector) {
                cells += Array(repeating: HTMLTable.Cell(text.withheld), count: 6)
            } else {
                cells += [
                    .number(ReportNumber.count(figures.made, language)), .number(ReportNumber.count(figures.closedOnTime, language)),
                    .number(ReportNumber.count(figures.closedLate, language)), .number(Formatting.percent(figures.onTimeShare, language)),
                    .number(ReportNumber.count(figures.openAtEnd, language)), .number(ReportNumber.count(figures.overdueAtEnd, language)),
                ]
            }
            rows.append(cells)
        }
        let total = report.sectors.reduce(into: SectorHandovers(sector: "")) {
            $0.made += $1.made
            $0.closedOnTime += $1.closedOnTime
            $0.closedLate += $1.closedLate
            $0.openAtEnd += $1.openAtEnd
            $0.overdueAtEnd += $1.overdueAtEnd
        }
        rows.append([
            HTMLTable.Cell(text.totalRow), HTMLTable.Cell(""), .number(ReportNumber.count(total.made, language)),
            .number(ReportNumber.count(total.closedOnTime, language)), .number(ReportNumber.count(total.closedLate, language)),
            .number(Formatting.percent(total.onTimeShare, language)), .number(ReportNumber.count(total.openAtEnd, language)),
            .number(ReportNumber.count(total.overdueAtEnd, language)),
        ])
        body += HTMLTable(
            caption: nil,
            header: [text.sectorColumn, text.guaranteeColumn, text.madeColumn, text.onTimeColumn, text.lateColumn, text.onTimeShareColumn,
                     text.openColumn, text.overdueColumn],
            numeric: [2, 3, 4, 5, 6, 7], rows: rows).html
        if !report.withheldSectors.isEmpty { body += "<p>\(SVGChart.escape(text.withheldNote))</p>\n" }
        return section("handovers", text.handoversTitle, body)
    }

    var accessSection: String {
        let language = text.language
        let measures: [(String, (PeriodFigures) -> String)] = [
            (text.measureName(.signLanguageContacts, channel: ""), { ReportNumber.count($0.contactsByChannel[.signLanguage, default: 0], language) }),
            (text.signLanguageShare, {
                Formatting.percent(ContactSummary.share($0.contactsByChannel[.signLanguage, default: 0], of: $0.contacts.contacts), language)
            }),
            (text.measureName(.serviceLevel(.signLanguage), channel: strings(for: language).channel(.signLanguage)), {
                Formatting.percent($0.queues[.signLanguage]?.serviceLevel, language)
            }),
            (text.digitalHelpCount, { ReportNumber.count($0.contacts.digitalHelp, language) }),
            (text.measureName(.digitalHelpShare, channel: ""), { Formatting.percent($0.contacts.digitalHelpShare, language) }),
        ]
        let periods = [report.current] + [report.previous, report.yearEarlier].map { $0.flatMap { $0.hasData ? $0 : nil } }
        let rows = measures.map { name, value in
            [HTMLTable.Cell(name)] + periods.map { figures in HTMLTable.Cell.number(figures.map(value) ?? text.noData) }
        }
        let table = HTMLTable(
            caption: nil, header: [text.columnMeasure, text.columnPeriod, text.columnPrevious, text.columnYearEarlier], numeric: [1, 2, 3],
            rows: rows)
        return section("access", text.accessTitle, "<p>\(SVGChart.escape(text.accessIntro))</p>\n" + table.html)
    }

    var referralSection: String {
        let language = text.language
        var body = "<p>\(SVGChart.escape(text.referralsIntro))</p>\n"
        guard !report.referrals.isEmpty else { return section("referrals", text.referralsTitle, body + "<p>\(SVGChart.escape(text.noReferrals))</p>\n") }
        let rows = report.referrals.map { total -> [HTMLTable.Cell] in
            let withheld = total.withheldDays > 0 ? "<span class=\"chg\">\(SVGChart.escape(text.withheldDays(total.withheldDays)))</span>" : ""
            return [HTMLTable.Cell(total.name ?? total.destination), .number(ReportNumber.count(total.referred, language), extra: withheld)]
        }
        body += HTMLTable(caption: nil, header: [text.destinationColumn, text.referredColumn], numeric: [1], rows: rows).html
        if report.referrals.contains(where: { $0.withheldDays > 0 }) { body += "<p>\(SVGChart.escape(text.withheldNote))</p>\n" }
        return section("referrals", text.referralsTitle, body)
    }
}
