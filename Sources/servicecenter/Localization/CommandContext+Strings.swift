import ServicecenterCore

extension CommandContext {
    /// What a command reports once done, in the language the command speaks (`text`'s).
    var commandText: any CommandStrings { commandStrings(for: text.language) }
    /// What `queue` and `incident` print and nothing else says, in the same language.
    var queueCommandText: any QueueCommandStrings { queueCommandStrings(for: text.language) }
}
