import Foundation
import PostgresNIO
import ServicecenterCore

/// `migrate`'s writer: a whole site, read from another backend as plain rows, copied into an
/// empty PostgreSQL schema in ONE transaction, ids and history kept, then counted again before
/// the commit, so a site either moves whole and checked or not at all.
public enum SiteMigration {
    /// Why a copy was refused; nothing of it was kept.
    public enum Refusal: Error, Equatable, Sendable {
        /// The target already holds rows (`table` has `rows`): a site is moved into an empty schema only.
        case targetNotEmpty(table: String, rows: Int)
        /// The source has a column the target's schema lacks: the copy would lose it.
        case unknownColumn(table: String, column: String)
        /// A stored value does not read as its column's type (a timestamp that is not one).
        case badValue(table: String, column: String, value: String)
        /// After the copy, a table holds another number of rows than its source.
        case countsDiffer(table: String, source: Int, target: Int)
    }

    /// One table's rows on either side after the copy.
    public struct TableCount: Sendable, Equatable {
        public var table: String
        public var source: Int
        public var target: Int
    }

    /// What was copied: the counts per table, and the latest day a contact was filed under
    /// (the day `migrate` compares the statistics of).
    public struct Outcome: Sendable, Equatable {
        public var tables: [TableCount]
        public var lastContactDay: LocalDay?
        public var seconds: Double
    }

    /// The most bind parameters one statement may carry (PostgreSQL's protocol counts them in 16 bits).
    static let maximumBinds = 65_000

    /// Copies every table `reader` has into `store`'s schema, which must hold no site yet.
    /// The tables are locked against other writers until the commit, the append-only history
    /// accepts the copy under the maintenance setting, identity sequences continue after the
    /// highest copied id, and the hour counts are copied as they are, not counted again.
    public static func copy(from reader: any SiteRowReader, into store: PostgresStore, batchSize: Int = 1_000) throws -> Outcome {
        let started = Date()
        var refusal: Refusal?
        var lastDay: LocalDay?
        let counts: [TableCount]
        do {
            counts = try store.write { db in
                do {
                    return try copyTables(from: reader, db: db, batchSize: batchSize, lastDay: &lastDay)
                } catch let error as Refusal {
                    refusal = error
                    throw error
                }
            }
        } catch {
            throw refusal ?? error
        }
        return Outcome(tables: counts, lastContactDay: lastDay, seconds: Date().timeIntervalSince(started))
    }

    /// The target's columns of one table: name, SQL type, identity or not.
    struct Column {
        var name: String
        var type: String
        var isIdentity: Bool
    }

