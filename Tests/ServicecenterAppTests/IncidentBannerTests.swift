import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Every incident in progress stays on the main screen, however long: each of the first three
/// keeps at least its title when they do not all fit, the ASCII notice is read whole beside
/// them, and the form keeps its rows.
@Suite("Incident banners: every incident on screen")
struct IncidentBannerTests {
    static let names = ["Vattenläcka", "Strömavbrott", "Snöoväder", "Telefonistörning"]

    /// An incident at the longest title and message the desk accepts, every word its own.
    static func maximal(_ index: Int) -> Incident {
        let name = names[index]
        let title = String((name + " i Adolfsberg, Mosås och Vivalla berör alla hushåll i kommunen").prefix(Incident.titleLimit))
        let sentence = "Säg till medborgaren att \(name.lowercased()) åtgärdas och att vi meddelar när allt fungerar igen. "
        let message = String(String(repeating: sentence, count: 10).prefix(Incident.messageLimit)).trimmingCharacters(in: .whitespaces)
        #expect(title.count == Incident.titleLimit && message.count == Incident.messageLimit)
        return Incident(id: Int64(index + 1), tag: name.lowercased(), title: title, message: message, startedAt: DeskFixtures.now, startedBy: "maria")
    }

    /// The desk with a contact open in the outcome step, as a guide on the phone has it.
    static func desk(size: Size, incidents: Int) -> DeskModel {
        var model = DeskReadAloudTests.desk(DeskFixtures.configuration, size: size, category: DeskFixtures.configuration.categories[0])
        model.update(.liveLoaded(waiting: 2, incidents: (0..<incidents).map(maximal)))
        return model
    }

