/// The quality report's words (report.html's sections beyond the charts `ReportStrings` names):
/// the measures with a definition a board member understands, the comparisons, evenness,
/// hand-overs, sign language and digital help, referrals and trends.
public protocol QualityReportStrings: ReportStrings {
    func periodLine(_ period: String) -> String
    func comparedWith(previous: String, yearEarlier: String) -> String
    func referenceLine(_ label: String) -> String
    var headlineTitle: String { get }
    var headlineIntro: String { get }
    var columnMeasure: String { get }
    var columnPeriod: String { get }
    var columnTarget: String { get }
    var columnPrevious: String { get }
    var columnYearEarlier: String { get }
    var columnReference: String { get }
    func measureName(_ measure: HeadlineMeasure, channel: String) -> String
    func measureDefinition(_ measure: HeadlineMeasure, configuration: Configuration, channel: String) -> String
    /// The target column's words for a measure without a share to meet, or nil for none.
    func targetWords(_ measure: HeadlineMeasure, configuration: Configuration) -> String?
    var noData: String { get }
    var better: String { get }
    var worse: String { get }
    var unchanged: String { get }
    /// The unit of a change in a share: percentage points.
    var points: String { get }
    var atRisk: String { get }
    var evennessTitle: String { get }
    func evennessIntro(marginPoints: Int) -> String
    func hoursOnTarget(_ share: String, met: Int, of measured: Int) -> String
    func heatMapCaption(channel: String, target: String) -> String
    var hourColumn: String { get }
    /// ISO weekday 1 (Monday) … 7.
    func weekdayShort(_ weekday: Int) -> String
    var legendTitle: String { get }
    var chartNumbers: String { get }
    var channelColumn: String { get }
    var totalRow: String { get }
    var offered: String { get }
    var answered: String { get }
    var abandoned: String { get }
    var serviceLevelColumn: String { get }
    var asaColumn: String { get }
    var abandonmentColumn: String { get }
    var contactsColumn: String { get }
    var resolvedColumn: String { get }
    var dayColumn: String { get }
    var handoversTitle: String { get }
    var handoversIntro: String { get }
    var sectorColumn: String { get }
    var guaranteeColumn: String { get }
    func workingDays(_ count: Int) -> String
    var madeColumn: String { get }
    var onTimeColumn: String { get }
    var lateColumn: String { get }
    var onTimeShareColumn: String { get }
    var openColumn: String { get }
    var overdueColumn: String { get }
    var withheld: String { get }
    var withheldNote: String { get }
    var noHandovers: String { get }
    var accessTitle: String { get }
    var accessIntro: String { get }
    var signLanguageShare: String { get }
    var digitalHelpCount: String { get }
    var referralsTitle: String { get }
    var referralsIntro: String { get }
    var destinationColumn: String { get }
    var referredColumn: String { get }
    func withheldDays(_ count: Int) -> String
    var noReferrals: String { get }
    var trendsTitle: String { get }
    func trendsIntro(monthly: Bool) -> String
    var periodColumn: String { get }
    func week(_ number: Int, year: Int) -> String
    func month(_ month: Int, year: Int) -> String
    var noReference: String { get }
    var contactsTitle: String { get }
}

public func qualityReportStrings(for language: Language) -> any QualityReportStrings {
    language == .swedish ? SwedishReportStrings() : EnglishReportStrings()
}

