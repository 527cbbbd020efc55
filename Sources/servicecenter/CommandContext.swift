import ArgumentParser
import Foundation
import ServicecenterConfigFiles
import ServicecenterCore
import ServicecenterPostgres
import ServicecenterStore

/// What a subcommand needs once arguments are parsed: a valid configuration, its strings, the store.
///
/// Every subcommand goes through here, so none can start on an invalid configuration.
struct CommandContext {
    let configuration: Configuration
    let configDirectory: URL
    /// The database setting as read (`--database`, `$SERVICECENTER_DATABASE`, `[site] database`):
    /// which backend, and where. `makeStore` is the one place that acts on it.
    let database: DatabaseLocation
    /// The database as messages name it: a file's absolute path, or a server's address without its password.
    let databasePath: String
    let text: any StringTable
    let locations: Locations

    /// - Parameter knowledge: whether to read the knowledge articles (`Config/knowledge/*.md`);
    ///   a command that never shows or names one leaves them unread, which was a third of a
    ///   `log`'s run.
    init(_ options: GlobalOptions, knowledge: Bool = true) throws {
        locations = Locations()
        configDirectory = locations.configDirectory(flag: options.config)
        try Self.refuse(locations.refusedChoices(configFlag: options.config), options, config: configDirectory.path, database: nil)
        do {
            configuration = try ConfigurationLoader.load(directory: configDirectory, knowledge: knowledge)
        } catch {
            let text = strings(for: options.lang ?? .swedish)
            for problem in error.problems { printError(problem.described(configurationStrings(for: text.language))) }
            let said = commandStrings(for: text.language)
            printError(said.configurationRefused + " " + said.configurationInvalid(problems: error.problems.count))
            throw ExitStatus.configuration
        }
        text = strings(for: options.lang ?? configuration.site.language)
        database = locations.database(flag: options.database, configured: configuration.site.database, configDirectory: configDirectory)
        databasePath = database.shown
        try Self.refuse(
            locations.refusedChoices(configFlag: options.config, databaseFlag: options.database, databasePath: databasePath),
            options, config: configDirectory.path, database: databasePath)
    }

    /// Refuses (exit 77) a setgid run pointed at another configuration or database (`Locations`).
    static func refuse(_ refused: [String], _ options: GlobalOptions, config: String, database: String?) throws {
        guard !refused.isEmpty else { return }
        printError(securityStrings(for: options.lang ?? .swedish).privilegedLocations(refused: refused, config: config, database: database))
        throw ExitStatus.permission
    }

    /// Opens the store, or prints what is wrong with the database and exits with its code.
    /// Reading commands pass `.readOnly`, so they work on a database they cannot write.
    /// A missing database is made only when `creation` allows it (`DatabaseCreation`): the
    /// default refuses (exit 69), so a typo in `--database` never forks the data.
    func openStore(access: StoreAccess = .readWrite, creation: DatabaseCreation = .never) throws -> any Store {
        try requireDatabase(unless: creation)
        // A bad busy timeout is a setting that would otherwise be silently replaced: refuse
        // it like a bad configuration (78), before anything is opened.
        if case .failure(let refusal) = busyTimeout {
            printError(environmentStrings(for: text.language).badMilliseconds(
                variable: BusyTimeoutSetting.variable, value: InertText.shown(refusal.value), range: refusal.range,
                default: SQLiteStore.defaultBusyTimeoutMilliseconds))
            throw ExitStatus.configuration
        }
        return try storing { try makeStore(access: access, creation: creation) }
    }

    /// Opens an existing store; a missing database is said and exits 69 instead of being
    /// created, for the commands that only make sense on a database with a history (a nightly
    /// job pointed at the wrong file must say so).
    func openExistingStore(access: StoreAccess = .readWrite) throws -> any Store {
        try openStore(access: access, creation: .never)
    }

    /// `SERVICECENTER_BUSY_TIMEOUT_MS` as this run's environment sets it.
    var busyTimeout: Result<Int, BusyTimeoutSetting.Refusal> {
        BusyTimeoutSetting.milliseconds(locations.environment[BusyTimeoutSetting.variable])
    }

