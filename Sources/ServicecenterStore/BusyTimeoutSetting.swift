/// The busy timeout as `SERVICECENTER_BUSY_TIMEOUT_MS` gives it: whole milliseconds in
/// `SQLiteStore.busyTimeoutRange`, or a refusal naming the value. Before, a value near Int.max
/// crashed the program and `inf`, `-1`, `1e3` or `abc` were silently replaced by the default,
/// so an operator never learned the setting had no effect.
public enum BusyTimeoutSetting {
    /// The environment variable's name.
    public static let variable = "SERVICECENTER_BUSY_TIMEOUT_MS"

    /// Why a value was refused.
    public struct Refusal: Error, Equatable, Sendable {
        /// The value as it was set.
        public let value: String
        /// The accepted milliseconds.
        public let range: ClosedRange<Int>
    }

    /// The milliseconds `raw` sets: the default when unset or empty (an empty variable is how a
    /// shell unsets it for one command), the value when it is only decimal digits within the
    /// range, otherwise a refusal. Digits only, so that `1e3`, `+5` or ` 5` are not guessed at.
    public static func milliseconds(_ raw: String?) -> Result<Int, Refusal> {
        guard let raw, !raw.isEmpty else { return .success(SQLiteStore.defaultBusyTimeoutMilliseconds) }
        let refusal = Refusal(value: raw, range: SQLiteStore.busyTimeoutRange)
        guard raw.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let value = Int(raw), SQLiteStore.busyTimeoutRange.contains(value)
        else { return .failure(refusal) }
        return .success(value)
    }
}
