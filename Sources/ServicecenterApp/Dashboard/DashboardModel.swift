import Foundation
import ServicecenterCore
import TerminalUI

/// The supervisor's wallboard: the last figures read from the store and what the supervisor is
/// doing with the keyboard. A value, so tests drive it with messages and read the buffer.
public struct DashboardModel: Sendable {
    public enum Focus: Hashable, Sendable {
        case board
        case incidentTitle
        case incidentMessage
        /// Asking before ending the newest active incident.
        case confirmEnd
    }

    public let configuration: Configuration
    public let viewer: Operator
    public let text: any DashboardStrings
    public var now: Date
    public var size: Size
    /// The figures last read; nil until the first read.
    public var live: LiveDay? {
        didSet {
            oldestWaiting = Self.oldestWaiting(in: live)
            // One pass sorts the calls by channel, rather than one pass over all of them per channel.
            let byChannel = Dictionary(grouping: live?.calls ?? [], by: \.channel)
            hourLevels = Dictionary(uniqueKeysWithValues: Channel.allCases.map { channel in
                (channel, ServiceLevelEvenness(byChannel[channel] ?? [], target: configuration.targets.serviceLevel(for: channel),
                                               zone: configuration.timeZone))
            })
        }
    }
    /// Each channel's service level per hour today, worked out once per read, not per picture.
    public private(set) var hourLevels: [Channel: ServiceLevelEvenness] = [:]
    /// Per channel, when the citizen who has waited longest joined the queue, worked out once
    /// per read: the run loop asks twice a second (for the running waits and the wait alert),
    /// and a busy day has thousands of calls.
    public private(set) var oldestWaiting: [Channel: Date] = [:]
    /// Whether any citizen is still in a queue.
    public var someoneWaiting: Bool { !oldestWaiting.isEmpty }
    /// Today's staffing plan (staff needed per channel and interval); nil until read, or when
    /// there is none: the board then shows "–" for the staff needed.
    public var plan: StaffingPlan?
    /// The planning interval the plan was last asked for: a new one (or a new day) asks again.
    public var planInterval: PlanningInterval?
    /// The alerts on now, oldest first; each ends when its condition ends.
    public internal(set) var alerts: [DashboardAlert] = []
    /// The conditions of the current interval (service level below target, fewer staffed than
    /// needed), worked out when the figures, the plan or the interval change, not at every tick.
    var intervalConditions: Set<AlertCondition> = []
    /// Which page is shown: the board, or the supervisors' per-guide figures.
    public var page: DashboardPage = .board
    /// Why the last read failed (the database briefly locked, say); the old figures stay up.
    public var staleReason: String?
    public var focus: Focus = .board
    public var helpVisible = false
    /// The first help row shown, when the help is longer than the screen.
    public var helpScroll = 0
    /// The glyph set the board is drawn with, so scrolling measures text as it is drawn.
    public var glyphs: Glyphs = .unicode
    public var incidentTitle = TextInput(limit: Incident.titleLimit)
    public var incidentMessage = TextInput(limit: Incident.messageLimit)
    public var notice: DeskModel.Notice?
    /// An incident start is on its way to the store; a refusal brings the form back.
    public var startingIncident = false

    public init(configuration: Configuration, viewer: Operator, text: any DashboardStrings, now: Date, size: Size) {
        self.configuration = configuration
        self.viewer = viewer
        self.text = text
        self.now = now
        self.size = size
    }

    /// Per-person status is for supervisors and admins only.
    public var showsStaff: Bool { viewer.role != .guide }

    /// Whether something on screen counts seconds: a citizen's wait in a queue, or how long
    /// each person has been in their status. Without either, only the HH:MM clock moves.
    public var showsRunningTime: Bool {
        someoneWaiting || (showsStaff && live?.staff.isEmpty == false)
    }
}

/// What a key does on the wallboard; one list feeds the keys, the hint bar and the help.
public enum DashboardAction: CaseIterable, Sendable {
    case help, startIncident, endIncident, refresh, quit
    /// Between the board and the per-guide page.
    case switchPage

    public var keyName: String {
        switch self {
        case .switchPage: "Tab"
        case .help: "F1"
        case .startIncident: "I"
        case .endIncident: "E"
        case .refresh: "R"
        case .quit: "Q"
        }
    }

    public func matches(_ key: Key) -> Bool {
        switch self {
        case .help: key == .function(1) || key == .character("?")
        case .startIncident: key == .character("i") || key == .character("I")
        case .endIncident: key == .character("e") || key == .character("E")
        case .refresh: key == .character("r") || key == .character("R") || key == .control("l")
        case .quit: key == .character("q") || key == .character("Q") || key == .function(10)
        case .switchPage: key == .tab || key == .backTab || key == .character("2") || key == .character("1")
        }
    }
}

/// Everything that can happen to the wallboard.
public enum DashboardMessage: Sendable {
    case key(Key)
    case tick(Date)
    case resized(Size)
    /// Another process committed to the store: the day is read again.
    case storeChanged
    case loaded(LiveDay)
    case loadFailed(StoreError)
    case incidentStarted(Incident)
    case incidentEnded(Incident)
    case incidentRefused(QueueError)
    /// Today's staffing plan as read (nil: none to be had).
    case planLoaded(StaffingPlan?)
}

/// What the wallboard asks its effect handler to do.
public enum DashboardEffect: Equatable, Sendable {
    case reload
    case startIncident(title: String, message: String)
    case endIncident(id: Int64)
    case quit
    /// Read the staffing plan for the day.
    case loadPlan(LocalDay)
    /// Ring the terminal bell: an alert began.
    case ringBell
}

/// The wallboard's two pages.
public enum DashboardPage: Hashable, Sendable {
    case board
    /// Per guide: contacts, handling time, FCR and time in each status today (supervisors' page).
    case guides
}
