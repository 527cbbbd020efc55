import Foundation
import Testing
@testable import ServicecenterCore

/// The package's files: deterministic, self-describing, free of personal data.
@Suite("Open statistics: the data package")
struct DataPackageTests {
    let all = DataPackage.Options(formats: [.csv, .json], excel: true, includeOperators: false, language: .swedish)

    func package(_ options: DataPackage.Options, input: StatisticsInput = OpenStatisticsFixture.input) -> [String: String] {
        let statistics = OpenStatistics(configuration: OpenStatisticsFixture.configuration, input: input)
        return Dictionary(uniqueKeysWithValues: DataPackage(statistics, options: options).files.map { ($0.path, $0.contents) })
    }

    @Test("The same data in another order gives the same bytes")
    func deterministic() {
        var shuffled = OpenStatisticsFixture.input
        shuffled.contacts.reverse()
        shuffled.queueCalls.reverse()
        shuffled.handovers.timelines.reverse()
        #expect(package(all) == package(all, input: shuffled))
    }

    /// The class of fault Frictionless found in a demo package: a field declared a count (minimum 0)
    /// that holds a signed difference, and one declared a share (at most 1) that holds an error of
    /// 350 %. Every table, with a forecast far over and under the outcome.
    @Test("Every value meets the minimum and maximum its field's unit declares, in every table")
    func valuesMeetTheirConstraints() {
        var input = OpenStatisticsFixture.input
        input.forecastHistory = OpenStatisticsFixture.forecastHistory([.phone: (before: 9, came: 2), .visit: (before: 1, came: 3)])
        let statistics = OpenStatistics(configuration: OpenStatisticsFixture.configuration, input: input)
        let tables = statistics.tables(includingOperators: true)
        #expect(tables.contains { $0.name == "forecast_by_channel_day" && $0.rows.count == 2 })
        for table in tables {
            for (column, field) in table.fields.enumerated() {
                let bounds: (Double, Double)? = switch field.unit {
                case "count", "s": (0, .infinity)
                case "share": (0, 1)
                default: nil
                }
                guard let bounds else { continue }
                for row in table.rows {
                    let value: Double? = switch row[column] {
                    case .integer(let number): Double(number)
                    case .share(let number): number
                    default: nil
                    }
                    if let value { #expect(bounds.0 <= value && value <= bounds.1, "\(table.name).\(field.name) = \(value)") }
                }
            }
        }
    }

    @Test("No note, guide, call id or external id reaches any file, whatever the options short of --include-operators")
    func canary() {
        var input = OpenStatisticsFixture.input
        input.contacts = input.contacts.map { var contact = $0; contact.externalID = "EXT-KANARIE"; return contact }
        for language in Language.allCases {
            let files = package(DataPackage.Options(formats: [.csv, .json], excel: true, language: language), input: input)
            #expect(files.keys.sorted() == [
                "contacts_by_channel_sector_category.csv", "contacts_by_channel_sector_category.json", "datapackage.json",
                "excel/contacts_by_channel_sector_category.csv", "excel/forecast_by_channel_day.csv", "excel/knowledge_by_category.csv",
                "excel/referrals_by_destination.csv", "excel/service_level_by_channel_hour.csv", "excel/summary.csv",
                "forecast_by_channel_day.csv", "forecast_by_channel_day.json", "knowledge_by_category.csv", "knowledge_by_category.json",
                "referrals_by_destination.csv", "referrals_by_destination.json",
                "report.html", "service_level_by_channel_hour.csv", "service_level_by_channel_hour.json", "summary.csv", "summary.json",
            ])
            for (path, contents) in files {
                // "Lantmäteriet" is the fixture's annan text: where a citizen was sent, in a guide's words.
                for canary in ["KANARIE", "kanariefagel", "19121212", "CALL-", "Lantmäteriet"] {
                    #expect(!contents.localizedCaseInsensitiveContains(canary), "\(canary) in \(path)")
                }
            }
        }
    }

    @Test("The descriptor names every data file with its byte count, and each schema's fields match the file's header")
    func descriptor() throws {
        let files = package(all)
        let descriptor = try #require(try JSONSerialization.jsonObject(with: Data(files["datapackage.json"]!.utf8)) as? [String: Any])
        #expect(descriptor["profile"] as? String == "tabular-data-package")
        #expect(descriptor["name"] as? String == "servicecenter-2026-12-23-2026-12-24")
        #expect((descriptor["licenses"] as? [[String: Any]])?.first?["name"] as? String == "CC0-1.0")
        let resources = try #require(descriptor["resources"] as? [[String: Any]])
        #expect(resources.map { $0["name"] as? String } == [
            "summary", "summary_json", "contacts_by_channel_sector_category", "contacts_by_channel_sector_category_json",
            "service_level_by_channel_hour", "service_level_by_channel_hour_json", "forecast_by_channel_day", "forecast_by_channel_day_json",
            "referrals_by_destination", "referrals_by_destination_json", "knowledge_by_category", "knowledge_by_category_json",
        ])
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            let contents = try #require(files[path])
            let schema = try #require(resource["schema"] as? [String: Any])
            let names = (schema["fields"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            if path.hasSuffix(".csv") {
                #expect(resource["bytes"] as? Int == contents.utf8.count)
                #expect(names?.joined(separator: ",") == contents.components(separatedBy: "\r\n").first)
            } else {
                let parsed = try #require(try JSONSerialization.jsonObject(with: Data(contents.utf8)) as? [Any])
                if let header = parsed.first as? [String] {
                    // An empty table is its header row alone (a bare [] is not tabular data to Frictionless).
                    #expect(parsed.count == 1 && header == names ?? [], "\(path)")
                } else {
                    let rows = try #require(parsed as? [[String: Any]])
                    #expect(rows.allSatisfy { Set($0.keys) == Set(names ?? []) })
                }
            }
            for field in schema["fields"] as? [[String: Any]] ?? [] {
                let titles = field["titles"] as? [String: String]
                #expect(titles?["sv"]?.isEmpty == false && titles?["en"]?.isEmpty == false, "\(field["name"] ?? "")")
            }
        }
        // The small-count rule is stated where the data is described.
        let contactsResource = resources.first { $0["name"] as? String == "contacts_by_channel_sector_category" }
        #expect((contactsResource?["description"] as? String)?.contains("färre än 3 kontakter") == true)
    }

    @Test("JSON rows carry numbers as numbers and withheld or unknown figures as null")
    func json() throws {
        let files = package(all)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(files["summary.json"]!.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["fcr"] as? Double == 0.7143)
        #expect(rows[0]["contacts"] as? Int == 7)
        #expect(rows[0]["working_day"] as? Bool == true)
        #expect(rows[0]["service_level_visit"] is NSNull)
        #expect(rows[1]["date"] as? String == "2026-12-24")
    }

    @Test("The spreadsheet variant: byte-order mark, semicolons, decimal commas, Swedish titles and words")
    func excel() {
        let summary = package(all)["excel/summary.csv"]!
        #expect(summary.hasPrefix("\u{FEFF}Datum;Arbetsdag;Kontakter;"))
        let row = summary.components(separatedBy: "\r\n")[1]
        #expect(row.hasPrefix("2026-12-23;ja;7;2;3;0;2;5;0,7143;0,8333;"))
        let contacts = package(all)["excel/contacts_by_channel_sector_category.csv"]!
        #expect(contacts.contains(";Förskoleförvaltningen;forskoleplats;Förskoleplats;2;2;"))
        let english = package(DataPackage.Options(formats: [.csv], excel: true, language: .english))["excel/summary.csv"]!
        #expect(english.components(separatedBy: "\r\n")[1].hasPrefix("2026-12-23;yes;7;2;3;0;2;5;0.7143;"))
    }

    @Test("report.html: self-contained, with the headline figures and a chart per question, escaped")
    func report() {
        let html = package(all)["report.html"]!
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Testkommun &amp; Co: statistik 2026-12-23 – 2026-12-24</title>"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href=") && !html.contains("@import"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 4)
        // The headline table: each measure's value in the cell after its name and definition.
        let value = { (name: String) in
            html.components(separatedBy: "<th scope=\"row\">\(name)<span class=\"def\">").dropFirst().first?
                .components(separatedBy: " class=\"n\">").dropFirst().first?.prefix { $0 != "<" }.description
        }
        #expect(value("Lösningsgrad, alla kontakter") == "71,4 %")
        #expect(value("Direktsvar på telefon (KKiK)") == "33,3 %")
        // Service level in words beside the bar, so colour is not the only cue.
        #expect(html.contains("50,0 % (mål 80,0 %, ej nått)"))
        #expect(html.contains("<title>09 Telefon: 2</title>"))
    }

    @Test("Only JSON: the resources keep their plain names")
    func jsonOnly() {
        let files = package(DataPackage.Options(formats: [.json]))
        #expect(files["summary.csv"] == nil)
        #expect(files["datapackage.json"]!.contains("\"name\": \"summary\""))
        #expect(!files["datapackage.json"]!.contains("summary_json"))
    }
}

@Suite("Open statistics: JSON text")
struct JSONTextTests {
    @Test("Strings are escaped per RFC 8259, å ä ö kept as UTF-8, keys in the order given")
    func escaping() {
        let text = JSONText.object([("b", .string("Tab\there \"quoted\" \\ å\u{1}")), ("a", .number("0.5")), ("n", .null)]).compact
        #expect(text == #"{"b":"Tab\there \"quoted\" \\ å\u0001","a":0.5,"n":null}"#)
    }

    @Test("Four decimals without a locale, rounding half away from zero")
    func decimals() {
        #expect(DataValue.share(2.0 / 3.0).plain == "0.6667")
        #expect(DataValue.share(1).plain == "1.0000")
        #expect(DataValue.share(0.00005).plain == "0.0001")
        #expect(DataValue.seconds(213.5).plain == "214")
    }
}
