import Foundation
import TerminalUI

/// A screen as the one program loop runs it (Bubble Tea's `Model`): `start` (its `Init`: the
/// start-up reads, as effects), `update` (pure: a message in, effects out) and `view`. Its
/// effects are run by an `EffectHandler`, whose results come back as messages.
public protocol ProgramScreen {
    associatedtype Message
    associatedtype Effect

    /// The size the screen was last drawn for: the loop tells it when the terminal's differs.
    var size: Size { get }
    /// Whether something on screen counts seconds; otherwise only the HH:MM clock moves.
    var showsRunningTime: Bool { get }
    /// The glyph set the screen is drawn with, so it measures text as it will be drawn.
    var glyphs: Glyphs { get set }

    /// The effects that start the screen: what it must read before its first picture.
    mutating func start() -> [Effect]
    /// Applies one message and returns the effects to run. Pure: no clock, store or terminal.
    mutating func update(_ message: Message) -> [Effect]
    func view(theme: Theme, glyphs: Glyphs?) -> Buffer
    /// The screen's own message for what the loop learned, or nil when the screen ignores it.
    static func message(for event: ProgramEvent) -> Message?
}

/// Runs a screen's effects against the world (the store, the clock) and words what happened
/// as the screen's messages. The only place a screen's side effects happen.
public protocol EffectHandler<Screen>: AnyObject {
    associatedtype Screen: ProgramScreen
    /// Runs `effect`; `screen` is the screen as it is now, for what the effect leaves implicit
    /// (who is signed in, which station).
    func perform(_ effect: Screen.Effect, for screen: Screen) -> EffectResult<Screen.Message>
}

/// What running one effect gave back to the loop.
public enum EffectResult<Message> {
    /// Nothing to tell the screen.
    case done
    /// What happened, for the screen's `update`.
    case message(Message)
    /// A read failed (the database briefly locked, say): the screen is told when there is
    /// something to tell, and the loop counts the store as changed at its next look, so the
    /// read is tried again then rather than only after the next change elsewhere.
    case readFailed(Message?)
    /// The screen asked to end.
    case quit
}

extension EffectResult {
    /// The same result, its message wrapped for an enclosing screen.
    func map<Wrapped>(_ wrap: (Message) -> Wrapped) -> EffectResult<Wrapped> {
        switch self {
        case .done: .done
        case .message(let message): .message(wrap(message))
        case .readFailed(let message): .readFailed(message.map(wrap))
        case .quit: .quit
        }
    }
}