extension SwedishReportStrings: QualityReportStrings {
    public func periodLine(_ period: String) -> String { "Period: \(period)" }
    public func comparedWith(previous: String, yearEarlier: String) -> String {
        "Jämförs med föregående period (\(previous)) och samma period ett år tidigare (\(yearEarlier))."
    }
    public func referenceLine(_ label: String) -> String { "Referensvärden: \(label)." }
    public var headlineTitle: String { "Nyckeltal" }
    public var headlineIntro: String {
        "Varje mått med en kort förklaring, målet i konfigurationen, och förändringen mot föregående period och samma period året innan (▲ ökning, ▼ minskning, med bättre eller sämre i ord)."
    }
    public var columnMeasure: String { "Mått" }
    public var columnPeriod: String { "Perioden" }
    public var columnTarget: String { "Mål" }
    public var columnPrevious: String { "Föregående period" }
    public var columnYearEarlier: String { "Ett år tidigare" }
    public var columnReference: String { "Referens" }
    public func measureName(_ measure: HeadlineMeasure, channel: String) -> String {
        switch measure {
        case .contacts: "Kontakter"
        case .phoneDirectAnswer: "Direktsvar på telefon (KKiK)"
        case .emailWithinOneWorkingDay: "E-post besvarad inom 1 arbetsdag (KKiK)"
        case .emailWithinTwoWorkingDays: "E-post besvarad inom 2 arbetsdagar (KKiK)"
        case .firstContactResolution: "Lösningsgrad, alla kontakter"
        case .resolvableFirstContactResolution: "Lösningsgrad, lösbara ärenden"
        case .serviceLevel: "Servicenivå: \(channel)"
        case .evenness: "Jämnhet: \(channel)"
        case .averageSpeedOfAnswer: "Genomsnittlig väntetid till svar: \(channel)"
        case .abandonment: "Avbrutna samtal: \(channel)"
        case .repeatRate: "Återkontakter"
        case .handoversOnTime: "Överlämningar avslutade i tid"
        case .handoversOverdue: "Försenade överlämningar vid periodens slut"
        case .signLanguageContacts: "Kontakter på teckenspråk"
        case .digitalHelpShare: "Hjälp med e-tjänst"
        }
    }
    public func measureDefinition(_ measure: HeadlineMeasure, configuration: Configuration, channel: String) -> String {
        let phone = configuration.targets.serviceLevel(for: .phone)
        switch measure {
        case .contacts: return "Alla kontakter som loggats: besök, telefon, teckenspråk och digitala."
        case .phoneDirectAnswer:
            return "Av dem som ringde med en enkel fråga: andelen som fick svar direkt, efter högst \(phone.seconds) s kö. Samtal som lades på efter \(phone.seconds) s räknas som utan svar."
        case .emailWithinOneWorkingDay: return "Andelen e-post som besvarades senast arbetsdagen efter att den kom in."
        case .emailWithinTwoWorkingDays: return "Andelen e-post som besvarades inom två arbetsdagar från att den kom in."
        case .firstContactResolution: return "Andelen kontakter som löstes direkt, utan att lämnas över eller hänvisas."
        case .resolvableFirstContactResolution: return "Samma andel, räknad bara på ärendetyper som servicecentret normalt kan lösa själv."
        case .serviceLevel(let channel):
            let target = configuration.targets.serviceLevel(for: channel)
            return "Andelen som fick svar inom \(target.seconds) s (\(channel == .digital || channel == .visit ? "från kö till svar" : "i kön")); de som gav upp inom den tiden räknas inte."
        case .evenness: return "Andelen av periodens timmar med kö där servicenivån nådde målet: ett högt värde betyder jämn service hela dagen."
        case .averageSpeedOfAnswer: return "Hur länge den som fick svar i genomsnitt väntade i kön (minuter:sekunder)."
        case .abandonment: return "Andelen av samtalen i kön som lades på innan de besvarades."
        case .repeatRate: return "Andelen kontakter som gällde en fråga som redan hade lösts, inom \(configuration.targets.repeatWindowDays) dagar."
        case .handoversOnTime: return "Av överlämningarna som avslutades under perioden: andelen som avslutades senast på förfallodagen (servicegarantin)."
        case .handoversOverdue: return "Överlämningar som fortfarande var öppna efter förfallodagen när periodens sista dag slutade."
        case .signLanguageContacts: return "Kontakter på teckenspråk, på plats eller via video."
        case .digitalHelpShare: return "Andelen kontakter där kommunvägledaren hjälpte medborgaren att använda en e-tjänst."
        }
    }
    public func targetWords(_ measure: HeadlineMeasure, configuration: Configuration) -> String? {
        switch measure {
        case .emailWithinOneWorkingDay, .emailWithinTwoWorkingDays:
            "svar inom \(workingDays(configuration.targets.digitalReplyWorkingDays))"
        case .handoversOnTime: "garanti \(workingDays(configuration.targets.handoverWorkingDays)) (standard)"
        case .averageSpeedOfAnswer(let channel): "svar inom \(configuration.targets.serviceLevel(for: channel).seconds) s"
        default: nil
        }
    }
    public var noData: String { "inga data" }
    public var better: String { "bättre" }
    public var worse: String { "sämre" }
    public var unchanged: String { "oförändrat" }
    public var points: String { "procentenheter" }
    public var atRisk: String { "i riskzonen (under \(Int((TargetState.margin * 100).rounded())) enheter över)" }
    public var evennessTitle: String { "Jämn servicenivå per timme och veckodag" }
    public func evennessIntro(marginPoints: Int) -> String {
        "Servicenivån per timme och veckodag under perioden, med samma tecken som tavlan. ✓ når målet. ! når målet men med mindre än \(marginPoints) procentenheter över, i riskzonen. ✗ under målet. Tom ruta: ingen kö den timmen. Andelen timmar på mål räknar både ✓ och !."
    }
    public func hoursOnTarget(_ share: String, met: Int, of measured: Int) -> String {
        "Andel timmar som nådde målet: \(share) (\(met) av \(measured) timmar med kö)."
    }
    public func heatMapCaption(channel: String, target: String) -> String { "\(channel): servicenivå per timme och veckodag (mål \(target))" }
    public var hourColumn: String { "Timme" }
    public func weekdayShort(_ weekday: Int) -> String { ["mån", "tis", "ons", "tors", "fre", "lör", "sön"][(weekday - 1) % 7] }
    public var legendTitle: String { "Teckenförklaring" }
    public var chartNumbers: String { "Siffrorna i diagrammet" }
    public var channelColumn: String { "Kanal" }
    public var totalRow: String { "Totalt" }
    public var offered: String { "Inkomna" }
    public var answered: String { "Besvarade" }
    public var abandoned: String { "Avbrutna" }
    public var serviceLevelColumn: String { "Servicenivå" }
    public var asaColumn: String { "Väntetid till svar, medel" }
    public var abandonmentColumn: String { "Andel avbrutna" }
    public var contactsColumn: String { "Kontakter" }
    public var resolvedColumn: String { "Lösta direkt" }
    public var dayColumn: String { "Dag" }
    public var handoversTitle: String { "Överlämningar per förvaltning" }
    public var handoversIntro: String {
        "Ärenden som lämnats över till en förvaltning, och hur servicegarantin hölls: förvaltningen kontaktar medborgaren inom garantin."
    }
    public var sectorColumn: String { "Förvaltning" }
    public var guaranteeColumn: String { "Garanti" }
    public func workingDays(_ count: Int) -> String { count == 1 ? "1 arbetsdag" : "\(count) arbetsdagar" }
    public var madeColumn: String { "Gjorda" }
    public var onTimeColumn: String { "Avslutade i tid" }
    public var lateColumn: String { "Avslutade sent" }
    public var onTimeShareColumn: String { "Andel i tid" }
    public var openColumn: String { "Öppna vid periodens slut" }
    public var overdueColumn: String { "Varav försenade" }
    public var withheld: String { "undanhållet" }
    public var withheldNote: String {
        "Undanhållet: få ärenden i en känslig förvaltning visas inte, så att ingen enskild kan kännas igen (samma regel som i tabellerna)."
    }
    public var noHandovers: String { "Inga överlämningar under perioden." }
    public var accessTitle: String { "Teckenspråk och digital hjälp" }
    public var accessIntro: String {
        "Två tjänster som servicecentret vill göra synliga: kontakt på teckenspråk och hjälp att använda kommunens e-tjänster."
    }
    public var signLanguageShare: String { "Andel av alla kontakter på teckenspråk" }
    public var digitalHelpCount: String { "Kontakter med hjälp med e-tjänst" }
    public var referralsTitle: String { "Hänvisningar per destination" }
    public var referralsIntro: String { "Medborgare som hänvisades till en annan myndighet eller organisation." }
    public var destinationColumn: String { "Destination" }
    public var referredColumn: String { "Hänvisade" }
    public func withheldDays(_ count: Int) -> String { count == 1 ? "1 dag undanhållen" : "\(count) dagar undanhållna" }
    public var noReferrals: String { "Inga hänvisningar under perioden." }
    public var trendsTitle: String { "Utveckling under perioden" }
    public func trendsIntro(monthly: Bool) -> String {
        monthly ? "Nyckeltalen månad för månad." : "Nyckeltalen vecka för vecka (veckor enligt ISO, måndag–söndag, inom perioden)."
    }
    public var periodColumn: String { "Period" }
    public func week(_ number: Int, year: Int) -> String { "v. \(number) \(year)" }
    public func month(_ month: Int, year: Int) -> String {
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"][month - 1]
            + " \(year)"
    }
    public var noReference: String { "–" }
    public var contactsTitle: String { "Kontakter och lösningsgrad" }
}

