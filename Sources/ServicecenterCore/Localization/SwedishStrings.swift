import Foundation

/// Svenska: the default language of the servicecenter.
public struct SwedishStrings: StringTable {
    public init() {}
    public var language: Language { .swedish }

    public func channel(_ channel: Channel) -> String {
        switch channel {
        case .visit: "Besök"
        case .phone: "Telefon"
        case .signLanguage: "Teckenspråk"
        case .digital: "Digitalt"
        }
    }

    public func resolution(_ kind: Resolution.Kind) -> String {
        switch kind {
        case .resolved: "Löst vid första kontakt"
        case .forwarded: "Överlämnat"
        case .referred: "Hänvisat"
        }
    }

    public func forwardReason(_ reason: ForwardReason) -> String {
        switch reason {
        case .needsCaseOfficer: "Kräver handläggare (myndighetsutövning)"
        case .couldNotAnswer: "Kunde inte besvaras"
        case .citizenRequest: "På medborgarens begäran"
        }
    }

    /// A contact's end as given, or "nu" for one given no end (`ContactProblem.noEnd`).
    static func end(_ ended: String) -> String { ended == ContactProblem.noEnd ? "nu" : ended }

    public func contactProblem(_ problem: ContactProblem) -> String {
        switch problem {
        case .missing(let field): "\(field) saknas; fältet krävs"
        case .wrongType(let field, let expected):
            "\(field) har fel typ; ska vara \(expected == .text ? "text" : expected == .wholeNumber ? "ett heltal" : "true eller false")"
        case .unknownField(let field): "okänt fält \"\(field)\"; kontrollera stavningen (se docs/import.md)"
        case .unknownChannel(let value): "okänd kanal \"\(value)\"; använd visit, phone, sign_language eller digital"
        case .unknownMedium(let value): "okänt medium \"\(value)\"; använd email, chat eller eservice"
        case .mediumWithoutDigital(let value): "medium \"\(value)\" gäller bara kanalen digital"
        case .unknownCategory(let value): "okänd ärendetyp \"\(value)\"; se id i categories.toml"
        case .unknownSector(let field, let value): "\(field): okänd förvaltning \"\(value)\"; se id i sectors.toml"
        case .unknownOperator(let value): "okänd operatör \"\(value)\"; lägg till den i operators.toml"
        case .unknownResolution(let value): "okänt utfall \"\(value)\"; använd resolved, forwarded eller referred"
        case .unknownReason(let value):
            "okänd orsak \"\(value)\"; använd needs_case_officer, could_not_answer eller citizen_request"
        case .reasonRequired: "ett överlämnat ärende kräver en orsak (--reason / forward_reason)"
        case .forwardDetailsWithoutForward: "orsak och mottagande förvaltning anges bara när utfallet är forwarded"
        case .referredToWithoutReferral: "referred_to anges bara när utfallet är referred"
        case .unknownReferral(let value, let valid):
            "referred_to: \"\(value)\" är ingen hänvisningsdestination; använd en av \(valid.joined(separator: ", ")) (Config/referrals.toml)"
        case .referralTextRequired(let destination):
            "referred_to \(destination) behöver referred_other: en kort text om vart medborgaren hänvisades"
        case .referralTextWithoutOther(let destination):
            destination.isEmpty
                ? "referred_other: ingen destination i Config/referrals.toml tar en text (other = true); ange referred_to i stället"
                : "referred_other anges bara med destinationen markerad other (annan), inte med \(destination)"
        case .matterRequired:
            "ett överlämnat ärende kräver en ärendebeskrivning: vad medborgaren vill ha besvarat eller beslutat (--matter / matter)"
        case .handoverDetailsWithoutForward:
            "ärendebeskrivning och återkontakt (matter, callback_phone, callback_email, callback_time) anges bara när utfallet är forwarded"
        case .invalidPhone(let value):
            "\"\(value)\" är inget telefonnummer; skriv 7–15 siffror, gärna med + och landskod, t.ex. 070-123 45 67 eller +46 19 21 10 00"
        case .invalidEmail(let value): "\"\(value)\" är ingen e-postadress; skriv namn@domän.se"
        case .phoneIsIdentityNumber(let masked):
            "\"\(masked)\" är ett personnummer, inte ett telefonnummer; skriv numret medborgaren vill bli uppringd på"
        case .malformedDate(let field, let value):
            "\(field): \"\(value)\" är ingen tidpunkt; skriv ISO 8601 med tidszon, t.ex. 2026-11-23T09:15:00+01:00"
        case .dateOutsideWindow(let field, let value):
            "\(field): \"\(value)\" ligger utanför de tider som tas emot (\(AcceptedTimes.description), i UTC)"
        case .endBeforeStart(let started, let ended): "kontakten slutar (\(Self.end(ended))) före den börjar (\(started))"
        case .negativeWait(let value): "kötiden \(value) s är negativ; ange väntetiden i sekunder, 0–\(ContactValidator.queueWaitLimit)"
        case .noteTooLong(let characters, let limit): "anteckningen har \(characters) tecken; högst \(limit) tillåts"
        case .incidentTooLong(let characters, let limit): "störningstaggen har \(characters) tecken; högst \(limit) tillåts"
        case .invalidText(let field): "\(field) innehåller styrtecken"
        case .unknownEvent(let value): "okänd händelse \"\(value)\"; använd \(QueueEvent.Kind.feedNames.joined(separator: ", "))"
        case .textTooLong(let field, let characters, let limit): "\(field) har \(characters) tecken; högst \(limit)"
        case .waitOutOfRange(let field, let value, let limit):
            "\(field): kötiden \(value) s ligger utanför 0–\(limit) s (högst \(limit / 86_400) dygn); ange väntetiden i sekunder"
        case .inFuture(let field, let value, let latest):
            "\(field): \(value) ligger i framtiden (senast godtaget nu: \(latest), \(ContactValidator.clockSkewSeconds / 60) minuters klockavvikelse); kontrollera datum och tidszon"
        case .lastsTooLong(let started, let ended, let minutes, let limit):
            "kontakten varar \(minutes) min (\(started) – \(Self.end(ended))), längre än gränsen \(limit) min ([site] max_contact_minutes); ange verklig start och slut (--started och --ended, started_at och ended_at)"
        case .beforeSiteStarted(let value, let siteStarted):
            "started_at: \(value) är före den dag verksamheten började (\(siteStarted), [site] started); kontrollera året"
        }
    }

