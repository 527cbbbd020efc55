import Foundation

/// The `stats` command's text: per-channel volumes and FCR, times, and forwarded by reason.
public struct StatisticsReport: Sendable {
    public var siteName: String
    public var from: LocalDay
    public var through: LocalDay
    public var contacts: [Contact]
    public var zone: TimeZone

    public init(siteName: String, from: LocalDay, through: LocalDay, contacts: [Contact], zone: TimeZone) {
        self.siteName = siteName
        self.from = from
        self.through = through
        self.contacts = contacts
        self.zone = zone
    }

    public func render(_ text: any StringTable) -> [String] {
        var lines = [text.statisticsTitle(site: siteName, from: from, through: through), ""]
        guard !contacts.isEmpty else { return lines + [text.noContacts] }
        let language = text.language
        let byChannel = ContactBreakdown.summaries(of: contacts, by: .channel, in: zone)
        let rows = byChannel.map { (Channel(rawValue: $0.key).map(text.channel) ?? $0.key, $0.summary) }
            + [(text.total, ContactSummary(contacts))]

        var volumes = TextTable(header: [
            text.columnChannel, text.columnContacts, text.columnFCR, text.columnFCRResolvable,
            text.columnForwarded, text.columnReferred, text.columnDigitalHelp,
        ])
        var times = TextTable(header: [
            text.columnChannel, text.columnHandlingMedian, text.columnHandlingP90, text.columnWaitMedian, text.columnWaitP90,
        ])
        for (label, summary) in rows {
            volumes.rows.append([
                label, String(summary.contacts), Formatting.percent(summary.firstContactResolution, language),
                Formatting.percent(summary.resolvableFirstContactResolution, language), String(summary.forwarded),
                String(summary.referred), Formatting.percent(summary.digitalHelpShare, language),
            ])
            times.rows.append([
                label, Formatting.duration(summary.handling.median), Formatting.duration(summary.handling.p90),
                Formatting.duration(summary.wait.median), Formatting.duration(summary.wait.p90),
            ])
        }
        lines += volumes.render() + [""] + times.render() + [""]

        let all = ContactSummary(contacts)
        lines.append(text.forwardedByReasonTitle)
        for reason in ForwardReason.allCases {
            lines.append("  \(text.forwardReason(reason)): \(all.forwardedByReason[reason, default: 0])")
        }
        lines += ["", text.figuresNote]
        return lines
    }
}
