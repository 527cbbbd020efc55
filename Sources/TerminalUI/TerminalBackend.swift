/// A terminal the app can draw to and read keys from: ncurses in production, memory in tests.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Whether characters outside ASCII can be shown (a UTF-8 locale).
    var supportsUnicode: Bool { get }
    var supportsColor: Bool { get }
    /// Shows `buffer`, writing only what changed since the last call.
    func draw(_ buffer: Buffer)
    /// The next key, or nil when none came within `timeoutMilliseconds` (negative: wait).
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// True once reading keys has failed for good (the terminal is gone): a screen must then
    /// keep what was typed and end, not poll a dead terminal forever.
    var isLost: Bool { get }
    /// Rings the terminal's bell (an alert on the wallboard).
    func bell()
}

extension TerminalBackend {
    /// A terminal without a bell stays silent.
    public func bell() {}
}

/// An in-memory terminal for tests: keys go in, the last drawn buffer comes out.
public final class TestBackend: TerminalBackend {
    public var size: Size
    public var supportsUnicode = true
    public var supportsColor = true
    public private(set) var drawn: Buffer?
    public private(set) var drawCount = 0
    /// How many times the bell rang.
    public private(set) var bells = 0
    public var keys: [Key] = []
    /// Set by a test to play a terminal that went away (a closed SSH session).
    public var isLost = false
    /// Called with the timeout whenever a wait for a key finds none queued, so a test can let
    /// that much simulated time pass and leave a run loop idle for minutes in a moment.
    public var waited: ((_ timeoutMilliseconds: Int) -> Void)?

    public init(size: Size) { self.size = size }

    public func draw(_ buffer: Buffer) {
        drawn = buffer
        drawCount += 1
    }

    public func bell() { bells += 1 }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        if !keys.isEmpty { return keys.removeFirst() }
        waited?(timeoutMilliseconds)
        return nil
    }
}
