import Foundation
import ServicecenterCore
import TerminalUI

/// The desk screen's whole state: a value, so tests drive it with messages and read it back.
public struct DeskModel: Sendable {
    /// Which part of the screen has the keyboard, as hints and help name it: the open overlay's,
    /// else the form's step (`step`, `overlay`).
    public enum Focus: Hashable, Sendable {
        /// Choosing a station at the start of a shift (or after F3).
        case station
        /// A draft from an interrupted session is offered.
        case resumeOffer
        /// No contact open: typing starts one.
        case idle
        case search
        case outcome
        case reason
        /// Where a referred contact was sent (after `3`): a search over referrals.toml.
        case referral
        case note
        /// One of a forwarded contact's own fields (which one: `handover.field`).
        case forwarding
        /// Choosing another sector than the category's for the hand-over (^G), by search.
        case sectorChoice
        /// Choosing the earlier contact this one repeats.
        case repeatLink
        /// The hand-over list (F7).
        case handovers
        /// The hall queue's waiting tickets, to call one out of order (Ctrl-K).
        case queueList
        /// The knowledge articles: searching them, or reading one (Ctrl-L).
        case knowledge
    }

    /// A line under the form telling the guide what just happened.
    public struct Notice: Hashable, Sendable {
        public enum Kind: Sendable { case info, success, warning, error }
        public var kind: Kind
        public var text: String

        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }

        /// How the notice line looks, on the desk and the dashboard alike.
        public var role: Role {
            switch kind {
            case .info: .normal
            case .success: .success
            case .warning: .warning
            case .error: .error
            }
        }
    }

    public let configuration: Configuration
    public let router: Router
    /// The knowledge articles' search, built once for the configuration's articles.
    public let knowledgeSearch: KnowledgeSearch
    public let guide: Operator
    public let text: any DeskStrings
    public var now: Date
    public var size: Size

    public var station: Station?
    public var stations: [Station]
    /// The glyph set the screen is drawn with (ASCII on a non-UTF-8 terminal): wrapping, and so
    /// scrolling, measures text as it will be drawn.
    public var glyphs: Glyphs = .unicode

    /// The form's step that has the keys when no overlay is open.
    public var step: FormStep
    /// What covers the form and takes the keys first; nil: the form has them.
    public var overlay: DeskOverlay?
    /// How far the highlighted category's guidance is scrolled (PgDn).
    public var guidanceScroll = GuidanceScroll()
    public var form: ContactForm?
    public var search = TextInput(limit: 80)
    public var note = TextInput(limit: ContactValidator.noteLimit)
    /// The categories the search finds for what is typed, and the one highlighted.
    public var categoryList = CategoryList()
    public var recent: [Contact] = []
    public var notice: Notice?
    /// The warning a failed read of the day's list put up, so a later read that succeeds (the
    /// server is back) takes it down again, and only it.
    var readFailureNotice: Notice?
    public var saving = false
    /// Minutes the contact being saved was open, when that exceeded `[site] max_contact_minutes`
    /// and its end was recorded at the limit instead: told to the guide once it is stored.
    public var cappedOnSave: Int?

    /// The hand-over's own fields being typed, the sector search, and the sentence to read aloud.
    public var handover = HandoverEntry()

    /// The hand-over list; kept while hidden so filters survive a contact.
    public var board: HandoverBoard

    /// Citizens waiting in the station's channel; nil until read, or for a channel without a queue.
    public var waiting: Int?
    /// Incidents in progress, newest first: the banner shows the first, Ctrl-T tags to it.
    public var incidents: [Incident] = []
    /// The status the guide chose with Ctrl-P; while a contact is open they are in contact.
    public var chosenStatus: OperatorStatus = .available

    /// What the last keys left pending that decides what the next key does: a question, a
    /// refused word, an outcome digit that may have been text.
    public var guards = KeyGuards()
    /// Drafts the guide put aside at the offer (Esc) to take a new contact first, oldest first;
    /// kept inside every save of the open form, offered again with Ctrl-O or at the next start.
    public var laterDrafts: [ContactForm] = []
    /// The destination search while the focus is `.referral`.
    public var referralPicker = ReferralPicker()

    /// Whether something on screen counts seconds: the open contact's talk time, or the
    /// waits in the queue list. Otherwise only the HH:MM clock in the title moves.
    public var showsRunningTime: Bool { form != nil || ticketList?.tickets.isEmpty == false }

    /// How long after starting a contact the guide may still correct it.
    public static let editWindow: TimeInterval = 10 * 60

    public init(
        configuration: Configuration, guide: Operator, text: any DeskStrings, now: Date, size: Size,
        station: Station?, draft: ContactForm?, visitDesks: Int = 4
    ) {
        self.configuration = configuration
        self.router = Router(configuration: configuration)
        self.knowledgeSearch = KnowledgeSearch(articles: configuration.knowledge)
        self.guide = guide
        self.text = text
        self.now = now
        self.size = size
        self.stations = Station.all(visitDesks: visitDesks)
        self.board = HandoverBoard(mineOnly: guide.role == .guide)
        step = .idle
        resume(station: station, draft: draft)
    }

    /// Which part of the screen has the keyboard: the overlay's (under the help, which keeps
    /// it), else the form's step.
    public var focus: Focus { working?.focus ?? Focus(step) }

    public var helpVisible: Bool { help != nil }

    /// What the supervisor's staff list shows for this guide.
    public var status: OperatorStatus { form != nil ? .inContact : chosenStatus }

    /// Supervisors and admins may list every sector's hand-overs; guides list their own.
    public var seesAllSectors: Bool { guide.role != .guide }

    /// The category chosen in the form, or the one highlighted in the list.
    public var highlightedCategory: Category? {
        if focus == .search, let match = categoryList.highlighted { return match.category }
        return form?.categoryID.flatMap(configuration.category)
    }

    /// The last contact, if it may still be corrected.
    public var editableContact: Contact? {
        guard let last = recent.first, now.timeIntervalSince(last.startedAt) <= Self.editWindow else { return nil }
        return last
    }
}
