import Foundation

/// The administrator's work on a whole site: purging personal data past its retention, and
/// adding or removing the demo's made-up history.
public protocol SiteMaintenance: Sendable {
    /// Erases free text older than `before` (and call-back details of hand-overs closed on or
    /// before `callbacksClosedOnOrBefore`), in short batches; with `dryRun` only counts.
    func purgeFreeText(before: LocalDay, callbacksClosedOnOrBefore: LocalDay?, dryRun: Bool, by actor: String, now: Date) throws(StoreError) -> PurgeOutcome
    /// Adds `perDay` made-up contacts on each of `days`; returns how many were added.
    func addDemo(_ generator: DemoGenerator, days: [LocalDay], perDay: Int, now: Date) throws(StoreError) -> Int
    /// Removes everything the demo added, and only that.
    func removeDemo() throws(StoreError) -> DemoRemoval
    /// How many contacts are not the demo's.
    func realContactCount() throws(StoreError) -> Int
}

extension SiteMaintenance {
    public func purgeFreeText(before: LocalDay, callbacksClosedOnOrBefore: LocalDay? = nil, dryRun: Bool, by actor: String) throws(StoreError) -> PurgeOutcome {
        try purgeFreeText(before: before, callbacksClosedOnOrBefore: callbacksClosedOnOrBefore, dryRun: dryRun, by: actor, now: Date())
    }
}
