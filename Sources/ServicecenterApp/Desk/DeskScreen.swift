import Foundation
import ServicecenterCore
import TerminalUI

/// The desk as the program loop runs it: the desk's model, plus what the desk does as a whole
/// session around it: it reads the guide's station and draft before its first picture,
/// reports the guide's status to the supervisor's list whenever it moves, and keeps the draft
/// and signs the guide out as it ends.
public struct DeskScreen: ProgramScreen {
    public var model: DeskModel
    /// The status last reported for the supervisor's staff list; nil until the session is read.
    var reported: StatusReport?
    /// What the terminal should say once the screen is closed: the draft kept, or why not.
    public private(set) var exitNotice: String?
    /// Why the guide's session could not be read at the start (the desk then ends at once:
    /// a draft it cannot see would be overwritten by the first key).
    public private(set) var startFailure: StoreError?

    public init(model: DeskModel) {
        self.model = model
    }

    /// What the desk asks the store for as a session, beside the model's own effects.
    public enum Effect: Equatable, Sendable {
        case desk(DeskEffect)
        /// Read the guide's station and the draft an earlier desk left.
        case loadSession
        /// Write the guide's status and place for the supervisor's list.
        case reportStatus(StatusReport)
        /// Write the open form once more as the desk ends (a draft write that failed earlier
        /// gets a last try).
        case keepDraftOnExit(ContactForm)
    }

    /// What the desk learns as a session, beside the model's own messages.
    public enum Message: Sendable {
        case desk(DeskMessage)
        case sessionLoaded(station: Station?, draft: ContactForm?)
        case sessionFailed(StoreError)
        /// Another process committed to the store.
        case storeChanged
        case ending(ProgramEnd)
        /// The last draft write as the desk ends: nil when kept, else why not.
        case draftKeptOnExit(StoreError?)
    }

    /// A guide's status and place as the staff list shows it: written whenever it moves.
    public struct StatusReport: Hashable, Sendable {
        public var status: OperatorStatus
        public var channel: Channel?
        public var station: String?
    }

    public var size: Size { model.size }
    public var showsRunningTime: Bool { model.showsRunningTime }
    public var glyphs: Glyphs {
        get { model.glyphs }
        set { model.glyphs = newValue }
    }

    public func start() -> [Effect] { [.loadSession] }

    public mutating func update(_ message: Message) -> [Effect] {
        var effects: [Effect]
        switch message {
        case .desk(let message):
            effects = model.update(message).map(Effect.desk)
        case .sessionLoaded(let station, let draft):
            model.resume(station: station, draft: draft)
            reported = current
            return [.desk(.loadRecent), .desk(.loadLive), .reportStatus(current)]
        case .storeChanged:
            // An incident started, a queue moved, or a contact logged by this guide elsewhere
            // (`log`, an import): shown here within a second.
            effects = [.desk(.loadLive), .desk(.loadRecent)]
        case .sessionFailed(let error):
            startFailure = error
            return [.desk(.quit)]
        case .ending:
            return closing()
        case .draftKeptOnExit(let failure):
            exitNotice = failure.map { model.text.safety.draftNotKeptOnExit(model.text.core.storeError($0)) } ?? model.exitNotice
            return []
        }
        return effects + statusReport(current)
    }

    /// The status as the model now derives it (a contact open means in contact).
    var current: StatusReport {
        StatusReport(status: model.status, channel: model.station?.channel, station: model.station.map(model.text.station))
    }

    /// A report when `status` differs from the last one, once the session has started. Tried
    /// once per change: a failure leaves the board a step behind rather than retrying (and
    /// waiting out the busy timeout) on every key.
    mutating func statusReport(_ status: StatusReport) -> [Effect] {
        guard let reported, status != reported else { return [] }
        self.reported = status
        return [.reportStatus(status)]
    }

    /// The desk's last word: the draft kept (and said so), the guide signed out.
    mutating func closing() -> [Effect] {
        guard reported != nil else { return [] }
        var effects: [Effect] = []
        if let form = model.form {
            effects.append(.keepDraftOnExit(model.persisted(form)))
        } else {
            exitNotice = model.exitNotice
        }
        var signedOut = current
        signedOut.status = .loggedOut
        reported = signedOut
        return effects + [.reportStatus(signedOut)]
    }

    public func view(theme: Theme, glyphs: Glyphs?) -> Buffer {
        model.view(theme: theme, glyphs: glyphs)
    }

    public static func message(for event: ProgramEvent) -> Message? {
        switch event {
        case .key(let key): .desk(.key(key))
        case .tick(let time): .desk(.tick(time))
        case .resized(let size): .desk(.resized(size))
        case .interrupted: .desk(.interrupted)
        case .storeChanged: .storeChanged
        case .ending(let end): .ending(end)
        }
    }
}
