extension StatisticsReport {
    /// Referred contacts per destination, most first, by the destination's name; referrals
    /// without one (recorded before destinations existed) on a row of their own. Never the
    /// "annan" text: `stats` may be pasted anywhere, and the text is personal data.
    func referralLines(_ text: any StringTable) -> [String] {
        let counts = tally.referrals
        guard !counts.isEmpty else { return [] }
        var lines = [text.referredByDestinationTitle]
        for (destination, count) in counts.sorted {
            let name = destination.map { configuration.referral($0)?.name ?? $0 } ?? text.referralNotRecorded
            lines.append("  \(Self.clip(name)): \(count)")
        }
        return lines
    }
}
