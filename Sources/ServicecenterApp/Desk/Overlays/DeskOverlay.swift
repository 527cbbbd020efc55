import ServicecenterCore

/// What covers the form and takes the keys before it: each case carries its own state, and each
/// state its own `update(key)` (returning what the desk must do) and its own view. The form's
/// step stays underneath, so closing an overlay leaves the guide where they were.
public indirect enum DeskOverlay: Sendable {
    /// Every key of the screen (F1); it may cover another overlay, which has the keys again after.
    case help(HelpOverlay)
    /// Choosing a station at the start of a shift (or after F3).
    case station(StationPicker)
    /// A draft from an interrupted session, or one set aside, is offered.
    case draftOffer(DraftOffer)
    /// The hand-over list (F7). Its filters and rows live in `DeskModel.board`, kept while
    /// hidden; the overlay holds what it covers.
    case handovers(HandoverBoardOverlay)
    /// Choosing another sector than the category's for the hand-over (^G), by search.
    case sectorChoice(SectorChoice)
    /// Choosing the earlier contact this one repeats (^R).
    case repeatLink(RepeatPicker)
    /// The hall queue's waiting tickets, to call one out of order (^K).
    case queueList(TicketList)
    /// The knowledge articles: the search over them and the one being read (^L).
    case knowledge(KnowledgePanel)

    /// The focus hints and the help name while this overlay has the keys.
    var focus: DeskModel.Focus {
        switch self {
        case .help(let help): help.covering?.focus ?? .idle
        case .station: .station
        case .draftOffer: .resumeOffer
        case .handovers: .handovers
        case .sectorChoice: .sectorChoice
        case .repeatLink: .repeatLink
        case .queueList: .queueList
        case .knowledge: .knowledge
        }
    }
}

extension DeskModel {
    /// The overlay that has the keys once the help is closed: the open one, or the one the help
    /// covers. Setting it keeps the help open over the new one (a store's answer may arrive
    /// while the guide reads the help).
    var working: DeskOverlay? {
        get {
            if case .help(let help)? = overlay { return help.covering }
            return overlay
        }
        set {
            if case .help(var help)? = overlay {
                help.covering = newValue
                overlay = .help(help)
            } else {
                overlay = newValue
            }
        }
    }

    /// Closes any overlay but the help and puts the keys in a step of the form.
    mutating func go(to step: FormStep) {
        working = nil
        self.step = step
    }

    /// The station picker's state while it is open.
    public var stationPicker: StationPicker? {
        if case .station(let picker)? = working { picker } else { nil }
    }

    /// The sector search's state while it is open.
    public var sectorChoice: SectorChoice? {
        if case .sectorChoice(let choice)? = working { choice } else { nil }
    }

    /// The repeat picker's state while it is open.
    public var repeatPicker: RepeatPicker? {
        if case .repeatLink(let picker)? = working { picker } else { nil }
    }

    /// The queue list's state while it is open.
    public var ticketList: TicketList? {
        if case .queueList(let list)? = working { list } else { nil }
    }

    /// The draft offered to resume, if the offer is on screen.
    public var offeredDraft: ContactForm? {
        if case .draftOffer(let offer)? = working { offer.draft } else { nil }
    }

    /// The help's state while it is shown.
    public var help: HelpOverlay? {
        if case .help(let help)? = overlay { help } else { nil }
    }
}