    public func lineProblem(_ problem: LineProblem) -> String {
        switch problem {
        case .invalidUTF8: "raden är inte giltig UTF-8; spara filen som UTF-8"
        case .malformedJSON: "raden är inte giltig JSON"
        case .notAnObject: "raden ska vara ett JSON-objekt {…}"
        case .lineTooLong(let limit): "raden är längre än \(limit) byte (\(limit / 1_048_576) MiB), det mesta en rad får rymma; den hoppades över oläst"
        case .fields(let problems): problems.map(contactProblem).joined(separator: "; ")
        }
    }

    public func storeError(_ error: StoreError) -> String {
        switch error {
        case .notADatabase(let path): "\(path) är ingen SQLite-databas (eller är skadad); ange rätt fil med --database."
        case .readOnly(let path) where DatabaseLocation(setting: path).isServer:
            "Databasservern \(path) tar inte emot ändringar nu (en reserv, en primär som degraderats vid en fail-over, eller ett schema som kommandot inte får sätta upp); peka platsen mot den primära servern (docs/deployment.md)."
        case .readOnly(let path): "Databasen \(path) är skrivskyddad; kontrollera rättigheterna på filen och dess mapp."
        case .locked(let path, let waited):
            "Databasen \(path) är låst av en annan process (väntade \(waited) ms); försök igen om en stund."
        case .cannotOpen(let path, let reason): "Databasen \(path) kan inte öppnas: \(reason)."
        case .newerSchema(let path): "Databasen \(path) är skapad av en nyare version av servicecenter; uppgradera programmet."
        case .olderSchema(let address, let found, let needed):
            "Databasen \(address) har schemaversion \(found) och programmet behöver version \(needed); bara databasens ägare får uppgradera den, och det gör vilket kommando som helst som ägaren kör en gång (till exempel `servicecenter roles sync`; docs/deployment.md, \"Upgrading\")."
        case .duplicateExternalID(_, let id): "En kontakt med id \"\(id)\" finns redan; den loggas inte igen."
        case .unknownEarlierContact(let id): "Det finns ingen tidigare kontakt med id \(id) att koppla återkontakten till."
        case .failed(let path, let message): "Databasfel i \(path): \(message)"
        case .foreignDatabase(let path):
            "\(path) är ett annat programs SQLite-databas (tabellerna är inte servicecenters); den lämnades orörd. Ange servicecenters egen databas med --database, eller en ny sökväg för att skapa en."
        case .notARegularFile(let path, let kind):
            "\(path) är \(fileKind(kind)), ingen databasfil; ange sökvägen till en databasfil (eller en som ska skapas) med --database."
        case .diskFull(let path):
            "Disken där databasen \(path) ligger är full; inget av ändringen sparades. Frigör utrymme (eller höj kvoten) och kör igen."
        case .badAddress(let address, let reason):
            "Databasadressen \(address) går inte att använda: \(reason). Rätta --database, $SERVICECENTER_DATABASE eller [site] database."
        case .unreachable(let address, let reason):
            "Databasservern \(address) går inte att nå: \(reason). Kontrollera att den är igång och att värd och port stämmer."
        case .authenticationFailed(let address, let user):
            "Databasservern \(address) godtog inte användaren \(user): kontrollera lösenordet (PGPASSWORD eller ~/.pgpass) eller serverns pg_hba.conf."
        case .missingDatabase(let address):
            "Databasservern har ingen servicecenter-databas på \(address): rätta namnet, eller skapa den och sätt upp den (docs/deployment.md)."
        case .notPermitted(let address, let user, let what):
            "Användaren \(user) får inte göra detta i \(address) (\(what)); be databasens ägare att tilldela rollen (docs/deployment.md)."
        case .connectionLost(let address):
            "Förbindelsen med databasservern \(address) bröts; försök igen när den är tillbaka."
        case .importInputChanged(let source):
            "\(source) ändrades, eller gick inte att läsa igen, mellan kontrollen av raderna och lagringen; ingenting importerades. Importera den igen när den är komplett."
        case .importHeldBack(let source):
            "\(source) har rader som inte kan importeras, eller gick inte att läsa till slutet; ingenting importerades."
        }
    }

