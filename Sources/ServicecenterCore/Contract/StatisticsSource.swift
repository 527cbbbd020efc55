/// What the figures are made from: the statistics' input for a period, the live day on the
/// wallboard, the gaps in the catalogue and the hand-overs' figures.
public protocol StatisticsSource: Sendable {
    /// Everything the statistics of local days `first` through `last` need, in one consistent
    /// read; without the hand-overs (`handovers` empty) unless `includingHandovers`, for a part
    /// of a long period whose hand-overs were read once for the whole.
    func statisticsInput(from first: LocalDay, through last: LocalDay, includingOperators: Bool, includingHandovers: Bool) throws(StoreError) -> StatisticsInput
    /// The hand-overs the figures of local days `first` through `last` are told from, as
    /// `statisticsInput` reads them: the timelines handed to `body` one at a time, never held
    /// together (a period of years has a million), and the counts of those open throughout
    /// (`HandoverHistory.stillOpen`) returned.
    func forEachHandover(
        from first: LocalDay, through last: LocalDay, _ body: (HandoverTimeline) -> Void
    ) throws(StoreError) -> [HandoverHistory.StillOpen]
    /// The contacts of local days `first` through `last` as `statisticsInput` reads them, less
    /// the articles opened, handed to `body` one at a time in no set order and never held
    /// together: what `stats` over years of contacts is counted from.
    func forEachContact(from first: LocalDay, through last: LocalDay, includingOperators: Bool, _ body: (Contact) -> Void) throws(StoreError)
    /// What the quality report compares with for local days `first` through `last`, counted
    /// by the store as `ReportCounts(_:configuration:)` counts the same records read in full,
    /// against `basis`. Calls are counted by UTC hour: only for a zone whose clock hours begin
    /// on UTC hours (`ReportCounts.hoursAreExact`). A store may keep days it has counted, as
    /// long as any change to a day's records makes it count that day again.
    func reportCounts(from first: LocalDay, through last: LocalDay, basis: CountingBasis) throws(StoreError) -> ReportCounts
    /// The wallboard's figures for `day`, from the counts kept as contacts are saved.
    func liveDay(_ day: LocalDay) throws(StoreError) -> LiveDay
    /// The categories the desk's searches and notes show missing, per day.
    func catalogueGaps(from: LocalDay, through to: LocalDay) throws(StoreError) -> [CatalogueGap]
    /// Per sector: hand-overs made, closed in time, late and still open, as of `asOf`.
    func handoverFigures(from: LocalDay, through to: LocalDay, asOf: LocalDay) throws(StoreError) -> [HandoverFigures]
}

extension StatisticsSource {
    /// Everything the statistics of local days `first` through `last` need, hand-overs included.
    public func statisticsInput(from first: LocalDay, through last: LocalDay, includingOperators: Bool) throws(StoreError) -> StatisticsInput {
        try statisticsInput(from: first, through: last, includingOperators: includingOperators, includingHandovers: true)
    }
}
