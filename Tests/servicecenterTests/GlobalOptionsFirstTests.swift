import Testing
@testable import servicecenter

/// `servicecenter --lang en stats`: the options every subcommand takes may come before the
/// subcommand's name, as with git's `-C`; the default subcommand (desk) must not take them and
/// then refuse the name.
@Suite("Global options before the subcommand are moved after it")
struct GlobalOptionsFirstTests {
    let names: Set<String> = ["stats", "import", "desk", "queue"]

    @Test("Leading --lang, --config and --database, with a space or '=', go to the end or before '--'")
    func moved() {
        #expect(GlobalOptions.movedAfterSubcommand(["--lang", "en", "stats"], subcommands: names) == ["stats", "--lang", "en"])
        #expect(GlobalOptions.movedAfterSubcommand(["--lang=en", "--database", "x.sqlite", "stats", "dump", "--date", "today"], subcommands: names)
            == ["stats", "dump", "--date", "today", "--lang=en", "--database", "x.sqlite"])
        #expect(GlobalOptions.movedAfterSubcommand(["--config", "C", "import", "--", "-odd-name.jsonl"], subcommands: names)
            == ["import", "--config", "C", "--", "-odd-name.jsonl"])
    }

    @Test("One given again after the subcommand counts, as a later option does; before the program's help they are left out")
    func laterAndHelp() {
        #expect(GlobalOptions.movedAfterSubcommand(["--lang", "en", "--config", "C", "stats", "--lang", "sv"], subcommands: names)
            == ["stats", "--lang", "sv", "--config", "C"])
        #expect(GlobalOptions.movedAfterSubcommand(["--lang=en", "stats", "--lang=sv"], subcommands: names) == ["stats", "--lang=sv"])
        #expect(GlobalOptions.movedAfterSubcommand(["--lang", "en", "--help"], subcommands: names) == ["--help"])
        #expect(GlobalOptions.movedAfterSubcommand(["--lang", "en", "help", "stats"], subcommands: names) == ["help", "stats"])
    }

    @Test("Anything else is left as written: no subcommand after them, another option first, a value missing")
    func leftAlone() {
        for arguments in [
            ["--lang", "en"], ["stats", "--lang", "en"], ["--version"],
            ["--lang"], ["--lang", "en", "nonsense"], ["--help", "--lang", "en", "stats"],
        ] {
            #expect(GlobalOptions.movedAfterSubcommand(arguments, subcommands: names) == arguments, "\(arguments)")
        }
    }
}
