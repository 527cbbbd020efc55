import Foundation

/// Direktsvar på telefon: the share of callers who got through and got an answer to a simple
/// question at once, as in KKiK (Kommunens Kvalitet i Korthet) "får ett direkt svar på en
/// enkel fråga".
///
/// A simple question is a contact in a category marked resolvable at the desk. It counts as
/// answered directly when it was resolved at first contact after a wait within the phone
/// target (a contact whose wait is unknown counts by its resolution alone). Callers who hung
/// up after the target got no answer and count against it; short abandons do not, as in the
/// service level.
public struct PhoneDirectAnswer: Hashable, Sendable {
    public var answeredDirectly = 0
    public var simpleQuestions = 0
    public var abandonedAfterTarget = 0

    public init(contacts: some Sequence<Contact>, calls: some Sequence<QueueCall>, target: ServiceLevelTarget) {
        var phoneContacts = ContactCounts(), phoneCalls = CallCounts()
        for contact in contacts where contact.channel == .phone { phoneContacts.add(contact, limitSeconds: target.seconds) }
        for call in calls where call.channel == .phone { phoneCalls.add(call, limitSeconds: target.seconds) }
        self.init(phoneContacts: phoneContacts, phoneCalls: phoneCalls)
    }

    /// The same, from the phone's counts against its target (`ReportCounts`).
    public init(phoneContacts: ContactCounts, phoneCalls: CallCounts) {
        simpleQuestions = phoneContacts.resolvableContacts
        answeredDirectly = phoneContacts.resolvableResolvedWithinTarget
        abandonedAfterTarget = phoneCalls.abandonedAfterTarget
    }

    /// Answered directly ÷ (simple questions + abandons after the target); nil with no calls.
    public var rate: Double? { ContactSummary.share(answeredDirectly, of: simpleQuestions + abandonedAfterTarget) }
}

/// E-postsvar inom en och två arbetsdagar (KKiK): of the e-mails answered, how many were
/// answered within one and within two working days of arriving.
///
/// An e-mail is a digital contact by e-mail whose wait is known (the e-mail queue fed its
/// arrival). It arrived its wait before the contact started; it counts from that day when it
/// came on a working day before closing time, else from the next working day, as hand-overs
/// do, and is on time when answered by the end of the Nth working day after.
public struct EmailReplyTimes: Hashable, Sendable {
    public var measured = 0
    public var withinOneWorkingDay = 0
    public var withinTwoWorkingDays = 0

    public init() {}

    public init(contacts: some Sequence<Contact>, calendar: WorkingDayCalendar) {
        self.init(replies: contacts.lazy.filter { $0.channel == .digital && $0.medium == .email }.compactMap { contact in
            contact.queueWaitSeconds.map { EmailReply(startedAt: contact.startedAt, waitSeconds: $0) }
        }, calendar: calendar)
    }

    /// The same, from the e-mail answers alone (a comparison period's `ReportCounts`).
    public init(replies: some Sequence<EmailReply>, calendar: WorkingDayCalendar) {
        for reply in replies {
            measured += 1
            let arrived = reply.startedAt.addingTimeInterval(-TimeInterval(reply.waitSeconds))
            let answered = LocalDay(reply.startedAt, in: calendar.zone)
            if answered <= calendar.dueDate(from: arrived, workingDays: 1) { withinOneWorkingDay += 1 }
            if answered <= calendar.dueDate(from: arrived, workingDays: 2) { withinTwoWorkingDays += 1 }
        }
    }

    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.measured += rhs.measured
        sum.withinOneWorkingDay += rhs.withinOneWorkingDay
        sum.withinTwoWorkingDays += rhs.withinTwoWorkingDays
        return sum
    }

    public var shareWithinOne: Double? { ContactSummary.share(withinOneWorkingDay, of: measured) }
    public var shareWithinTwo: Double? { ContactSummary.share(withinTwoWorkingDays, of: measured) }
}
