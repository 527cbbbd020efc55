import Foundation

/// `[staffing]`: how the forecast and the staff needed are reckoned (bemanningsbehov).
public struct StaffingSettings: Hashable, Sendable {
    /// The planning interval in minutes (15, 30 or 60).
    public var intervalMinutes = 30
    /// How many earlier same weekdays the forecast is taken from.
    public var historyWeeks = 8
    /// The highest share of logged-in time a guide should spend in contacts (0–1).
    public var occupancyCap = 0.85
    /// The share of paid time lost to breaks, meetings and training (0–1): staff to schedule =
    /// staff needed ÷ (1 − shrinkage).
    public var shrinkage = 0.30
    /// Whether the wallboard rings the terminal bell when an alert begins.
    public var alertBell = true

    public init() {}
}
