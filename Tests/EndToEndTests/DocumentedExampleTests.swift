import Foundation
import Testing

/// The example files the README and docs tell a newcomer to try must work as shipped: issue
/// 18's tester found the quick start's import refused once forwarded contacts needed a matter.
@Suite("The documented example files work as shipped", .endsWhatItStarts)
struct DocumentedExampleTests {
    @Test("docs/examples/contacts.jsonl imports whole, as the README's quick start runs it, and its hand-overs carry a matter")
    func contactsImport() throws {
        let sandbox = try Sandbox()
        let file = Sandbox.repository.appendingPathComponent("docs/examples/contacts.jsonl").path
        let imported = try sandbox.run(as: "admin", "import", file)
        #expect(imported.status == 0, "\(imported.stderr)")
        let list = try sandbox.run(as: "maria", "handovers", "--all", "--format", "csv")
        #expect(list.status == 0)
        let rows = list.stdout.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 2, "\(list.stdout)")
        #expect(try sandbox.run(as: "maria", "handovers", "show", "1").stdout.contains("försörjningsstöd"))
    }
}
