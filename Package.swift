// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Servicecenter",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "servicecenter", targets: ["servicecenter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // The domain: pure Swift over Foundation, no I/O beyond what callers hand it.
        .target(name: "ServicecenterCore"),
        // Reads the TOML files in Config/ into the core's configuration model.
        .target(
            name: "ServicecenterConfigFiles",
            dependencies: ["ServicecenterCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The one SQLite setting Swift cannot make (sqlite3_db_config is variadic): a clean
        // close leaves the write-ahead log, so a save costs one sync (see SQLiteStore).
        .target(name: "CSQLiteClose", linkerSettings: [.linkedLibrary("sqlite3")]),
        // Persistence: SQLite through GRDB. SQL stays inside this module.
        .target(
            name: "ServicecenterStore",
            dependencies: [
                "ServicecenterCore", "CSQLiteClose", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for reads too large to go through GRDB's rows (RawRows).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Persistence past one host: the same contract on PostgreSQL through postgres-nio.
        // SQL for PostgreSQL stays inside this module.
        .target(
            name: "ServicecenterPostgres",
            dependencies: ["ServicecenterCore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        // Pure terminal vocabulary: buffer, cells, styles, keys, widgets. Foundation only.
        .target(name: "TerminalUI"),
        // libncursesw through a shim header (see DESIGN.md for why each wrapper exists).
        // No pkgConfig: SwiftPM would drop its -D flags with a warning; the shim defines what it needs.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The one terminal backend: Buffer to ncurses calls, ncurses input to Keys.
        .target(name: "NcursesTerminal", dependencies: ["TerminalUI", "CNcursesw"]),
        // The screens as Model / Msg / update / view, and the runner that talks to the store
        // contract (never to a concrete backend).
        .target(
            name: "ServicecenterApp",
            dependencies: ["ServicecenterCore", "TerminalUI"]
        ),
        // The command line: thin wiring over the libraries.
        .executableTarget(
            name: "servicecenter",
            dependencies: [
                "ServicecenterCore",
                "ServicecenterConfigFiles",
                "ServicecenterStore",
                "ServicecenterPostgres",
                "ServicecenterApp",
                "NcursesTerminal",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A release-mode harness for the desk's key → screen path (see docs/performance.md).
        .executableTarget(
            name: "desk-benchmark",
            dependencies: ["BenchmarkSupport", "ServicecenterApp", "ServicecenterConfigFiles", "ServicecenterCore",
                           "NcursesTerminal", "TerminalUI"],
            path: "Benchmarks/DeskBenchmark"
        ),
        // Timing, percentiles and running the built program, for every benchmark below.
        .target(name: "BenchmarkSupport", dependencies: ["ServicecenterCore", "ServicecenterStore", "ServicecenterPostgres"], path: "Benchmarks/Support"),
        // The dashboard's refresh on a 5-million-contact database (see docs/performance.md).
        .executableTarget(
            name: "dashboard-benchmark",
            dependencies: ["BenchmarkSupport", "ServicecenterApp", "ServicecenterConfigFiles", "ServicecenterCore", "TerminalUI",
                           .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            path: "Benchmarks/DashboardBenchmark"
        ),
        // The nightly dump for one day and a year of about 600,000 contacts (see docs/performance.md).
        .executableTarget(
            name: "dump-benchmark",
            dependencies: ["BenchmarkSupport", "ServicecenterConfigFiles", "ServicecenterCore",
                           .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/DumpBenchmark"
        ),
        // Importing a million JSON Lines contacts against a raw SQLite insert (see docs/performance.md).
        .executableTarget(
            name: "import-benchmark",
            dependencies: ["BenchmarkSupport", "ServicecenterConfigFiles", "ServicecenterCore",
                           .product(name: "GRDBSQLite", package: "GRDB.swift")],
            path: "Benchmarks/ImportBenchmark"
        ),
        // Each command's time and memory on sites of 10,000 to millions of contacts (see docs/performance.md).
        .executableTarget(
            name: "scale-benchmark",
            dependencies: ["BenchmarkSupport", "ServicecenterConfigFiles", "ServicecenterCore",
                           .product(name: "GRDBSQLite", package: "GRDB.swift")],
            path: "Benchmarks/ScaleBenchmark"
        ),
        // The store on PostgreSQL beside its floors (postgres-nio, pgbench) and beside SQLite.
        .executableTarget(
            name: "postgres-benchmark",
            dependencies: ["BenchmarkSupport", "ServicecenterConfigFiles", "ServicecenterCore", "ServicecenterPostgres",
                           .product(name: "PostgresNIO", package: "postgres-nio")],
            path: "Benchmarks/PostgresBenchmark"
        ),
        // Reading the configuration with up to 100,000 categories (see docs/performance.md).
        .executableTarget(
            name: "config-benchmark",
            dependencies: ["BenchmarkSupport", "ServicecenterConfigFiles", "ServicecenterCore", .product(name: "TOMLKit", package: "TOMLKit")],
            path: "Benchmarks/ConfigBenchmark"
        ),
        // Fifty processes saving at once against one database (see docs/performance.md).
        .executableTarget(
            name: "concurrency-check",
            dependencies: ["BenchmarkSupport", "ServicecenterConfigFiles", "ServicecenterCore",
                           .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/ConcurrencyCheck"
        ),
        // A day's staffing plan on a year of history against a bare query (see docs/performance.md).
        .executableTarget(
            name: "staffing-benchmark",
            dependencies: ["BenchmarkSupport", "ServicecenterConfigFiles", "ServicecenterCore",
                           .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/StaffingBenchmark"
        ),
        // What several test targets share (a test target cannot import another): temporary
        // folders, and running a program with its output and exit status.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ServicecenterCoreTests", dependencies: ["ServicecenterCore"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "ServicecenterAppTests",
            dependencies: [
                "ServicecenterApp", "ServicecenterCore", "ServicecenterStore", "TerminalUI", "TestSupport",
                // The shipped Config/, for tests that draw every category's guidance.
                "ServicecenterConfigFiles",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalUI"]),
        .testTarget(
            name: "ServicecenterConfigFilesTests",
            dependencies: ["ServicecenterConfigFiles", "ServicecenterCore", "TestSupport"]
        ),
        .testTarget(
            name: "ServicecenterStoreTests",
            dependencies: [
                "ServicecenterStore", "ServicecenterPostgres", "ServicecenterCore", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // The command line's own pieces (its strings tables), reached with @testable, no binary run.
        .testTarget(name: "servicecenterTests", dependencies: ["servicecenter", "ServicecenterCore"]),
        // Drives the built binary as a user would; depending on it makes `swift test` build it.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["servicecenter", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