extension EnglishReportStrings: QualityReportStrings {
    public func periodLine(_ period: String) -> String { "Period: \(period)" }
    public func comparedWith(previous: String, yearEarlier: String) -> String {
        "Compared with the previous period (\(previous)) and the same period a year earlier (\(yearEarlier))."
    }
    public func referenceLine(_ label: String) -> String { "Reference values: \(label)." }
    public var headlineTitle: String { "Headline measures" }
    public var headlineIntro: String {
        "Each measure with a short definition, its target in the configuration, and the change against the previous period and the same period a year earlier (▲ up, ▼ down, with better or worse in words)."
    }
    public var columnMeasure: String { "Measure" }
    public var columnPeriod: String { "This period" }
    public var columnTarget: String { "Target" }
    public var columnPrevious: String { "Previous period" }
    public var columnYearEarlier: String { "A year earlier" }
    public var columnReference: String { "Reference" }
    public func measureName(_ measure: HeadlineMeasure, channel: String) -> String {
        switch measure {
        case .contacts: "Contacts"
        case .phoneDirectAnswer: "Direct answer on the phone (KKiK)"
        case .emailWithinOneWorkingDay: "E-mail answered within 1 working day (KKiK)"
        case .emailWithinTwoWorkingDays: "E-mail answered within 2 working days (KKiK)"
        case .firstContactResolution: "First-contact resolution, all contacts"
        case .resolvableFirstContactResolution: "First-contact resolution, resolvable matters"
        case .serviceLevel: "Service level: \(channel)"
        case .evenness: "Evenness: \(channel)"
        case .averageSpeedOfAnswer: "Average speed of answer: \(channel)"
        case .abandonment: "Abandoned calls: \(channel)"
        case .repeatRate: "Repeat contacts"
        case .handoversOnTime: "Hand-overs closed on time"
        case .handoversOverdue: "Hand-overs overdue at the end of the period"
        case .signLanguageContacts: "Contacts in sign language"
        case .digitalHelpShare: "Help with an e-service"
        }
    }
    public func measureDefinition(_ measure: HeadlineMeasure, configuration: Configuration, channel: String) -> String {
        let phone = configuration.targets.serviceLevel(for: .phone)
        switch measure {
        case .contacts: return "Every contact logged: visits, phone, sign language and digital."
        case .phoneDirectAnswer:
            return "Of those who called with a simple question: the share answered at once, after at most \(phone.seconds) s in the queue. Calls hung up after \(phone.seconds) s count as not answered."
        case .emailWithinOneWorkingDay: return "The share of e-mails answered by the working day after they arrived."
        case .emailWithinTwoWorkingDays: return "The share of e-mails answered within two working days of arriving."
        case .firstContactResolution: return "The share of contacts resolved at once, without a hand-over or a referral."
        case .resolvableFirstContactResolution: return "The same share, counted only over the matters the servicecenter can normally resolve itself."
        case .serviceLevel(let channel):
            let target = configuration.targets.serviceLevel(for: channel)
            return "The share answered within \(target.seconds) s (\(channel == .digital || channel == .visit ? "from queue to answer" : "in the queue")); those who gave up within that time are not counted."
        case .evenness: return "The share of the period's hours with a queue in which the service level met the target: high means even service all day."
        case .averageSpeedOfAnswer: return "How long those answered waited in the queue on average (minutes:seconds)."
        case .abandonment: return "The share of queued calls hung up before being answered."
        case .repeatRate: return "The share of contacts about a question already resolved, within \(configuration.targets.repeatWindowDays) days."
        case .handoversOnTime: return "Of the hand-overs closed in the period: the share closed by their due date (the service guarantee)."
        case .handoversOverdue: return "Hand-overs still open past their due date when the period's last day ended."
        case .signLanguageContacts: return "Contacts in sign language, at the desk or by video."
        case .digitalHelpShare: return "The share of contacts in which the guide helped the citizen use an e-service."
        }
    }
    public func targetWords(_ measure: HeadlineMeasure, configuration: Configuration) -> String? {
        switch measure {
        case .emailWithinOneWorkingDay, .emailWithinTwoWorkingDays:
            "answer within \(workingDays(configuration.targets.digitalReplyWorkingDays))"
        case .handoversOnTime: "guarantee \(workingDays(configuration.targets.handoverWorkingDays)) (default)"
        case .averageSpeedOfAnswer(let channel): "answer within \(configuration.targets.serviceLevel(for: channel).seconds) s"
        default: nil
        }
    }
    public var noData: String { "no data" }
    public var better: String { "better" }
    public var worse: String { "worse" }
    public var unchanged: String { "unchanged" }
    public var points: String { "percentage points" }
    public var atRisk: String { "at risk (less than \(Int((TargetState.margin * 100).rounded())) points above)" }
    public var evennessTitle: String { "Even service level by hour and weekday" }
    public func evennessIntro(marginPoints: Int) -> String {
        "The service level per hour and weekday over the period, with the wallboard's symbols. ✓ on target. ! on target but by less than \(marginPoints) percentage points, at risk. ✗ below the target. Empty: no queue in that hour. The share of hours on target counts both ✓ and !."
    }
    public func hoursOnTarget(_ share: String, met: Int, of measured: Int) -> String {
        "Share of hours on target: \(share) (\(met) of \(measured) hours with a queue)."
    }
    public func heatMapCaption(channel: String, target: String) -> String { "\(channel): service level by hour and weekday (target \(target))" }
    public var hourColumn: String { "Hour" }
    public func weekdayShort(_ weekday: Int) -> String { ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(weekday - 1) % 7] }
    public var legendTitle: String { "Key" }
    public var chartNumbers: String { "The chart's figures" }
    public var channelColumn: String { "Channel" }
    public var totalRow: String { "Total" }
    public var offered: String { "Offered" }
    public var answered: String { "Answered" }
    public var abandoned: String { "Abandoned" }
    public var serviceLevelColumn: String { "Service level" }
    public var asaColumn: String { "Average speed of answer" }
    public var abandonmentColumn: String { "Abandonment" }
    public var contactsColumn: String { "Contacts" }
    public var resolvedColumn: String { "Resolved at once" }
    public var dayColumn: String { "Day" }
    public var handoversTitle: String { "Hand-overs by sector" }
    public var handoversIntro: String {
        "Matters handed over to a sector, and how the service guarantee was kept: the sector contacts the citizen within the guarantee."
    }
    public var sectorColumn: String { "Sector" }
    public var guaranteeColumn: String { "Guarantee" }
    public func workingDays(_ count: Int) -> String { count == 1 ? "1 working day" : "\(count) working days" }
    public var madeColumn: String { "Made" }
    public var onTimeColumn: String { "Closed on time" }
    public var lateColumn: String { "Closed late" }
    public var onTimeShareColumn: String { "Share on time" }
    public var openColumn: String { "Open at the period's end" }
    public var overdueColumn: String { "Of which overdue" }
    public var withheld: String { "withheld" }
    public var withheldNote: String {
        "Withheld: a few matters in a sensitive sector are not shown, so that no one can be recognised (the same rule as in the tables)."
    }
    public var noHandovers: String { "No hand-overs in the period." }
    public var accessTitle: String { "Sign language and digital help" }
    public var accessIntro: String {
        "Two services the servicecenter makes visible: contact in sign language, and help using the municipality's e-services."
    }
    public var signLanguageShare: String { "Share of all contacts in sign language" }
    public var digitalHelpCount: String { "Contacts with help with an e-service" }
    public var referralsTitle: String { "Referrals by destination" }
    public var referralsIntro: String { "Citizens referred to another authority or organisation." }
    public var destinationColumn: String { "Destination" }
    public var referredColumn: String { "Referred" }
    public func withheldDays(_ count: Int) -> String { count == 1 ? "1 day withheld" : "\(count) days withheld" }
    public var noReferrals: String { "No referrals in the period." }
    public var trendsTitle: String { "Trends within the period" }
    public func trendsIntro(monthly: Bool) -> String {
        monthly ? "The headline measures month by month." : "The headline measures week by week (ISO weeks, Monday to Sunday, within the period)."
    }
    public var periodColumn: String { "Period" }
    public func week(_ number: Int, year: Int) -> String { "week \(number) \(year)" }
    public func month(_ month: Int, year: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]
            + " \(year)"
    }
    public var noReference: String { "–" }
    public var contactsTitle: String { "Contacts and first-contact resolution" }
}
