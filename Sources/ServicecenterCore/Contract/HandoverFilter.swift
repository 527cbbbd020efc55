/// What a list of hand-overs asks for.
public struct HandoverFilter: Sendable {
    public var sector: String?
    public var status: HandoverStatus?
    /// Only those past their due date on this day.
    public var overdueOn: LocalDay?
    public var includeClosed: Bool
    /// Only hand-overs of contacts whose external id starts with this, e.g. one import's or the demo's.
    public var externalIDPrefix: String?
    /// Only hand-overs of contacts this guide logged.
    public var madeBy: String?

    public init(
        sector: String? = nil, status: HandoverStatus? = nil, overdueOn: LocalDay? = nil, includeClosed: Bool = false,
        externalIDPrefix: String? = nil, madeBy: String? = nil
    ) {
        self.sector = sector
        self.status = status
        self.overdueOn = overdueOn
        self.includeClosed = includeClosed
        self.externalIDPrefix = externalIDPrefix
        self.madeBy = madeBy
    }
}
