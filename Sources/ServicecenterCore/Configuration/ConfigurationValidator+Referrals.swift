/// The rules for `Config/referrals.toml`: ids a command line and the statistics can carry,
/// names people tell apart, and one "annan" at most.
extension ConfigurationValidator {
    static func validateReferrals(_ destinations: [ReferralDestination]) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        var seen: [String: SourceLocation] = [:]
        // By folded name: `log --referred-to` takes a name regardless of case and diacritics.
        var names: [String: ReferralDestination] = [:]
        var firstOther: ReferralDestination?
        for destination in destinations {
            let location = destination.location ?? SourceLocation(file: "referrals.toml")
            problems += validateIdentifier(destination.id, field: "destination.id", location: location.of("id"))
            problems += duplicate(destination.id, field: "destination.id", key: "id", at: location, seen: &seen)
            if destination.name.allSatisfy(\.isWhitespace) {
                problems.append(.init(location: location.of("name"), field: "destination.name", value: destination.name, .empty))
            } else {
                let folded = TextFolding.fold(destination.name)
                if let first = names[folded] {
                    problems.append(.init(
                        location: location.of("name"), field: "destination.name", value: destination.name,
                        .referralNameTaken(first: first.id)))
                } else {
                    names[folded] = destination
                }
            }
            for keyword in destination.keywords where keyword.allSatisfy(\.isWhitespace) {
                problems.append(.init(location: location.of("keywords"), field: "destination.keywords", value: keyword, .emptyKeyword))
            }
            // With two, which one `--referred-other` alone meant would depend on the file's order.
            if destination.other {
                if let first = firstOther {
                    problems.append(.init(
                        location: location.of("other"), field: "destination.other", value: "true",
                        .secondOtherDestination(first: first.id, at: (first.location ?? location).of("other").relative(to: location))))
                } else {
                    firstOther = destination
                }
            }
        }
        return problems
    }
}
