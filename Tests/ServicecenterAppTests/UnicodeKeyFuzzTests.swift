import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Random Unicode typed into the desk and the dashboard's incident form the way a terminal
/// delivers it (one scalar per key: `a` then U+0301, a ZWJ sequence piece by piece), mixed
/// with editing and screen keys, at several screen sizes. Issue 16: a combining mark crashed
/// both screens in the text field.
@Suite("Screens: Unicode key fuzz")
struct UnicodeKeyFuzzTests {
    static let keysPerScreen = 60_000
    static let sizes = [Size(width: 80, height: 24), Size(width: 60, height: 16), Size(width: 132, height: 43), Size(width: 20, height: 5),
                        Size(width: 1, height: 1), Size(width: 300, height: 100)]

    /// Scalars that break naive text code, each a key of its own.
    static let scalars: [UInt32] = [
        0x61, 0x62, 0x6F, 0x73, 0x20, 0x31, 0x32, 0xE5, 0xF6, // letters, space, digits (desk choices), å, ö
        0x0301, 0x0308, 0x0327, 0x20DD, // combining marks
        0x200D, 0x200B, 0x200C, 0xFE0F, // joiners, zero-width space, emoji presentation
        0x1F468, 0x1F469, 0x1F467, 0x1F44D, 0x1F3FD, 0x1F1F8, 0x1F1EA, // people, skin tone, regional indicators
        0x05D0, 0x0627, 0x202E, 0x2067, // Hebrew, Arabic, bidi override and isolate
        0x754C, 0x65E5, 0xAC00, 0x1100, 0x1161, // CJK, Hangul syllable and jamo
        0x00, 0x07, 0x1B, 0x7F, 0x9B, 0x0A, // control characters
    ]

    static func randomKey(_ random: inout SeededGenerator) -> Key {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<72: .character(Character(UnicodeScalar(scalars.randomElement(using: &random)!)!))
        case 72..<76: .enter
        case 76..<79: .escape
        case 79..<84: .backspace
        case 84..<86: .delete
        case 86..<88: .tab
        case 88..<93: [.up, .down, .left, .right, .home, .end].randomElement(using: &random)!
        case 93..<97: .function(Int.random(in: 1...12, using: &random))
        default: .control(["a", "e", "u", "w", "k"].randomElement(using: &random)!)
        }
    }

    @Test("Desk: 60,000 scalar keys at six sizes, store replies at random: no trap, invariants hold, every frame fits")
    func desk() {
        var random = SeededGenerator(seed: 16_0301)
        var model = DeskFixtures.model()
        var nextID: Int64 = 1
        var problems: [String] = []
        var frames = 0
        for step in 0..<Self.keysPerScreen {
            if step % 2_000 == 0 { _ = model.update(.resized(Self.sizes[(step / 2_000) % Self.sizes.count])) }
            var key = Self.randomKey(&random)
            // F10 quits the desk; keep it running so the keys keep coming.
            if key == .function(10) { key = .escape }
            let effects = model.update(.key(key))
            for reply in DeskMonkeyTests.replies(to: effects, model: model, nextID: &nextID, random: &random) { _ = model.update(reply) }
            let broken = DeskMonkeyTests.checkInvariants(model)
                + ([model.search, model.note] + [model.repeatPicker?.input].compactMap { $0 }).compactMap { field in
                    (0...field.text.count).contains(field.cursor) ? nil : "cursor \(field.cursor) of \(field.text.count)"
                }
            if !broken.isEmpty, problems.count < 10 { problems.append("step \(step) after \(key): \(broken.joined(separator: ", "))") }
            if step % 20 == 0 {
                let buffer = model.view(theme: .color, glyphs: step % 40 == 0 ? .ascii : .unicode)
                frames += 1
                if buffer.size != model.size, problems.count < 10 { problems.append("step \(step): frame \(buffer.size) for \(model.size)") }
            }
        }
        #expect(problems == [])
        #expect(frames == Self.keysPerScreen / 20)
    }

    @Test("Dashboard incident form: 60,000 scalar keys at six sizes: no trap, the fields keep their cursors, every frame fits")
    func dashboardIncidentForm() {
        var random = SeededGenerator(seed: 16_0302)
        var model = DashboardTests.model()
        var problems: [String] = []
        var frames = 0
        var opened = 0
        for step in 0..<Self.keysPerScreen {
            if step % 2_000 == 0 { model.update(.resized(Self.sizes[(step / 2_000) % Self.sizes.count])) }
            if model.focus == .board {
                model.update(.key(.character("i")))
                opened += 1
            }
            let key = Self.randomKey(&random)
            for effect in model.update(.key(key)) {
                if case .startIncident = effect { model.update(.loaded(DashboardTests.live)) }
            }
            for field in [model.incidentTitle, model.incidentMessage] where !(0...field.text.count).contains(field.cursor) {
                if problems.count < 10 { problems.append("step \(step) after \(key): cursor \(field.cursor) of \(field.text.count)") }
            }
            if model.incidentTitle.text.count > Incident.titleLimit || model.incidentMessage.text.count > Incident.messageLimit, problems.count < 10 {
                problems.append("step \(step): a field past its limit")
            }
            if step % 20 == 0 {
                let buffer = model.view(theme: .monochrome, glyphs: step % 40 == 0 ? .ascii : .unicode)
                frames += 1
                if buffer.size != model.size, problems.count < 10 { problems.append("step \(step): frame \(buffer.size) for \(model.size)") }
            }
        }
        #expect(problems == [])
        #expect(frames == Self.keysPerScreen / 20)
        #expect(opened > 100, "the form was opened again and again")
    }
}
