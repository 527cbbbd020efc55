import Foundation

extension StaffingPlanner {
    /// The plan for `day` read from `source`: the earlier days it rests on, aggregated by the
    /// store, turned into the plan. What the wallboard asks for (the `staffing` command reads the history
    /// itself, because it also reports the weeks and waits behind the plan).
    public func plan(for day: LocalDay, from source: some StaffingHistorySource) throws(StoreError) -> StaffingPlan {
        plan(for: day, history: try source.staffingHistory(on: historyDays(for: day), intervalMinutes: intervalMinutes))
    }
}
