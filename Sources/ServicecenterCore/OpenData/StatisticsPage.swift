import Foundation

/// `report.html`: the period at a glance for a supervisor, one self-contained page with
/// inline SVG charts: no scripts, no network, opens from a file share or an e-mail.
public struct StatisticsPage: Sendable {
    public var statistics: OpenStatistics
    public var text: any ReportStrings

    public init(_ statistics: OpenStatistics, language: Language) {
        self.statistics = statistics
        text = reportStrings(for: language)
    }

    public var html: String {
        let configuration = statistics.configuration
        let language = text.language
        let names: any StringTable = strings(for: language)
        let period = statistics.first == statistics.last
            ? statistics.first.description : "\(statistics.first) – \(statistics.last)"
        let title = text.pageTitle(site: configuration.site.name, period: period)
        let contacts = statistics.contacts
        let calls = statistics.calls
        let all = ContactSummary(contacts)
        // Each channel's contacts and calls, found in one pass: a year holds over a million,
        // and filtering them again for every chart cost a second.
        let contactsIn = Dictionary(grouping: contacts.indices) { contacts[$0].channel }
            .mapValues { $0.lazy.map { contacts[$0] } }
        let callsIn = Dictionary(grouping: calls.indices) { calls[$0].channel }
            .mapValues { $0.lazy.map { calls[$0] } }

        var page = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(SVGChart.escape(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 760px; margin: 2em auto; padding: 0 1em; color: #111; }
            h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
            dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 0.8em; }
            dl div { border: 1px solid #ccc; border-radius: 4px; padding: 0.5em; }
            dt { font-size: 0.85em; color: #444; } dd { margin: 0; font-size: 1.5em; font-weight: bold; }
            svg { width: 100%; height: auto; } footer { margin-top: 2em; font-size: 0.85em; color: #444; }
            </style>
            </head>
            <body>
            <h1>\(SVGChart.escape(title))</h1>

            """

        let signLanguage = contactsIn[.signLanguage]?.count ?? 0
        let direct = PhoneDirectAnswer(contacts: contacts, calls: calls, target: configuration.targets.serviceLevel(for: .phone))
        let email = EmailReplyTimes(contacts: contacts, calendar: configuration.workingDays)
        let overdue = statistics.handoverDays[statistics.last]?.overdueAtEnd ?? 0
        let headlines: [(String, String)] = [
            (text.headlineContacts, String(all.contacts)),
            (text.headlineFCR, Formatting.percent(all.firstContactResolution, language)),
            (text.headlineFCRResolvable, Formatting.percent(all.resolvableFirstContactResolution, language)),
            (text.headlineSignLanguage, String(signLanguage)),
            (text.headlineDigitalHelp, Formatting.percent(all.digitalHelpShare, language)),
            (text.headlineDirectAnswer, Formatting.percent(direct.rate, language)),
            (text.headlineEmailWithinTwo, Formatting.percent(email.shareWithinTwo, language)),
            (text.headlineHandoversOverdue, String(overdue)),
        ]
        page += "<dl>\n" + headlines.map { "<div><dt>\(SVGChart.escape($0.0))</dt><dd>\(SVGChart.escape($0.1))</dd></div>" }.joined(separator: "\n") + "\n</dl>\n"

        let series = { (values: (Channel) -> [Int]) in
            Channel.allCases.map { SVGChart.Series(name: names.channel($0), colour: SVGChart.channelColours[$0]!, values: values($0)) }
        }
        page += "<h2>\(SVGChart.escape(text.contactsPerHourTitle))</h2>\n"
        if contacts.isEmpty {
            page += "<p>\(SVGChart.escape(text.noContacts))</p>\n"
        } else {
            let zone = configuration.timeZone
            // The site's opening hours ([site.opening_hours]), and contacts outside them in one
            // "other hours" bar: no longer an axis stretched to the latest contact's hour.
            var perHour: [Channel: [Int]] = [:]
            for contact in contacts {
                perHour[contact.channel, default: [Int](repeating: 0, count: 24)][localHour(of: contact.startedAt, in: zone)] += 1
            }
            let axis = HourAxis(opening: configuration.openingHours, counts: Array(perHour.values))
            page += SVGChart.stackedBars(
                labels: axis.hours.map { String(format: "%02d", $0) } + (axis.hasOther ? [text.otherHours] : []),
                series: series { channel in axis.values(perHour[channel] ?? []) },
                title: text.contactsPerHourTitle)
        }
        if statistics.days.count > 1 {
            let perDay = statistics.days.map { day in
                var counts: [Channel: Int] = [:]
                for index in statistics.contactDays[day] ?? 0..<0 { counts[contacts[index].channel, default: 0] += 1 }
                return counts
            }
            page += "<h2>\(SVGChart.escape(text.contactsPerDayTitle))</h2>\n"
            page += SVGChart.stackedBars(
                labels: statistics.days.map { String($0.description.suffix(5)) },
                series: series { channel in perDay.map { $0[channel, default: 0] } },
                title: text.contactsPerDayTitle)
        }

        page += "<h2>\(SVGChart.escape(text.serviceLevelTitle))</h2>\n"
        var levels: [SVGChart.Bar] = []
        for channel in Channel.allCases {
            let target = configuration.targets.serviceLevel(for: channel)
            guard let channelCalls = callsIn[channel],
                  let level = QueueFigures(channelCalls, target: target, now: .distantPast).serviceLevel else { continue }
            let goal = target.percent / 100
            let met = level >= goal
            levels.append(SVGChart.Bar(
                label: names.channel(channel), value: level, target: goal,
                text: "\(Formatting.percent(level, language)) (\(text.target(Formatting.percent(goal, language))), \(met ? text.metTarget : text.missedTarget))",
                colour: met ? "#009E73" : "#D55E00"))
        }
        page += levels.isEmpty ? "<p>\(SVGChart.escape(text.noQueueData))</p>\n" : SVGChart.horizontalBars(levels, title: text.serviceLevelTitle)

        page += "<h2>\(SVGChart.escape(text.fcrTitle))</h2>\n"
        if contacts.isEmpty {
            page += "<p>\(SVGChart.escape(text.noContacts))</p>\n"
        } else {
            var bars: [SVGChart.Bar] = []
            for channel in Channel.allCases {
                guard let channelContacts = contactsIn[channel] else { continue }
                let summary = ContactSummary(channelContacts)
                bars.append(SVGChart.Bar(
                    label: names.channel(channel), value: summary.firstContactResolution, target: nil,
                    text: "\(Formatting.percent(summary.firstContactResolution, language)) (\(summary.resolved)/\(summary.contacts))",
                    colour: SVGChart.channelColours[channel]!))
            }
            bars.append(SVGChart.Bar(
                label: text.allChannels, value: all.firstContactResolution, target: nil,
                text: "\(Formatting.percent(all.firstContactResolution, language)) (\(all.resolved)/\(all.contacts))", colour: "#555"))
            page += SVGChart.horizontalBars(bars, title: text.fcrTitle)
        }
        page += "<footer>\(SVGChart.escape(text.footer))</footer>\n</body>\n</html>\n"
        // The last guard, over the whole page: a control character, DEL or bidirectional
        // override from a name in the configuration (refused by `config check`, but a
        // configuration can come from elsewhere) becomes its visible picture, as on the
        // screens, instead of a raw ESC in <title> that a terminal `cat`ing the file runs.
        // Line feeds stay: they are the page's own layout.
        return InertText.shownKeepingLines(page)
    }
}
