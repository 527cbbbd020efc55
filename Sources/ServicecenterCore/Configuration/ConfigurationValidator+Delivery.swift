/// `[delivery]` and the sectors' mailboxes: every address must be one that can stand in a
/// header as it is, and the command a program named by its full path (it is run without a shell).
extension ConfigurationValidator {
    static func validateDelivery(_ delivery: DeliverySettings, sectors: [Sector]) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        for sector in sectors {
            guard let mailbox = sector.mailbox, !MailAddress.isValid(mailbox) else { continue }
            let location = sector.location ?? SourceLocation(file: "sectors.toml")
            problems.append(.init(location: location.of("mailbox"), field: "sector.mailbox", value: mailbox, .mailAddress))
        }
        let location = delivery.location ?? SourceLocation(file: "servicecenter.toml")
        if delivery.commandWords.first.map({ !$0.hasPrefix("/") }) ?? true {
            problems.append(.init(location: location.of("mail_command"), field: "delivery.mail_command", value: delivery.mailCommand, .mailCommand))
        }
        if !DeliverySettings.timeoutRange.contains(delivery.timeoutSeconds) {
            problems.append(.init(
                location: location.of("timeout_seconds"), field: "delivery.timeout_seconds", value: String(delivery.timeoutSeconds),
                .between(lower: DeliverySettings.timeoutRange.lowerBound, upper: DeliverySettings.timeoutRange.upperBound, unit: .seconds)))
        }
        if !DeliverySettings.maxAttemptsRange.contains(delivery.maxAttempts) {
            problems.append(.init(
                location: location.of("max_attempts"), field: "delivery.max_attempts", value: String(delivery.maxAttempts),
                .between(lower: DeliverySettings.maxAttemptsRange.lowerBound, upper: DeliverySettings.maxAttemptsRange.upperBound, unit: .attempts)))
        }
        if let from = delivery.from, !MailAddress.isValid(from) {
            problems.append(.init(location: location.of("from"), field: "delivery.from", value: from, .mailAddress))
        }
        return problems
    }
}