    func fileKind(_ kind: StoreError.FileKind) -> String {
        switch kind {
        case .directory: "en mapp"
        case .fifo: "en namngiven rörledning (FIFO)"
        case .device: "en enhet"
        case .socket: "en socket"
        case .other: "en specialfil"
        }
    }

    public func handoverStatus(_ status: HandoverStatus) -> String {
        switch status {
        case .open: "Öppet"
        case .acknowledged: "Mottaget"
        case .calledBack: "Återkopplat"
        case .closed: "Avslutat"
        }
    }

    public func handoverEvent(_ event: HandoverEvent) -> String {
        switch event {
        case .created: "skapat"
        case .acknowledged: "mottaget av förvaltningen"
        case .calledBack: "medborgaren återkontaktad"
        case .closed: "avslutat"
        case .reopened: "återöppnat"
        }
    }

    public var handoverColumns: [String] { ["Id", "Förvaltning", "Ärendetyp", "Kanal", "Skapat", "Senast", "Status", ""] }
    public var noHandovers: String { "Inga överlämnade ärenden matchar." }
    public func overdue(byWorkingDays days: Int) -> String { "FÖRSENAT \(days) arbetsdag\(days == 1 ? "" : "ar")" }
    public func handoverNotFound(id: Int64) -> String { "Det finns inget överlämnat ärende med id \(id)." }
    public func handoverRefused(id: Int64, event: HandoverEvent, status: HandoverStatus, by: String, at: String) -> String {
        // Said as Swedish speaks it: "är redan avslutat", "kan inte tas emot", never "kan inte bli mottaget av …".
        if event.resultingStatus == status {
            return "Ärende \(id) är redan \(handoverStatus(status).lowercased()) sedan \(at) (av \(by))."
        }
        let verb = switch event {
        case .created: "skapas"
        case .acknowledged: "tas emot"
        case .calledBack: "registreras som återkopplat"
        case .closed: "avslutas"
        case .reopened: "återöppnas"
        }
        return "Ärende \(id) kan inte \(verb): det är \(handoverStatus(status).lowercased()) sedan \(at) (av \(by))."
    }
    public var handoverFiguresTitle: String { "Överlämnade ärenden per förvaltning" }
    public var handoverFiguresColumns: [String] { ["Förvaltning", "Lämnade", "Klara i tid", "Klara sent", "I tid", "Öppna", "Försenade"] }
    public var handoverFiguresNote: String {
        "Överlämnade ärenden skapade under perioden. I tid = avslutade senast förfallodagen ÷ avslutade. Försenade = ännu inte avslutade och förfallodagen har passerat i dag (arbetsdagar: helger, röda dagar och stängda dagar räknas inte)."
    }

    public func statisticsTitle(site: String, from: LocalDay, through: LocalDay) -> String {
        from == through ? "\(site) – statistik för \(from)" : "\(site) – statistik \(from) – \(through)"
    }

