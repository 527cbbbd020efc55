import ServicecenterCore
import ServicecenterPostgres

/// Svenska: what the command line reports once a command has done its work.
struct SwedishCommandStrings: CommandStrings {
    func imported(inserted: Int, alreadyPresent: Int) -> String {
        "Importerade \(inserted) kontakter" + (alreadyPresent > 0 ? " (\(alreadyPresent) fanns redan och hoppades över)." : ".")
    }

    func importRejected(badLines: Int, refusedLines: Int, totalLines: Int) -> String {
        let refused = "\(refusedLines) i någon annans namn, vilket bara en admin får lagra"
        return switch (badLines, refusedLines) {
        case (_, 0): "Inget importerades: \(badLines) av \(totalLines) rader är felaktiga. Rätta dem och kör igen."
        case (0, _): "Inget importerades: av \(totalLines) \(totalLines == 1 ? "rad" : "rader") är \(refused)."
        default: "Inget importerades: av \(totalLines) rader är \(badLines) \(badLines == 1 ? "felaktig" : "felaktiga") och \(refused). Rätta dem och kör igen."
        }
    }

    func importEmpty(file: String) -> String { "\(file) innehåller inga kontakter." }

    func demoCreated(contacts: Int, days: Int, from: LocalDay, through: LocalDay) -> String {
        "Skapade \(contacts) demokontakter över \(days) öppetdagar (\(from) – \(through))."
    }

    func demoWrittenTo(path: String) -> String {
        "Skrivet till \(path). Ta bort demodatan igen med: servicecenter demo --remove --database \(path)"
    }

    func demoRemoved(contacts: Int, handovers: Int, queueCalls: Int, path: String) -> String {
        "Tog bort \(contacts) demokontakter, \(handovers) överlämningar och \(queueCalls) köärenden ur \(path); inget annat rördes."
    }

    func configurationValid(directory: String, sectors: Int, categories: Int, operators: Int, referrals: Int) -> String {
        "Konfigurationen i \(directory) är korrekt: \(sectors) förvaltningar, \(categories) ärendetyper, \(operators) operatörer, \(referrals) hänvisningsdestinationer."
    }

    func configurationInvalid(problems: Int) -> String {
        "\(problems) problem i konfigurationen; rätta \(problems == 1 ? "det" : "dem") och kör `servicecenter config check` igen."
    }

    var configurationRefused: String { "Startar inte: konfigurationen är felaktig." }

    func purged(_ outcome: PurgeOutcome, dryRun: Bool, noteDays: Int) -> String {
        let counts = "\(outcome.notes) anteckningar, \(outcome.referrals) hänvisningstexter, \(outcome.handoverNotes) anteckningar i överlämningar, \(outcome.drafts) utkast, \(outcome.subjects) ämnen och \(outcome.gaps) rader i rapporten om katalogluckor"
        return dryRun
            ? "Provkörning: \(counts) från före \(outcome.before) (äldre än \(noteDays) dagar) skulle gallras. Inget ändrades."
            : "Gallrat \(counts) från före \(outcome.before) (äldre än \(noteDays) dagar). Statistiken är orörd; granskningsloggen har antalen."
    }

    func callbacksPurged(
        callbacks: Int, matters: Int, closedOnOrBefore: LocalDay, callbackDays: Int, madeBefore: LocalDay, dryRun: Bool
    ) -> String {
        let what = "återkontaktsuppgifter (telefon, e-post, tid) i \(callbacks) \(callbacks == 1 ? "ärende" : "ärenden") avslutade senast \(closedOnOrBefore) (callback_days = \(callbackDays)) eller skapade före \(madeBefore), och \(matters) \(matters == 1 ? "ärendebeskrivning" : "ärendebeskrivningar") skapade före \(madeBefore)"
        return dryRun ? "Provkörning: \(what) skulle raderas." : "Raderat \(what)."
    }

    var auditColumns: [String] { ["Tid", "Vem", "Händelse", "Kontakt", "Detaljer"] }

    func auditAction(_ action: AuditAction) -> String {
        switch action {
        case .contactEdited: "kontakt rättad"
        case .purge: "gallring"
        case .incidentStarted: "driftstörning startad"
        case .incidentEnded: "driftstörning avslutad"
        case .refused: "nekad"
        case .onBehalf: "registrerat åt annan"
        case .demoGenerated: "demodata skapad"
        case .demoRemoved: "demodata borttagen"
        }
    }

    func auditEmpty(since: LocalDay) -> String { "Granskningsloggen har inget sedan \(since)." }

    func handoverMade(id: Int64, sector: String, due: LocalDay) -> String {
        "Ärende \(id) · \(sector) kontaktar medborgaren senast \(DayInWords.text(due, in: .swedish)) (handovers show \(id))."
    }

    func handoverRecorded(id: Int64, event: HandoverEvent) -> String { "Ärende \(id): \(SwedishStrings().handoverEvent(event))." }

