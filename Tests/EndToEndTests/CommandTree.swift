import Foundation

/// The command tree as the built binary describes it (`--experimental-dump-help`, the
/// ArgumentParser's own JSON), so a test can walk every subcommand and option without a list
/// that a new command would be missing from.
struct CommandTree {
    struct Command {
        var path: [String]
        var discussion: String
        var options: [String]
        var isLeaf: Bool
    }

    let commands: [Command]

    init() throws {
        let outcome = try Sandbox().run("--experimental-dump-help")
        guard outcome.status == 0, let root = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any],
              let command = root["command"] as? [String: Any]
        else { throw TreeError.unreadable(outcome.stderr) }
        var found: [Command] = []
        Self.walk(command, path: [], into: &found)
        commands = found
    }

    enum TreeError: Error { case unreadable(String) }

    private static func walk(_ node: [String: Any], path: [String], into found: inout [Command]) {
        let subcommands = (node["subcommands"] as? [[String: Any]]) ?? []
        let options = ((node["arguments"] as? [[String: Any]]) ?? []).compactMap { argument -> String? in
            guard argument["kind"] as? String == "option" else { return nil }
            let names = (argument["names"] as? [[String: Any]]) ?? []
            return names.first { $0["kind"] as? String == "long" }.flatMap { $0["name"] as? String }.map { "--" + $0 }
        }
        found.append(Command(path: path, discussion: node["discussion"] as? String ?? "", options: options, isLeaf: subcommands.isEmpty))
        for sub in subcommands {
            guard let name = sub["commandName"] as? String, name != "help" else { continue }
            walk(sub, path: path + [name], into: &found)
        }
    }
}
