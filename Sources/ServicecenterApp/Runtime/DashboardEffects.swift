import Foundation
import ServicecenterCore

/// Runs the wallboard's effects against the store: reads of the day, incidents started and ended.
public final class DashboardEffects: EffectHandler {
    let store: any Store
    let clock: () -> Date

    public init(store: any Store, clock: @escaping () -> Date = Date.init) {
        self.store = store
        self.clock = clock
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
        case .quit:
            return .quit
        }
    }
}
