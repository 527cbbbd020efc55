import Foundation
import ServicecenterCore

/// Reads the knowledge articles, `knowledge/*.md` beside the TOML files, to the agreed format
/// (docs/knowledge.md): a front matter between two `---` lines, then a Markdown body kept as
/// it is. An article with a problem is reported at its file and line and left out; the good
/// ones load, so one broken file never takes the others from the desk.
public enum KnowledgeLoader {
    /// The folder of articles inside the configuration directory.
    public static let folder = "knowledge"
    /// Larger than this, a file is refused unread: an article is read during a call (the
    /// shipped ones are 2–4 KB), and a stray log or dump must not be loaded into every desk.
    public static let sizeLimit = 256 * 1024
    /// The front matter's keys, in the order the documentation lists them.
    public static let keys = ["title", "categories", "sector", "reviewed", "review_months", "audience", "eservice"]
    static let requiredKeys = ["title", "categories", "sector", "reviewed"]

    /// Every article in `directory/knowledge/` that reads without a problem, in file-name order,
    /// and the problems of those left out. No folder: no articles and no problem (the knowledge
    /// base is optional). Category and sector ids are checked against the configuration's,
    /// unless it has none (its own file's problem is reported already).
    public static func read(directory: URL, configuration: Configuration) -> (articles: [KnowledgeArticle], problems: [ConfigurationProblem]) {
        let folder = directory.appendingPathComponent(Self.folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { return ([], []) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        } catch {
            return ([], [ConfigurationProblem(location: SourceLocation(file: folder.path), .fileMissing)])
        }
        let catalogue = Catalogue(configuration)
        var articles: [KnowledgeArticle] = []
        var problems: [ConfigurationProblem] = []
        for name in names {
            let file = folder.appendingPathComponent(name).path
            let (article, found) = readFile(file, catalogue: catalogue)
            problems += found
            if let article { articles.append(article) }
        }
        return (articles, problems)
    }

    /// The ids a front matter may name; nil where the configuration has none to check against.
    struct Catalogue {
        var categories: Set<String>?
        var sectors: Set<String>?

        init(categories: Set<String>?, sectors: Set<String>?) {
            self.categories = categories
            self.sectors = sectors
        }

        init(_ configuration: Configuration) {
            categories = configuration.categories.isEmpty ? nil : Set(configuration.categories.map(\.id))
            sectors = configuration.sectors.isEmpty ? nil : Set(configuration.sectors.map(\.id))
        }
    }

    static func readFile(_ file: String, catalogue: Catalogue) -> (KnowledgeArticle?, [ConfigurationProblem]) {
        guard let handle = FileHandle(forReadingAtPath: file) else {
            return (nil, [ConfigurationProblem(location: SourceLocation(file: file), .fileMissing)])
        }
        defer { try? handle.close() }
        // One byte past the limit says it is too large without reading a huge file whole.
        let data = (try? handle.read(upToCount: sizeLimit + 1)) ?? Data()
        guard data.count <= sizeLimit else {
            return (nil, [ConfigurationProblem(location: SourceLocation(file: file), .knowledge(.tooLarge(limit: sizeLimit)))])
        }
        let name = URL(fileURLWithPath: file).lastPathComponent
        return parse(data, file: file, id: String(name.dropLast(3)), catalogue: catalogue)
    }

    /// One article from its bytes: the article, or nil and every problem found, each at its line.
    static func parse(_ data: Data, file: String, id: String, catalogue: Catalogue) -> (KnowledgeArticle?, [ConfigurationProblem]) {
        func problem(_ line: Int?, _ field: String?, _ value: String?, _ kind: KnowledgeProblem) -> ConfigurationProblem {
            ConfigurationProblem(location: SourceLocation(file: file, line: line), field: field, value: value.map(InertText.shown), .knowledge(kind))
        }
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }) else {
            return (nil, [problem(nil, nil, id + ".md", .fileName)])
        }
        // Line by line: a byte sequence that is not UTF-8 is named at its own line (a line feed
        // is never part of a longer UTF-8 sequence, so splitting there is safe).
        var lines: [String] = []
        for (index, bytes) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard let line = String(validating: bytes, as: UTF8.self) else { return (nil, [problem(index + 1, nil, nil, .notUTF8)]) }
            lines.append(line)
        }
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0].removeFirst() }
        // A Windows line end is a line end, not a control character.
        lines = lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        // A tab is allowed; the lines hold no line feed.
        if let index = lines.firstIndex(where: { InertText.containsUnsafe($0, allowingLineBreaks: true) }) {
            return (nil, [problem(index + 1, nil, nil, .controlCharacter)])
        }
        guard lines.first == "---" else { return (nil, [problem(1, nil, nil, .noFrontMatter)]) }
        guard let end = lines.dropFirst().firstIndex(of: "---") else { return (nil, [problem(1, nil, nil, .frontMatterNotClosed)]) }

        var values: [String: (value: String, line: Int)] = [:]
        var problems: [ConfigurationProblem] = []
        for index in 1..<end {
            let line = lines[index].trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                problems.append(problem(index + 1, nil, line, .notKeyValue))
                continue
            }
            let key = line[..<colon].trimmingSpaces()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            guard keys.contains(key) else {
                problems.append(problem(index + 1, key, nil, key.isEmpty ? .notKeyValue : .unknownKey(known: keys)))
                continue
            }
            if let first = values[key] {
                problems.append(problem(index + 1, key, nil, .duplicateKey(firstLine: first.line)))
                continue
            }
            values[key] = (value, index + 1)
        }
        for key in requiredKeys where values[key] == nil { problems.append(problem(1, key, nil, .missingKey)) }
        for (key, entry) in values where entry.value.isEmpty && key != "eservice" {
            problems.append(problem(entry.line, key, nil, .emptyValue))
        }

        let title = values["title"]?.value ?? ""
        var categories: [String] = []
        if let entry = values["categories"], !entry.value.isEmpty {
            categories = entry.value.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            for category in categories where category.isEmpty || catalogue.categories?.contains(category) == false {
                problems.append(problem(entry.line, "categories", category, category.isEmpty ? .emptyValue : .unknownCategory))
            }
        }
        let sector = values["sector"]?.value ?? ""
        if let entry = values["sector"], !sector.isEmpty, catalogue.sectors?.contains(sector) == false {
            problems.append(problem(entry.line, "sector", sector, .unknownSector))
        }
        var reviewed = LocalDay(year: 1970, month: 1, day: 1)
        if let entry = values["reviewed"], !entry.value.isEmpty {
            if let day = LocalDay(entry.value) { reviewed = day } else { problems.append(problem(entry.line, "reviewed", entry.value, .reviewedDate)) }
        }
        var reviewMonths = 12
        if let entry = values["review_months"], !entry.value.isEmpty {
            if let months = Int(entry.value), (1...60).contains(months), entry.value.allSatisfy(\.isASCII) {
                reviewMonths = months
            } else {
                problems.append(problem(entry.line, "review_months", entry.value, .reviewMonths))
            }
        }
        var isPublic = false
        if let entry = values["audience"], !entry.value.isEmpty {
            switch entry.value {
            case "internal": isPublic = false
            case "public": isPublic = true
            default: problems.append(problem(entry.line, "audience", entry.value, .audience))
            }
        }
        var eservice: String?
        if let entry = values["eservice"], !entry.value.isEmpty {
            if entry.value.hasPrefix("https://"), entry.value.count > "https://".count, !entry.value.contains(" ") {
                eservice = entry.value
            } else {
                problems.append(problem(entry.line, "eservice", entry.value, .eserviceAddress))
            }
        }
        guard problems.isEmpty else { return (nil, problems.sorted { ($0.location.line ?? 0) < ($1.location.line ?? 0) }) }
        let body = lines[(end + 1)...].joined(separator: "\n")
        return (KnowledgeArticle(
            id: id, title: title, categories: categories, sector: sector, reviewed: reviewed, reviewMonths: reviewMonths,
            isPublic: isPublic, eservice: eservice, body: body, source: SourceLocation(file: file, line: 1)), [])
    }
}
