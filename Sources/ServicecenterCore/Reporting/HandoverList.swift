import Foundation

/// The `handovers` command's output: a table for people, CSV for spreadsheets and mail merges,
/// JSON for scripts. All three say the same: one row per hand-over, overdue ones marked.
public struct HandoverList: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case table
        case csv
        case json
    }

    public var handovers: [Handover]
    public var configuration: Configuration
    public var today: LocalDay

    public init(handovers: [Handover], configuration: Configuration, today: LocalDay) {
        self.handovers = handovers
        self.configuration = configuration
        self.today = today
    }

    /// Working days past the due date (0 when not overdue).
    public func workingDaysOverdue(_ handover: Handover) -> Int {
        handover.workingDaysOverdue(on: today, calendar: configuration.workingDays)
    }

    public func render(_ format: Format, _ text: any StringTable) -> String {
        switch format {
        case .table: table(text)
        case .csv: csv()
        case .json: json()
        }
    }

    func table(_ text: any StringTable) -> String {
        guard !handovers.isEmpty else { return text.noHandovers }
        let zone = configuration.timeZone
        var table = TextTable(
            header: text.handoverColumns + [handoverCaseStrings(for: text.language).matterColumn],
            alignments: [.right, .left, .left, .left, .left, .left, .left, .left, .left])
        for handover in handovers {
            let late = workingDaysOverdue(handover)
            table.rows.append([
                String(handover.id), StatisticsReport.clip(configuration.sector(handover.sector)?.name ?? handover.sector),
                StatisticsReport.clip(configuration.category(handover.category)?.name ?? handover.category),
                text.channel(handover.channel), LocalDay(handover.createdAt, in: zone).description,
                handover.dueDate.description, text.handoverStatus(handover.status),
                late > 0 ? text.overdue(byWorkingDays: late) : "",
                handover.matter.map { InertText.shown(Self.firstWords(of: $0)) } ?? "",
            ])
        }
        return table.render().joined(separator: "\n")
    }

    static let fields = [
        "id", "contact_id", "sector", "category", "channel", "reason", "created_at", "due_date", "status", "status_at",
        "status_by", "overdue", "working_days_overdue", "matter",
    ]

    /// How much of the matter a table row shows.
    static let matterWidth = 40

    /// The matter's first words for a table row: on one line, cut at a space when it is
    /// longer than `matterWidth`, marked with "…". The call-back details never appear in a
    /// list; they are kept apart from the matter and shown only by `handovers show`.
    static func firstWords(of matter: String) -> String {
        let line = matter.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard line.count > matterWidth else { return line }
        let cut = line.prefix(matterWidth - 1)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return words + "…"
    }

    /// One hand-over's fields in `fields` order, typed as JSON wants them; CSV writes their text.
    func values(_ handover: Handover) -> [Any] {
        [
            Int(handover.id), Int(handover.contactID), handover.sector, handover.category, handover.channel.rawValue,
            handover.reason.rawValue, Timestamp.utcText(handover.createdAt), handover.dueDate.description,
            handover.status.rawValue, Timestamp.utcText(handover.statusAt), handover.statusBy,
            handover.isOverdue(on: today), workingDaysOverdue(handover), handover.matter ?? "",
        ]
    }

    func csv() -> String {
        CSV.line(Self.fields) + handovers.map { CSV.line(values($0).map { "\($0)" }) }.joined()
    }

    /// Written with `JSONText`, whose strings escape every control character (`\u001b`),
    /// where JSONSerialization lets DEL, C1 and bidirectional overrides through raw.
    func json() -> String {
        let objects = handovers.map { handover in
            JSONText.object(zip(Self.fields, values(handover)).map { field, value in
                let json: JSONText = switch value {
                case let flag as Bool: .bool(flag)
                case let number as Int: .number(String(number))
                default: .string("\(value)")
                }
                return (field, json)
            })
        }
        return String(JSONText.array(objects).pretty.dropLast())
    }
}