    /// The banner rows: those between the title row and the today line.
    static func bannerText(_ lines: [String], rows: Int) -> String {
        lines[1..<1 + rows].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test("Two and three incidents at the longest: every one is on the desk by its title, cut ones end in ▼ F1, the form stays whole",
          arguments: [(Size(width: 80, height: 24), 2), (Size(width: 80, height: 24), 3), (Size(width: 70, height: 18), 2),
                      (Size(width: 70, height: 18), 3)])
    func desk(size: Size, count: Int) {
        let model = Self.desk(size: size, incidents: count)
        let lines = model.view(theme: .color).lines()
        let screen = lines.joined(separator: "\n")
        let rows = model.layout(ascii: false).banners.height
        let banners = Self.bannerText(lines, rows: rows)
        #expect(rows >= count, "a row for each incident\n\(screen)")
        for index in 0..<count {
            let incident = Self.maximal(index)
            // At 80 columns the title is whole; at 70 a 60-letter title and its heading need two
            // rows, so it is shown from its start as far as it goes, in whole words.
            let shown = size.width >= 80 ? incident.title : String(incident.title.prefix(20))
            #expect(banners.contains("DRIFTSTÖRNING: " + shown), "\(incident.title) is on the desk\n\(screen)")
        }
        #expect(!screen.contains("…"))
        #expect(banners.contains("▼ F1"), "a cut banner says F1 shows the rest\n\(screen)")
        #expect(!screen.contains("syns inte i sin helhet"))
        // The form and the key hints are all there under the banners.
        #expect(screen.contains("Anteckning:") && screen.contains("Utfall:"), "\(screen)")
        #expect(lines[size.height - 1].contains("F1"))
    }

    @Test("Four or more incidents: two get rows and the last row counts the rest; F1 lists every one in full")
    func four() {
        var model = Self.desk(size: Size(width: 70, height: 18), incidents: 4)
        let lines = model.view(theme: .color).lines()
        let rows = model.layout(ascii: false).banners.height
        let banners = Self.bannerText(lines, rows: rows)
        #expect(rows == 3)
        #expect(banners.contains("DRIFTSTÖRNING: Vattenläcka") && banners.contains("DRIFTSTÖRNING: Strömavbrott"))
        #expect(lines[rows].contains("▼ 2 driftstörningar till – F1 visar alla"), "\(lines.joined(separator: "\n"))")
        model.press(.escape, .function(1))
        var help: [String] = []
        for _ in 0..<30 {
            help += model.view(theme: .color).lines()
            model.press(.pageDown)
        }
        let all = help.joined(separator: " ")
        for name in Self.names { #expect(all.contains("DRIFTSTÖRNING: \(name)")) }
    }

    @Test("The banner stack: whole while it fits, a row each for three, the rest shared a row at a time")
    func stackRule() {
        let stack = BannerStack(["a b c d e f g h", "i j k l", "m n"], width: 3, ascii: false, cutSign: "▼")
        #expect(stack.wrapped.map(\.count) == [4, 2, 1])
        #expect(stack.lines(room: 7, moreSign: "▼") { "\($0) more" } == ["a b", "c d", "e f", "g h", "i j", "k l", "m n"])
        // Five rows for seven: one each, then the first two one more each.
        #expect(stack.lines(room: 5, moreSign: "▼") { "\($0) more" } == ["a b", "c ▼", "i j", "k l", "m n"])
        #expect(stack.lines(room: 3, moreSign: "▼") { "\($0) more" } == ["a ▼", "i ▼", "m n"])
        // Fewer rows than incidents: the last row counts the rest.
        #expect(stack.lines(room: 2, moreSign: "▼") { "\($0) more" } == ["a ▼", "▼ 2 more"])
        #expect(stack.rows(limit: 1) == 3, "a row for each of three incidents at the least")
    }

    @Test("Under LC_ALL=C with incidents on screen the desk shows the whole notice, restart advice and all",
          arguments: [(Size(width: 80, height: 24), 2), (Size(width: 80, height: 24), 3), (Size(width: 70, height: 18), 2)])
    func asciiNoticeWithIncidents(size: Size, count: Int) {
        var model = Self.desk(size: size, incidents: count)
        model.notice = .init(kind: .warning, text: model.text.notUTF8)
        let lines = model.view(theme: .monochrome, glyphs: .ascii).lines()
        let screen = lines.joined(separator: "\n")
        let notice = model.layout(ascii: true).notice
        let shown = lines[notice.y..<notice.maxY].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(shown == model.text.notUTF8, "\(screen)")
        #expect(shown.contains("LC_ALL=C.UTF-8"))
        let banners = Self.bannerText(lines, rows: model.layout(ascii: true).banners.height)
        for index in 0..<count { #expect(banners.contains(ASCIIFolding.fold("DRIFTSTÖRNING: " + Self.names[index].prefix(5))), "\(screen)") }
        #expect(screen.contains("Anteckning:"))
    }

    @Test("The dashboard at 80×24: every incident by its title, and under LC_ALL=C the whole notice", arguments: [2, 3])
    func dashboard(count: Int) {
        var model = DashboardTests.model()
        var live = DashboardTests.live
        live.incidents = (0..<count).map(Self.maximal)
        model.update(.loaded(live))
        model.notice = .init(kind: .warning, text: model.text.notUTF8)
        for glyphs in [Glyphs.unicode, .ascii] {
            let lines = model.view(theme: .monochrome, glyphs: glyphs).lines()
            let screen = lines.joined(separator: "\n")
            let banners = lines[1...8].map { ASCIIFolding.fold($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: " ")
            for index in 0..<count {
                #expect(banners.contains(ASCIIFolding.fold("DRIFTSTÖRNING: " + Self.maximal(index).title.prefix(40))), "\(screen)")
            }
            let bottom = lines[21..<23].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(bottom.hasSuffix("LC_ALL=C.UTF-8 (eller sv_SE.UTF-8)."), "\(screen)")
            // The staff list clips names, as lists do; what is read out never is.
            #expect(!(banners + bottom).contains("…") && !(banners + bottom).contains("~"), "\(screen)")
        }
    }
}
