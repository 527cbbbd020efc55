import Foundation

/// The catalogue gap report (`servicecenter stats gaps`) as text, CSV or JSON: one row per
/// word the catalogue had no category for, with how often it was asked, most asked first.
/// Internal: the words come from masked subjects but may still describe a person's matter,
/// so this never goes into the open package.
public struct CatalogueGapReport: Sendable {
    /// The formats the report is written in.
    public enum Format: String, Sendable, CaseIterable {
        case text, csv, json
    }

    public var gaps: [CatalogueGap]
    public var zone: TimeZone

    public init(gaps: [CatalogueGap], zone: TimeZone) {
        self.gaps = gaps
        self.zone = zone
    }

    /// The report in `format`, ending in a line break (CRLF for CSV, as RFC 4180 has it);
    /// `header` names the text table's columns (word, count, last seen). Every word is
    /// written inert: it came from a guide's keyboard and must not drive a terminal.
    public func render(_ format: Format, header: [String]) -> String {
        switch format {
        case .text:
            return TextTable(
                header: header,
                rows: gaps.map { [InertText.shown($0.word), String($0.count), Timestamp.localMinute($0.lastSeen, in: zone)] },
                alignments: [.left, .right, .left]
            ).render().joined(separator: "\n") + "\n"
        case .csv:
            var out = ""
            CSV.append(["word", "count", "last_seen"], to: &out)
            for gap in gaps {
                CSV.append([gap.word, String(gap.count), Timestamp.utcText(gap.lastSeen)], to: &out)
            }
            return out
        case .json:
            return JSONText.array(gaps.map { gap in
                .object([
                    ("word", .string(gap.word)), ("count", .number(String(gap.count))),
                    ("last_seen", .string(Timestamp.utcText(gap.lastSeen))),
                ])
            }).pretty
        }
    }
}