    static func copyTables(from reader: any SiteRowReader, db: PostgresSession, batchSize: Int, lastDay: inout LocalDay?) throws -> [TableCount] {
        let schema = PostgresSchema.name
        let tables = reader.tables
        // The append-only triggers let the owner's maintenance through; nobody else can set
        // this to any effect (the grants), and it ends with the transaction.
        try db.execute("SET LOCAL servicecenter.maintenance = 'on'")
        // No desk writes into the target while it is filled and counted.
        let known = tables.filter { PostgresSchema.tables.contains($0) || PostgresSchema.laterTables.contains($0) || PostgresSchema.knowledgeTables.contains($0)
            || PostgresSchema.openHandoverTables.contains($0) || $0 == "database_identity" }
        try db.execute(PostgresQuery(unsafeSQL: "LOCK TABLE \(known.map { "\(schema).\($0)" }.joined(separator: ", ")) IN SHARE ROW EXCLUSIVE MODE"))
        for table in tables where table != "database_identity" {
            let rows = try db.value(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM (SELECT 1 FROM \(schema).\(table) LIMIT 1) AS t"), as: Int.self) ?? 0
            if rows > 0 {
                let all = try db.value(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(schema).\(table)"), as: Int.self) ?? rows
                throw Refusal.targetNotEmpty(table: table, rows: all)
            }
        }
        // The hour counts travel as they are: the trigger that keeps them would count every
        // copied contact again. Disabled only inside this transaction (ALTER is transactional).
        try db.execute(PostgresQuery(unsafeSQL: "ALTER TABLE \(schema).contact DISABLE TRIGGER contact_hour_count_insert"))
        // The open hand-overs are counted once the hand-overs are in (`countOpenHandovers`): one
        // transaction updating each count row for every hand-over it copies leaves a version of
        // the row per update, and the tables that many pages long for every later read.
        try db.execute(PostgresQuery(unsafeSQL: "ALTER TABLE \(schema).handover DISABLE TRIGGER open_handover_counts"))
        var counts: [TableCount] = []
        for table in tables {
            let target = try columns(of: table, db: db)
            let sourceColumns = try reader.columns(of: table)
            var chosen: [Column] = []
            for name in sourceColumns {
                guard let column = target.first(where: { $0.name == name }) else { throw Refusal.unknownColumn(table: table, column: name) }
                chosen.append(column)
            }
            if table == "database_identity" {
                // The database's token is the site's: Message-IDs already sent go on matching.
                try reader.rows(of: table, batchSize: 1) { rows in
                    guard let row = rows.first, let index = sourceColumns.firstIndex(of: "token"), case .text(let token) = row[index] else { return }
                    try db.execute("UPDATE servicecenter.database_identity SET token = \(token) WHERE id = 1")
                }
            } else {
                let dayIndex = table == "contact" ? sourceColumns.firstIndex(of: "local_date") : nil
                let perStatement = max(1, min(batchSize, maximumBinds / max(chosen.count, 1)))
                let overriding = chosen.contains(where: \.isIdentity) ? " OVERRIDING SYSTEM VALUE" : ""
                // The statement's text depends only on how many rows it carries: made once for
                // the full batches, and once more for the last.
                var statements: [Int: String] = [:]
                func statement(rows: Int) -> String {
                    if let made = statements[rows] { return made }
                    var tuples: [String] = []
                    tuples.reserveCapacity(rows)
                    var number = 0
                    for _ in 0..<rows {
                        // Cast each one: a column of NULLs alone would otherwise be taken for text.
                        tuples.append("(" + chosen.map { column in
                            number += 1
                            return "$\(number)::\(column.type)"
                        }.joined(separator: ",") + ")")
                    }
                    let made = "INSERT INTO \(schema).\(table) (\(chosen.map { "\"\($0.name)\"" }.joined(separator: ", ")))\(overriding) VALUES "
                        + tuples.joined(separator: ",")
                    statements[rows] = made
                    return made
                }
                try reader.rows(of: table, batchSize: perStatement) { rows in
                    var bindings = PostgresBindings(capacity: rows.count * chosen.count)
                    for row in rows {
                        for index in chosen.indices {
                            try bind(row[index], as: chosen[index], table: table, into: &bindings)
                        }
                        if let dayIndex, case .text(let text) = row[dayIndex], let day = LocalDay(text), lastDay.map({ day > $0 }) ?? true {
                            lastDay = day
                        }
                    }
                    try db.execute(PostgresQuery(unsafeSQL: statement(rows: rows.count), binds: bindings))
                }
                // New rows continue after the highest copied id, as SQLite's would.
                for column in chosen where column.isIdentity {
                    try db.execute(PostgresQuery(unsafeSQL: """
                        SELECT setval(pg_get_serial_sequence('\(schema).\(table)', '\(column.name)'),
                                      COALESCE(MAX("\(column.name)"), 1), MAX("\(column.name)") IS NOT NULL)
                        FROM \(schema).\(table)
                        """))
                }
            }
            let source = try reader.count(of: table)
            let copied = try db.value(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(schema).\(table)"), as: Int.self) ?? 0
            if source != copied { throw Refusal.countsDiffer(table: table, source: source, target: copied) }
            counts.append(TableCount(table: table, source: source, target: copied))
        }
        try db.execute(PostgresQuery(unsafeSQL: "ALTER TABLE \(schema).contact ENABLE TRIGGER contact_hour_count_insert"))
        try countOpenHandovers(db)
        try db.execute(PostgresQuery(unsafeSQL: "ALTER TABLE \(schema).handover ENABLE TRIGGER open_handover_counts"))
        return counts
    }

