import Foundation
import Testing
import TestSupport

/// report.html as a reader sees it: a demo month's quality report opened in Debian's headless
/// Chromium, screenshot at a desktop's and a phone's width, printed to PDF, and checked to
/// have rendered: every section there, nothing wider than the window, a sane number of A4
/// pages, and the figures the package's tables hold.
@Suite("report.html in a real browser, end to end", .endsWhatItStarts, .serialized)
struct ReportBrowserTests {
    static let sections = ["headline", "contacts", "service-level", "evenness", "handovers", "access", "referrals", "trends"]

    /// Runs Chromium headless on `arguments` + the page; refuses to pass without it.
    static func chromium(_ sandbox: Sandbox, _ arguments: [String], page: URL) throws -> Spawn.Result {
        let result = try Spawn.run(
            "/usr/bin/env",
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             "--user-data-dir=\(sandbox.root.appendingPathComponent("chromium").path)"] + arguments + [page.absoluteString],
            environment: sandbox.environment)
        #expect(result.status != 127, "chromium is not installed: apt-get install chromium (.ci/run does)")
        return result
    }

    /// A demo month, dumped with a reference section in the configuration.
    static func demoPackage(_ language: String) throws -> (sandbox: Sandbox, package: URL) {
        var sandbox = try Sandbox()
        let config = try sandbox.copyConfiguration()
        let settings = config.appendingPathComponent("servicecenter.toml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try (text + "\n[reference]\nsource = \"Testkälla <riket>\"\nyear = 2025\nphone_direct_answer_percent = 55\nfcr_percent = 70\n")
            .write(to: settings, atomically: true, encoding: .utf8)
        let demo = try sandbox.run(as: "admin", "demo", "--days", "22", "--per-day", "40")
        #expect(demo.status == 0, "\(demo.stderr)")
        let (first, last) = try StatsDumpTests.demoPeriod(demo.stdout)
        let out = sandbox.root.appendingPathComponent("stats")
        let dumped = try sandbox.run("stats", "dump", "--from", first, "--to", last, "--out", out.path, "--lang", language)
        #expect(dumped.status == 0, "\(dumped.stderr)")
        return (sandbox, out.appendingPathComponent("\(first)_\(last)"))
    }

    @Test("A demo month: every section renders, nothing overflows at 1280 or 500 px, screenshots and a PDF of a few A4 pages")
    func renders() throws {
        let (sandbox, package) = try Self.demoPackage("sv")
        let report = package.appendingPathComponent("report.html")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(html.contains("Testkälla &lt;riket&gt; 2025"), "the reference is labelled with its source and year, escaped")

        // A copy with a probe that writes the layout's width into the DOM; the report itself has no script.
        let probe = sandbox.root.appendingPathComponent("probe.html")
        try html.replacingOccurrences(of: "</body>", with: """
            <script>document.body.setAttribute("data-probe", document.documentElement.scrollWidth + " " + window.innerWidth + " " + \
            Array.from(document.querySelectorAll("section")).map(s => s.id + ":" + s.getBoundingClientRect().height).join(","))</script>
            </body>
            """).write(to: probe, atomically: true, encoding: .utf8)
        for width in [1280, 500] {
            let dom = try Self.chromium(sandbox, ["--window-size=\(width),900", "--dump-dom"], page: probe)
            #expect(dom.status == 0, "\(dom.stderr)")
            let attribute = try #require(dom.stdout.components(separatedBy: "data-probe=\"").dropFirst().first?.prefix { $0 != "\"" })
            let parts = attribute.split(separator: " ")
            let (scrollWidth, innerWidth) = (Int(parts[0]) ?? .max, Int(parts[1]) ?? 0)
            #expect(scrollWidth <= innerWidth, "wider than the window at \(width) px: \(attribute)")
            for section in Self.sections {
                // Present and laid out with some height.
                let height = parts[2].split(separator: ",").first { $0.hasPrefix(section + ":") }.flatMap { Double($0.split(separator: ":")[1]) }
                #expect((height ?? 0) > 20, "section \(section) at \(width) px: \(attribute)")
            }

            let shot = sandbox.root.appendingPathComponent("report-\(width).png")
            let screenshot = try Self.chromium(sandbox, ["--window-size=\(width),2400", "--screenshot=\(shot.path)"], page: report)
            #expect(screenshot.status == 0, "\(screenshot.stderr)")
            let png = try Data(contentsOf: shot)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "a screenshot with something on it")
            if let keep = ProcessInfo.processInfo.environment["SERVICECENTER_REPORT_SHOTS"] {
                try? FileManager.default.removeItem(atPath: keep + "/report-\(width).png")
                try? FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep + "/report-\(width).png"))
            }
        }

        let pdf = sandbox.root.appendingPathComponent("report.pdf")
        let printed = try Self.chromium(sandbox, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"], page: report)
        #expect(printed.status == 0, "\(printed.stderr)")
        let pages = String(decoding: try Data(contentsOf: pdf), as: UTF8.self).components(separatedBy: "/Type /Page").dropFirst()
            .filter { !$0.hasPrefix("s") }.count
        #expect((3...25).contains(pages), "a month's report on \(pages) A4 pages")
        if let keep = ProcessInfo.processInfo.environment["SERVICECENTER_REPORT_SHOTS"] {
            try? FileManager.default.removeItem(atPath: keep + "/report.pdf")
            try? FileManager.default.copyItem(at: pdf, to: URL(fileURLWithPath: keep + "/report.pdf"))
        }
    }

    @Test("The report's figures are the package's: contacts and referrals add up to the tables' sums")
    func figures() throws {
        let (_, package) = try Self.demoPackage("en")
        let html = try String(contentsOf: package.appendingPathComponent("report.html"), encoding: .utf8)
        let summary = try String(contentsOf: package.appendingPathComponent("summary.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = summary[0].split(separator: ",").map(String.init)
        let contactsColumn = try #require(header.firstIndex(of: "contacts"))
        let contacts = summary.dropFirst().reduce(0) { $0 + (Int($1.split(separator: ",", omittingEmptySubsequences: false)[contactsColumn]) ?? 0) }
        #expect(contacts > 500)
        // English groups thousands with commas.
        let digits = String(contacts)
        let formatted = digits.enumerated().map { index, digit in (index > 0 && (digits.count - index) % 3 == 0 ? "," : "") + String(digit) }.joined()
        let row = try #require(html.components(separatedBy: "<th scope=\"row\">Contacts<span class=\"def\">").dropFirst().first)
        let value = row.components(separatedBy: " class=\"n\">").dropFirst().first?.prefix { $0 != "<" }
        #expect(value.map(String.init) == formatted, "headline contacts against summary.csv's \(contacts)")

        let referrals = try String(contentsOf: package.appendingPathComponent("referrals_by_destination.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        var perDestination: [String: Int] = [:]
        for line in referrals {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            perDestination[cells[2].isEmpty ? cells[1] : cells[2], default: 0] += Int(cells[3]) ?? 0
        }
        let section = try #require(html.components(separatedBy: "<section id=\"referrals\">").dropFirst().first?.components(separatedBy: "</section>").first)
        for (name, count) in perDestination where count > 0 {
            let escaped = name.replacingOccurrences(of: "&", with: "&amp;")
            #expect(section.contains("<th scope=\"row\">\(escaped)</th><td data-label=\"Referred\" class=\"n\">\(count)"), "\(name): \(count)")
        }
    }
}
