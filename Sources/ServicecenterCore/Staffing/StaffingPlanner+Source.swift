import Foundation

extension StaffingPlanner {
    /// The plan for `day` read from `source`: the earlier days it rests on, aggregated by the
    /// store, turned into the plan. What the `staffing` command and the wallboard both ask for.
    public func plan(for day: LocalDay, from source: some StaffingHistorySource) throws(StoreError) -> StaffingPlan {
        plan(for: day, history: try source.staffingHistory(on: historyDays(for: day), intervalMinutes: intervalMinutes))
    }
}