    public var noContacts: String { "Inga kontakter under perioden." }
    public func dimension(_ dimension: ContactBreakdown.Dimension) -> String {
        switch dimension {
        case .channel: "Kanal"
        case .sector: "Förvaltning"
        case .category: "Ärendetyp"
        case .operator: "Operatör"
        case .hour: "Timme"
        }
    }
    public var columnContacts: String { "Kontakter" }
    public var columnFCR: String { "Lösningsgrad" }
    public var columnFCRResolvable: String { "Lösn. lösbara" }
    public var columnRepeatRate: String { "Återkontakt" }
    public var columnForwarded: String { "Överlämn." }
    public var columnReferred: String { "Hänvisade" }
    public var columnDigitalHelp: String { "Dig. hjälp" }
    public var columnHandlingMedian: String { "Handl. median" }
    public var columnHandlingP90: String { "Handl. p90" }
    public var columnWaitMedian: String { "Kö median" }
    public var columnWaitP90: String { "Kö p90" }
    public var total: String { "Totalt" }
    public var forwardedByReasonTitle: String { "Överlämnade per orsak" }
    public var referredByDestinationTitle: String { "Hänvisade per destination" }
    public var referralNotRecorded: String { "ej angiven" }
    public var queueTitle: String { "Köer per kanal (servicenivå mot målet i servicecenter.toml)" }
    public var queueColumns: [String] {
        ["Kanal", "Erbjudna", "Besvarade", "Avbrutna", "Servicenivå", "Mål", "Snitt svarstid", "Avhopp", "Timmar på mål", "Sämsta timme", "Uteblev"]
    }
    public var queueNote: String {
        "Servicenivå = besvarade inom målet ÷ (besvarade + avbrutna efter målet); den som lägger på före målet, uteblivna besökare och flyttade kölappar räknas inte. Timmar på mål: andel av dagarnas timmar med samtal som nådde målet (jämnhet). Se docs/measures.md."
    }
    public var incidentContactsTitle: String { "Kontakter om driftstörningar" }
    public var hourLevelsTitle: String { "Servicenivå per timme (jämnhet)" }
    public var hourLevelsHour: String { "Timme" }
    public var hourLevelsNote: String {
        "Servicenivå över periodens köer den timmen; m/n = dagar då timmen nådde målet av dagar med en servicenivå den timmen. Samma regel som tavlans timrad och paketets meets_target."
    }
    public var forecastTitle: String { "Prognos mot utfall (bemanningsplanens prognos)" }
    public var forecastColumns: [String] { ["Kanal", "Prognos", "Utfall", "Fel", "Medelfel per dag", "Dagar"] }
    public func forecastNote(historyWeeks: Int) -> String {
        "Prognos = medelvärdet av samma veckodag de senaste \(historyWeeks) vanliga veckorna, över dagens öppettider (servicecenter staffing); utfall = kontakter under samma tider. Fel = (utfall − prognos) ÷ prognos; medelfel per dag = medelvärdet av |utfall − prognos| ÷ utfall. Dagar utan historik räknas inte."
    }

    public func figuresNote(repeatWindowDays days: Int) -> String {
        "Lösningsgrad = lösta vid första kontakt ÷ alla kontakter; \"lösbara\" räknar bara ärendetyper som normalt löses i disken. Återkontakt = kontakter kopplade till en kontakt om samma sak som registrerades som löst högst \(days) dagar tidigare ÷ alla kontakter. Tider i minuter:sekunder; kötid över kontakter med känd kötid."
    }

    public func personalDataMasked(_ masked: MaskedFields) -> String {
        func list(_ kinds: [PersonalDataMasking.Kind]) -> String {
            Self.list(kinds.map { kind in
                switch kind {
                case .personalIdentityNumber: "personnummer"
                case .coordinationNumber: "samordningsnummer"
                case .email: "e-postadress"
                case .phone: "telefonnummer"
                }
            })
        }
        // Short enough to stand beside "Kontakt 12 sparad." on an 80-column desk; names the
        // field, so the guide looks where it happened.
        func name(_ field: MaskedFields.Field) -> String {
            switch field {
            case .subject: "ämnet"
            case .matter: "ärendebeskrivningen"
            case .callbackTime: "önskad tid för återkontakt"
            case .note: "anteckningen"
            }
        }
        let changed = masked.changed
        let sentence: String
        if let first = changed.first, changed.allSatisfy({ $0.kinds == first.kinds }) {
            sentence = list(first.kinds) + " maskerades i " + Self.list(changed.map { name($0.field) }) + "."
        } else {
            sentence = changed.enumerated().map { index, field in
                list(field.kinds) + (index == 0 ? " maskerades i " : " i ") + name(field.field)
            }.joined(separator: ", ") + "."
        }
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }

    static func list(_ words: [String]) -> String {
        words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " och " + words.last!
    }
}