    /// The open hand-overs' counts (schema versions 5 and 6) of the copied hand-overs, counted
    /// in one statement each, as the trigger would have kept them.
    static func countOpenHandovers(_ db: PostgresSession) throws {
        try db.execute("""
            INSERT INTO servicecenter.open_handover_count (due_date, sector, open)
            SELECT due_date, sector, COUNT(*) FROM servicecenter.handover WHERE status != 'closed' GROUP BY due_date, sector
            """)
        try db.execute("""
            INSERT INTO servicecenter.open_handover_month (due_month, sector, open)
            SELECT due_month, sector, SUM(open) FROM (
                SELECT date_trunc('month', due_date)::date AS due_month, sector, open FROM servicecenter.open_handover_count
            ) kept GROUP BY due_month, sector
            """)
    }

    static func columns(of table: String, db: PostgresSession) throws -> [Column] {
        try db.query("""
            SELECT column_name::text, data_type::text, is_identity = 'YES'
            FROM information_schema.columns WHERE table_schema = \(PostgresSchema.name) AND table_name = \(table)
            ORDER BY ordinal_position
            """).map { row in
            let (name, type, identity) = try row.decode((String, String, Bool).self)
            return Column(name: name, type: type, isIdentity: identity)
        }
    }

    /// Binds one stored value as its target column's type: SQLite's text timestamps as
    /// instants, its text days as dates, its 0 and 1 as booleans.
    static func bind(_ value: SiteValue, as column: Column, table: String, into bindings: inout PostgresBindings) throws {
        func refused() -> Refusal {
            let shown: String
            switch value {
            case .null: shown = "NULL"
            case .integer(let number): shown = String(number)
            case .real(let number): shown = String(number)
            case .text(let text): shown = String(text.prefix(40))
            }
            return .badValue(table: table, column: column.name, value: shown)
        }
        if case .null = value {
            bindings.appendNull()
            return
        }
        switch column.type {
        case "timestamp with time zone":
            guard case .text(let text) = value, let date = Timestamp.parse(text) else { throw refused() }
            bindings.append(Instant(date))
        case "date":
            guard case .text(let text) = value, let day = LocalDay(text) else { throw refused() }
            bindings.append(day)
        case "boolean":
            guard case .integer(let number) = value, number == 0 || number == 1 else { throw refused() }
            bindings.append(number == 1)
        case "bigint", "integer", "smallint":
            switch value {
            case .integer(let number): bindings.append(number)
            case .real(let number) where number.rounded() == number && abs(number) < 9e18: bindings.append(Int64(number))
            case .text(let text) where Int64(text) != nil: bindings.append(Int64(text)!)
            default: throw refused()
            }
        case "double precision", "real", "numeric":
            switch value {
            case .real(let number): bindings.append(number)
            case .integer(let number): bindings.append(Double(number))
            default: throw refused()
            }
        default:
            switch value {
            case .text(let text): bindings.append(text)
            case .integer(let number): bindings.append(String(number))
            case .real(let number): bindings.append(String(number))
            case .null: bindings.appendNull()
            }
        }
    }

    /// Where one day's statistics read differently from the two backends (empty when they agree):
    /// the contacts, queue calls and hand-over timelines compared as sets, since each backend
    /// may order rows of the same day differently.
    public static func differences(_ source: StatisticsInput, _ target: StatisticsInput) -> [String] {
        var found: [String] = []
        func compare<T: Hashable>(_ name: String, _ left: [T], _ right: [T]) {
            if left.count != right.count {
                found.append("\(name): \(left.count) against \(right.count)")
            } else if Set(left) != Set(right) {
                found.append("\(name): \(Set(left).subtracting(right).count) differ")
            }
        }
        compare("contacts", source.contacts, target.contacts)
        compare("queue calls", source.queueCalls, target.queueCalls)
        compare("hand-overs", source.handovers.timelines, target.handovers.timelines)
        compare("hand-overs open throughout", source.handovers.stillOpen, target.handovers.stillOpen)
        return found
    }
}
