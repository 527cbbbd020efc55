import Foundation
import ServicecenterCore

/// Runs the wallboard's effects against the store: reads of the day and of its staffing plan,
/// incidents started and ended, and the terminal bell when an alert begins.
public final class DashboardEffects: EffectHandler {
    let store: any Store
    let clock: () -> Date
    /// Rings the terminal's bell (the backend's); nothing where there is no terminal.
    let bell: () -> Void
    /// Reads a day's staffing plan; `staffingPlan(for:store:configuration:)` unless a test plays one.
    let planner: (LocalDay, Configuration) throws -> StaffingPlan?

    public init(
        store: any Store, clock: @escaping () -> Date = Date.init, bell: @escaping () -> Void = {},
        planner: ((LocalDay, Configuration) throws -> StaffingPlan?)? = nil
    ) {
        self.store = store
        self.clock = clock
        self.bell = bell
        self.planner = planner ?? { day, configuration in try Self.staffingPlan(for: day, store: store, configuration: configuration) }
    }

    /// The one place the wallboard gets its staffing plan (staff needed per channel and
    /// interval) for `day`: the same planner and history as `servicecenter staffing`.
    public static func staffingPlan(for day: LocalDay, store: any Store, configuration: Configuration) throws -> StaffingPlan? {
        try StaffingPlanner(configuration: configuration).plan(for: day, from: store)
    }

    public func perform(_ effect: DashboardEffect, for model: DashboardModel) -> EffectResult<DashboardMessage> {
        let user = model.viewer.user
        switch effect {
        case .reload:
            do {
                return .message(.loaded(try store.liveDay(LocalDay(clock(), in: model.configuration.timeZone))))
            } catch {
                // Briefly locked, say: ask again at the next look rather than at the next change.
                return .readFailed(.loadFailed(error))
            }
        case .startIncident(let title, let message):
            do { return .message(.incidentStarted(try store.startIncident(title: title, message: message, by: user, now: clock()))) } catch {
                return .message(.incidentRefused(error))
            }
        case .endIncident(let id):
            do { return .message(.incidentEnded(try store.endIncident(id, by: user, now: clock()))) } catch {
                return .message(.incidentRefused(error))
            }
        case .loadPlan(let day):
            // No plan is better than a stale or broken one: the board says "–" and goes on.
            return .message(.planLoaded((try? planner(day, model.configuration)) ?? nil))
        case .ringBell:
            bell()
            return .done
        case .quit:
            return .quit
        }
    }
}
