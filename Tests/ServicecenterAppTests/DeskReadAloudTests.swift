import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterConfigFiles
import ServicecenterCore
import TerminalUI

/// What a guide reads to a citizen (guidance, incident banners, the help) is never cut off:
/// it wraps to the space it has and scrolls when longer, with a sign that there is more.
@Suite("Desk: nothing read aloud is cut off")
struct DeskReadAloudTests {
    /// The catalogue as shipped in Config/.
    static let shipped: Configuration = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Config")
        return try! ConfigurationLoader.load(directory: directory)
    }()

    static let longIncident = Incident(
        id: 1, tag: "vattenlacka", title: "Vattenläcka i Adolfsberg",
        message: "Koka dricksvattnet i minst fem minuter tills vidare; tankbil står vid Adolfsbergs skola, vänta tills vi meddelar att vattnet är tjänligt igen",
        startedAt: DeskFixtures.now, startedBy: "maria")
    static let secondIncident = Incident(
        id: 2, tag: "e-tjanst-nere", title: "E-tjänsten för förskoleplats ligger nere",
        message: "Ansökan kan lämnas på papper i receptionen eller skickas senare; inga köpoäng går förlorade",
        startedAt: DeskFixtures.now, startedBy: "maria")

    static func desk(_ configuration: Configuration, size: Size, category: Category, language: Language = .swedish) -> DeskModel {
        var model = DeskModel(
            configuration: configuration, guide: Operator(user: "anna", name: "Anna Lindqvist", role: .guide), text: deskStrings(for: language),
            now: DeskFixtures.now, size: size, station: Station(channel: .phone), draft: nil)
        var draft = ContactForm(startedAt: DeskFixtures.now, channel: .phone, search: category.name)
        draft.categoryID = category.id
        model.open(draft)
        return model
    }

    /// The guidance as the guide can read it: every line the area shows, paging down to the end.
    static func readGuidance(_ model: inout DeskModel) -> (lines: [String], sawEllipsis: Bool) {
        var lines: [Int: String] = [:]
        var sawEllipsis = false
        for _ in 0..<20 {
            let buffer = model.view(theme: .color)
            // The match list while searching is a list, clipped row by row; everything else is read.
            // The search field marks a query longer than itself with "…": that is the field, not the guidance.
            let rows = model.formLayout(model.layout(ascii: false).form, ascii: false)
            let list = model.focus == .search ? rows.list : Rect(x: 0, y: 0, width: 0, height: 0)
            sawEllipsis = sawEllipsis || buffer.lines().enumerated().contains {
                $0.element.contains("…") && !(list.y..<list.maxY).contains($0.offset) && $0.offset != rows.inner.y
            }
            guard let onScreen = model.guidanceOnScreen(ascii: false) else { break }
            let (area, text) = onScreen
            for row in 0..<text.window.shown {
                var line = ""
                for x in area.x..<area.x + text.textWidth { line += buffer[x, area.y + row].text }
                lines[text.window.first + row] = line.trimmingCharacters(in: .whitespaces)
            }
            if text.window.hiddenBelow == 0 { break }
            model.press(.pageDown)
        }
        return (lines.keys.sorted().map { lines[$0]! }, sawEllipsis)
    }

    @Test("Every shipped category's guidance at 80×24 and 100×30, in the search and the outcome step: read in full, no …",
          arguments: [Size(width: 80, height: 24), Size(width: 100, height: 30)])
    func everyGuidance(size: Size) {
        var problems: [String] = []
        for category in Self.shipped.categories {
            for searching in [false, true] {
                var model = Self.desk(Self.shipped, size: size, category: category)
                if searching { model.press(.escape) }
                #expect(model.highlightedCategory?.id == category.id)
                let (lines, sawEllipsis) = Self.readGuidance(&model)
                if sawEllipsis { problems.append("\(category.id) at \(size), searching \(searching): … on screen") }
                let read = lines.flatMap { WrappedText.words($0) }
                // The guidance as the desk shows it: the category's text and its articles' titles.
                if read != WrappedText.words(model.guidanceShown(for: category)) {
                    problems.append("\(category.id) at \(size), searching \(searching): read \(read.joined(separator: " "))")
                }
            }
        }
        #expect(problems == [], "\(problems.prefix(5))")
        #expect(Self.shipped.categories.count > 50)
    }

    @Test("The 80×24 report: the bygglov guidance, cut at “frågor om ett pågående …” before, is shown whole")
    func bygglovAt80x24() throws {
        let bygglov = try #require(Self.shipped.category("bygglov"))
        let model = Self.desk(Self.shipped, size: Size(width: 80, height: 24), category: bygglov)
        let screen = model.view(theme: .color).lines().joined(separator: "\n")
        #expect(screen.contains("bygglovshandläggare."))
        #expect(!screen.contains("…"))
    }

    @Test("A guidance longer than its area scrolls with PgDn/PgUp, shows ▼ and ▲, and the hint bar names the keys")
    func scrollingGuidance() throws {
        var configuration = DeskFixtures.configuration
        let long = (1...12).map { "Mening \($0) om vad medborgaren behöver veta innan ansökan skickas in." }.joined(separator: " ")
        configuration.categories[1].guidance = long
        let category = configuration.categories[1]
        // On the smallest screen the scroll keys give way to saving and quitting in the hint bar.
        let cramped = Self.desk(configuration, size: DeskModel.minimumSize, category: category)
        #expect(cramped.guidanceScrolls && cramped.view(theme: .color).lines().last?.contains("F9Spara F10Avsluta") == true)
        var model = Self.desk(configuration, size: Size(width: 80, height: 24), category: category)
        let first = model.view(theme: .color)
        let (area, text) = try #require(model.guidanceOnScreen(ascii: false))
        #expect(text.window.scrolls && text.window.first == 0)
        #expect(first[area.maxX - 1, area.y + text.window.shown - 1].text == "▼")
        #expect(first.lines().last?.contains("PgUp PgDn") == true)
        let (lines, sawEllipsis) = Self.readGuidance(&model)
        #expect(!sawEllipsis)
        #expect(lines.flatMap { WrappedText.words($0) } == WrappedText.words(long))
        let end = model.view(theme: .color)
        #expect(end[area.maxX - 1, area.y].text == "▲")
        let last = try #require(model.guidanceOnScreen(ascii: false)).text.window
        #expect(last.first == last.lastOffset && last.first > 0)
        model.press(.pageUp)
        #expect(try #require(model.guidanceOnScreen(ascii: false)).text.window.first < last.first)
        // The next contact about the same category starts at the top of its guidance.
        model.press(.function(9))
        model.update(.saved(id: 1, contact: DeskFixtures.contact(id: 1, minutesAgo: 1)))
        model.update(.tick(DeskFixtures.now.addingTimeInterval(60)))
        model.type("altan")
        #expect(model.highlightedCategory?.id == category.id)
        #expect(try #require(model.guidanceOnScreen(ascii: false)).text.window.first == 0)
    }

    @Test("Two incidents: the desk shows both, each wrapped; where they do not fit each keeps its title and says ▼ F1, and F1 shows all")
    func twoIncidents() {
        var model = DeskFixtures.model()
        model.update(.liveLoaded(waiting: 2, incidents: [Self.longIncident, Self.secondIncident]))
        let screen = model.view(theme: .color).lines()
        let text = screen.joined(separator: " ")
        #expect(!text.contains("…"))
        #expect(text.contains("tjänligt igen"), "the whole first message")
        #expect(text.contains("inga köpoäng går förlorade"), "the whole second message")
        #expect(screen[1].contains("DRIFTSTÖRNING: Vattenläcka"))

        var small = DeskFixtures.model(size: DeskModel.minimumSize)
        small.update(.liveLoaded(waiting: 2, incidents: [Self.longIncident, Self.secondIncident]))
        let cramped = small.view(theme: .color).lines()
        #expect(cramped[1].contains("DRIFTSTÖRNING: Vattenläcka i Adolfsberg") && cramped[1].contains("▼ F1"))
        #expect(cramped[2].contains("DRIFTSTÖRNING: E-tjänsten för förskoleplats") && cramped[2].contains("▼ F1"))
        small.press(.function(1))
        var help: [String] = []
        for _ in 0..<10 {
            help += small.view(theme: .color).lines()
            small.press(.pageDown)
        }
        let all = help.joined(separator: " ")
        #expect(all.contains("Pågående driftstörningar:"))
        for word in ["tjänligt", "köpoäng", "förlorade"] { #expect(all.contains(word)) }
    }

    @Test("The line under the hand-over list says who changed it last in full, on two rows where it needs them")
    func handoverDetail() {
        var model = DeskFixtures.model()
        model.press(.function(7))
        model.update(.handoversLoaded(DeskHandoverTests.items))
        let lines = model.view(theme: .color).lines()
        let detail = lines.firstIndex { $0.contains("#7:") }
        #expect(detail != nil)
        let text = lines[(detail ?? 0)...].prefix(2).joined(separator: " ")
        #expect(text.contains("10:00 av") && lines[(detail ?? 0) + 1].contains(" anna ") && !text.contains("…"), "\(lines.joined(separator: "\n"))")
    }

    @Test("Ctrl-T with two incidents tags the first, then the second, then none, and says which each time")
    func tagCycles() {
        var model = DeskFixtures.model()
        model.update(.liveLoaded(waiting: 2, incidents: [Self.longIncident, Self.secondIncident]))
        model.type("sopor")
        model.press(.control("t"))
        // The notice names the incident by its title (issue 17); the contact stores its tag.
        #expect(model.form?.incident == "vattenlacka" && model.notice?.text.contains("Vattenläcka i Adolfsberg") == true)
        model.press(.control("t"))
        #expect(model.form?.incident == "e-tjanst-nere" && model.notice?.text.contains("E-tjänsten för förskoleplats ligger nere") == true)
        model.press(.control("t"))
        #expect(model.form?.incident == nil)
    }

    @Test("The help uses the width it has: wider at 160 columns, no line cut with …; it scrolls where it is longer than the screen",
          arguments: [(Size(width: 80, height: 24), Language.swedish), (Size(width: 160, height: 40), .swedish),
                      (Size(width: 70, height: 18), .english), (Size(width: 100, height: 30), .english)])
    func help(size: Size, language: Language) {
        var model = DeskFixtures.model(size: size, language: language)
        model.type("sopor")
        model.press(.enter, .function(1))
        var seen: [String] = []
        var frames = 0
        repeat {
            let lines = model.view(theme: .color).lines()
            #expect(!lines.joined().contains("…"), "\(lines.joined(separator: "\n"))")
            seen += lines
            frames += 1
            let before = model.help?.scroll
            model.press(.pageDown)
            if model.help?.scroll == before { break }
        } while frames < 20
        let layout = model.helpLayout(ascii: false)
        #expect(layout.box.width == min(size.width - 4, DeskModel.helpMaximumWidth))
        let text = seen.joined(separator: " ")
        // What the help lists for this site (the fixture has no articles, so no ^L).
        for action in model.helpActions {
            #expect(text.contains(action.keyName), "\(action) missing")
            // The last word of every explanation is on screen: nothing is cut.
            let last = WrappedText.words(model.text.help(action)).last!
            #expect(text.contains(last), "\(action): \(last) missing")
        }
        #expect(model.helpVisible, "scrolling keeps the help open")
        model.press(.character("x"))
        #expect(!model.helpVisible)
    }
}
