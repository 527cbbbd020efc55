import Foundation
import ServicecenterCore

// What every benchmark here does the same way: time a body, take percentiles of many runs,
// and run the built program as cron or a user would.

/// How long `body` takes, in seconds, on the monotonic clock.
public func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Milliseconds over many runs, read as percentiles the way the statistics read them
/// (linear interpolation, as a spreadsheet's PERCENTILE.INC).
public struct Timing {
    public let sorted: [Double]

    /// Runs `body` `warmUp` times untimed, then `runs` times timed.
    public init(runs: Int, warmUp: Int, _ body: () throws -> Void) rethrows {
        for _ in 0..<warmUp { try body() }
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs { samples.append(try seconds(body) * 1000) }
        sorted = samples.sorted()
    }

    public func percentile(_ rank: Double) -> Double { Distribution.percentile(rank, ofSorted: sorted)! }
    public var median: Double { percentile(50) }
    public var p90: Double { percentile(90) }
    public var p99: Double { percentile(99) }
}

/// Runs a program with its output discarded and returns its wait status. posix_spawn and a
/// blocking waitpid: Foundation's Process noticed a child's exit up to 70 ms late here.
/// Without `environment`, the child gets this process's.
public func runQuietly(_ program: String, _ arguments: [String], environment: [String]? = nil) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { $0.map { strdup($0) } + [nil] }
    defer { (argv + (envp ?? [])).forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = envp.map { posix_spawn(&pid, program, &actions, nil, argv, $0) }
        ?? posix_spawn(&pid, program, &actions, nil, argv, environ)
    guard spawned == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    return status
}