    /// Opens the store, saying nothing when it cannot: the one place a backend is constructed,
    /// chosen by the database setting. Nothing above this line names a concrete store.
    func makeStore(access: StoreAccess = .readWrite, creation: DatabaseCreation = .never) throws -> any Store {
        switch database {
        case .sqlite(let path):
            // A refused value is reported by `openStore`; a quiet caller gets the default.
            let timeout = (try? busyTimeout.get()) ?? SQLiteStore.defaultBusyTimeoutMilliseconds
            return try SQLiteStore(path: path, intake: Intake(configuration: configuration), busyTimeoutMilliseconds: timeout, access: access)
        case .postgreSQL:
            // A server's database with no site yet is missing, as a file that is not there.
            return try PostgresStore(
                address: postgresAddress(), intake: Intake(configuration: configuration), access: access, setsUpSite: mayCreateDatabase(creation))
        }
    }

    /// The server's address with the user, password and defaults libpq would use (`PG*`,
    /// `~/.pgpass`); an address that cannot be read is a setting to correct (`badAddress`, 78).
    func postgresAddress() throws(StoreError) -> PostgresAddress {
        guard case .postgreSQL(let uri) = database else { throw .badAddress(database: databasePath, reason: "not a server address") }
        do {
            return try PostgresAddress.parse(uri, environment: locations.environment, loginName: systemLoginUser)
        } catch {
            throw .badAddress(database: databasePath, reason: error.reason)
        }
    }

    /// Runs store work, printing a store's or a queue's refusal and exiting with its code: the
    /// one place a command turns a `StoreError` or `QueueError` into what the user sees. Any
    /// other error (an exit status already decided) passes through.
    func storing<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as StoreError {
            throw fail(error)
        } catch let error as QueueError {
            throw fail(error)
        } catch let error as HandoverChangeError {
            guard case .store(let failure) = error else { throw error }
            throw fail(failure)
        }
    }

    /// Prints a store error and returns the exit code that goes with it.
    func fail(_ error: StoreError) -> ExitCode {
        printError(text.storeError(error))
        return switch error {
        case .notADatabase, .newerSchema, .failed, .foreignDatabase, .notARegularFile, .importInputChanged, .importHeldBack: ExitStatus.ioError
        case .readOnly: ExitStatus.permission
        case .locked: ExitStatus.temporaryFailure
        case .diskFull: ExitStatus.diskFull
        case .cannotOpen: ExitStatus.cannotCreate
        case .duplicateExternalID, .unknownEarlierContact: ExitStatus.dataError
        case .badAddress: ExitStatus.configuration
        case .unreachable, .missingDatabase: ExitStatus.unavailable
        case .authenticationFailed, .notPermitted, .olderSchema: ExitStatus.permission
        case .connectionLost: ExitStatus.temporaryFailure
        }
    }

    /// The login name of whoever runs the command: `$USER` as the login set it, or the
    /// account of the real user id. Installed setgid (so that only the program reaches a
    /// group-only database), the environment is the caller's to change, and only the real
    /// user id counts: a guide cannot become a supervisor by setting `USER`.
    ///
    /// On PostgreSQL the operator is the database user the server lets in (peer or password
    /// authentication), so nobody acts as another without that person's credentials.
    var loginUser: String {
        if case .postgreSQL = database, let address = try? postgresAddress() { return address.user }
        return systemLoginUser
    }

    /// The login name on this host, whatever the database.
    var systemLoginUser: String {
        if !locations.privileged, let user = locations.environment["USER"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "unknown"
    }

    /// Today in the site's time zone.
    var today: LocalDay { LocalDay(Date(), in: configuration.timeZone) }

    /// Parses `YYYY-MM-DD`, `today` or `yesterday` in the site's time zone.
    func day(_ value: String, option: String, now: Date = Date()) throws -> LocalDay {
        let today = LocalDay(now, in: configuration.timeZone)
        switch value {
        case "today", "idag": return today
        case "yesterday", "igår": return today.adding(days: -1)
        default:
            guard let day = LocalDay(value) else {
                printError(argumentStrings(for: text.language).badDate(value, option: option))
                throw ExitStatus.usage
            }
            guard AcceptedTimes.contains(day) else {
                printError(argumentStrings(for: text.language).dayOutsideWindow(value, option: option))
                throw ExitStatus.usage
            }
            return day
        }
    }
}
