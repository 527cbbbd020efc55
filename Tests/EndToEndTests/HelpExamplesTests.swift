import Foundation
import Testing

/// Issue 17: `queue call`, `queue no-show` and `queue list` had no examples in their `--help`,
/// though the README promises "every command has --help with examples".
@Suite("Every command's --help has examples", .endsWhatItStarts)
struct HelpExamplesTests {
    @Test("Each leaf of the command tree shows an example section, and its own --help prints it")
    func everyLeafHasExamples() throws {
        let leaves = try CommandTree().commands.filter(\.isLeaf)
        #expect(leaves.count >= 25, "\(leaves.map(\.path))")
        for leaf in leaves {
            #expect(leaf.discussion.contains("Example"), "servicecenter \(leaf.path.joined(separator: " ")) --help has no example")
            #expect(leaf.discussion.contains("servicecenter \(leaf.path.first ?? "")"), "\(leaf.path): an example should show the command")
        }
        for path in [["queue", "call"], ["queue", "no-show"], ["queue", "list"]] {
            let help = try Sandbox().run(arguments: path + ["--help"])
            #expect(help.status == 0 && help.stdout.contains("Example"), "\(path): \(help.stdout)")
        }
    }
}
