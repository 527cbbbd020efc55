import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// The call-back number and address on the forwarding form are read back to the citizen: shown
/// whole, or, while typed in a field too narrow for them, with "…" where text is hidden.
@Suite("Desk: the call-back fields show the number and address whole")
struct DeskCallbackFieldsWholeTests {
    /// 15 digits with a country code and spaces; a 60-character address.
    static let phone = "+46 70 123 45 67 89"
    static let email = "annika.svensson-lindqvist.forvaltning@kommunen.exempel.se.nu"
    static let sizes = [Size(width: 70, height: 18), Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// The form's columns only (the side panel left out), rows joined, spaces and frame dropped.
    static func formText(_ model: DeskModel) -> String {
        let form = model.layout(ascii: false).form
        let lines = model.view(theme: .monochrome).lines()
        return lines[form.y..<min(lines.count, form.maxY)].map { line in
            String(Array(line).dropFirst(form.x).prefix(form.width))
        }.joined().filter { !$0.isWhitespace && $0 != "│" }
    }

    @Test("At 70×18, 80×24 and 120×40, the longest number and a 60-character address are on screen whole once typed",
          arguments: sizes)
    func wholeOnceTyped(size: Size) {
        var model = DeskForwardingTests.atMatter(size: size)
        #expect(Self.email.count == 60)
        model.type("Fråga om altan")
        model.press(.enter)
        model.type(Self.phone)
        model.press(.enter)
        model.type(Self.email)
        model.press(.enter)
        model.type("eftermiddag efter 14")
        #expect(model.handover.field == .time)
        let shown = Self.formText(model)
        #expect(shown.contains(Self.phone.filter { !$0.isWhitespace }), "\(size): \(model.view(theme: .monochrome).lines().joined(separator: "\n"))")
        // At 70×18 the form has one row for the e-mail: a 60-character address shows its start
        // and "…" (never a shorter address that reads as whole); from 80×24 it is whole.
        let emailShown = shown.contains(Self.email) || (size.height < 24 && shown.contains(String(Self.email.prefix(50))) && shown.contains("…"))
        #expect(emailShown, "\(size): \(model.view(theme: .monochrome).lines().joined(separator: "\n"))")
        if size.height >= 24 { #expect(shown.contains(Self.email)) }
        // The whole frame still closes below the form's last row.
        let lines = model.view(theme: .monochrome).lines()
        #expect(lines.contains { $0.contains("Anteckning:") }, "\(size)")
    }

    @Test("Typed into a field narrower than the text (70×18 with a banner: one shared row), every keystroke shows the text whole or marks the hidden end with …")
    func markedWhileTyping() {
        var model = DeskForwardingTests.atMatter(size: Size(width: 70, height: 18))
        model.update(.liveLoaded(waiting: 2, incidents: [Incident(id: 1, tag: "vatten", title: "Vattenläcka", message: "Koka vattnet",
                                                                  startedAt: DeskFixtures.now, startedBy: "maria")]))
        model.type("Fråga om altan")
        model.press(.enter)
        for (field, value) in [(HandoverField.phone, "0046 70 123 45 67 89 00"), (.email, Self.email)] {
            #expect(model.handover.field == field)
            var typed = ""
            for character in value {
                model.type(String(character))
                typed.append(character)
                let label = model.text.forwarding.label(field)
                let row = model.view(theme: .monochrome).lines().first { $0.contains(label) } ?? ""
                let after = String(row[row.range(of: label)!.upperBound...])
                #expect(after.contains(typed) || after.contains("…"), "\(field) \(typed): \(row)")
                // Never a shortened value that reads as another: after the mark stands the text's end.
                if !after.contains(typed), let mark = after.firstIndex(of: "…"), after.startIndex == mark || after.first == " " {
                    let visible = String(after[after.index(after: mark)...]).components(separatedBy: "  ").first ?? ""
                    #expect(typed.trimmingCharacters(in: .whitespaces).hasSuffix(visible.trimmingCharacters(in: .whitespaces)), "\(field) \(typed): \(row)")
                }
            }
            model.press(.enter)
        }
    }
}
