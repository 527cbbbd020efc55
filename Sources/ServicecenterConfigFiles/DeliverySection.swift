import ServicecenterCore

/// `[delivery]` in servicecenter.toml: the mail command, its time limit, the sender and the
/// tries before a delivery shows as failed. Ranges and addresses are the validator's to judge.
enum DeliverySection {
    static func read(_ reader: TableReader, into configuration: inout Configuration) -> [ConfigurationProblem] {
        var delivery = DeliverySettings(location: reader.location)
        delivery.mailCommand = reader.string("mail_command") ?? delivery.mailCommand
        delivery.timeoutSeconds = reader.int("timeout_seconds") ?? delivery.timeoutSeconds
        delivery.from = reader.string("from").flatMap { $0.isEmpty ? nil : $0 }
        delivery.maxAttempts = reader.int("max_attempts") ?? delivery.maxAttempts
        configuration.delivery = delivery
        return reader.finish()
    }
}