    func delivered(_ report: DeliveryReport, stillFailing: Int, heldUntil: String?) -> String {
        var text = "Skickade \(report.sent), misslyckades \(report.failed)"
        if report.leftOver > 0 { text += ", \(report.leftOver) kvar till senare" }
        if report.heldElsewhere > 0 {
            text += ", \(report.heldElsewhere) skickas av en annan process"
                + (heldUntil.map { " (försöks igen efter \($0) om den inte blir klar)" } ?? "")
        }
        if stillFailing > 0 { text += "; \(stillFailing) brev har misslyckats upprepade gånger (se handovers outbox)" }
        return text + "."
    }

    func dumpWritten(path: String, contacts: Int, files: Int) -> String {
        "Statistik skriven till \(path): \(contacts) \(contacts == 1 ? "kontakt" : "kontakter"), \(files) filer."
    }

    func dumpNoData(period: String) -> String {
        "Inga kontakter eller köhändelser för \(period), som har arbetsdagar; inget paket skrevs. Kontrollera --date, databasen (--database) och köflödet."
    }

    func dumpCannotWrite(path: String, reason: String) -> String {
        "Kan inte skriva statistiken till \(path): \(reason). Ett paket som redan fanns där är orört."
    }

    var migrateColumns: [String] { ["tabell", "SQLite", "PostgreSQL"] }

    func migrated(rows: Int, tables: Int, seconds: Double, from: String, to: String) -> String {
        "Kopierade \(rows) rader i \(tables) tabeller från \(from) till \(to) i en transaktion (\(String(format: "%.1f", seconds)) s):"
    }

    func migrateStatisticsAgree(day: LocalDay, contacts: Int, queueCalls: Int, handovers: Int) -> String {
        "Statistiken för \(day) läses likadant ur båda: \(contacts) kontakter, \(queueCalls) köärenden, \(handovers) ärenden. Platsen kan nu köras mot servern."
    }

    func migrateStatisticsDiffer(day: LocalDay, differences: [String], to: String) -> String {
        "Kopian i \(to) är sparad, men statistiken för \(day) läses olika ur de två (\(differences.joined(separator: "; "))). Byt inte över platsen; rapportera felet och behåll båda databaserna."
    }

    var migrateNoContactDay: String { "SQLite-databasen har inga kontakter, så det finns ingen dags statistik att jämföra; antalen ovan stämmer." }

    func migrateRefused(_ refusal: SiteMigration.Refusal, to: String) -> String {
        switch refusal {
        case .targetNotEmpty(let table, let rows):
            "Inget kopierades: \(to) har redan en plats (\(rows) rader i \(table)). Migrera till en ny databas (docs/deployment.md)."
        case .unknownColumn(let table, let column):
            "Inget kopierades: SQLite-tabellen \(table) har kolumnen \(column) som saknas i \(to); använd samma version av servicecenter för båda."
        case .badValue(let table, let column, let value):
            "Inget kopierades: \(table).\(column) innehåller \"\(value)\", som inte är ett värde av rätt slag. Rätta det i SQLite-filen och kör igen."
        case .countsDiffer(let table, let source, let target):
            "Inget kopierades: \(table) skulle ha \(target) rader i \(to) mot \(source) i SQLite."
        }
    }

    func migrateSourceMissing(_ path: String) -> String { "SQLite-databasen \(path) finns inte; ange platsens fil med --from." }

    func migrateNeedsSQLiteSource(_ setting: String) -> String {
        "--from \(setting) är ingen SQLite-databas; ange filen som ska kopieras som --from sqlite:SÖKVÄG."
    }

    func migrateNeedsServerTarget(_ setting: String) -> String {
        "--to \(setting) är ingen PostgreSQL-adress; ange den som --to postgresql://användare@värd/databas."
    }

    var migrateNotWhenInstalledSetgid: String {
        "migrate körs inte genom setgid-installationen (den skulle kopiera platsen dit den blir tillsagd); kör den som databasens ägare med ett eget bygge."
    }

    func rolesNeedServer(_ database: String) -> String {
        "\(database) är en SQLite-fil: databasen upprätthåller roller bara i PostgreSQL. För SQLite gör filens grupp och setgid-installationen det (README)."
    }

    func rolesCreated(_ groups: [String]) -> String { "Skapade grupprollerna \(groups.joined(separator: ", "))." }

    func rolesMember(user: String, group: String) -> String { "\(user): medlem i \(group)." }

    func rolesGranted(database: String, members: Int) -> String {
        "Behörigheterna i \(database) är skrivna; \(members) handläggare har en inloggningsroll i en grupp."
    }

    func rolesNeedOwner(user: String, database: String, reason: String) -> String {
        "\(user) får inte skriva behörigheterna i \(database) (\(reason)): roles sync körs av schemats ägare, rollen som skapade det eller flyttade dit data med migrate (docs/deployment.md)."
    }
    func rolesMissingLogins(_ users: [String]) -> String {
        "Ingen inloggningsroll på servern för \(users.joined(separator: ", ")) (finns i operators.toml): skapa var och en med CREATE ROLE namn LOGIN och kör roles sync igen."
    }
}
