import Foundation

/// The places in the visitor hall a ticket can be called to: visitor desks "Disk 1" … "Disk N"
/// (`[site] visit_desks`) and the sign-language station, the same ones the desk offers at the
/// start of a shift. A station typed anywhere else (`queue next --station "Disk 9"`) is held to
/// them, so a typo cannot send a visitor to a desk that does not exist.
public struct HallStations: Sendable {
    /// Visitor desks when the configuration does not say: the desks of the shipped hall.
    public static let defaultVisitDesks = 4
    /// The most desks a site may configure (`config check` refuses more).
    public static let visitDeskLimit = 1...99

    public var visitDesks: Int

    public init(visitDesks: Int) { self.visitDesks = visitDesks }

    /// The stations by the names a visitor is told, desks first.
    public var names: [String] { (1...max(1, visitDesks)).map { "Disk \($0)" } + ["Teckenspråk"] }

    /// The station `typed` names, by its name in `names`: case, spacing and the desk screen's
    /// longer names ("Besök disk 2", "Visit desk 2", "Sign language") are all accepted; nil
    /// when it names none.
    public func station(named typed: String) -> String? {
        let words = typed.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        switch words {
        case ["teckenspråk"], ["sign", "language"]: return "Teckenspråk"
        default: break
        }
        var rest = words[...]
        if rest.first == "besök" || rest.first == "visit" { rest = rest.dropFirst() }
        guard rest.count == 2, rest.first == "disk" || rest.first == "desk",
              let last = rest.last, last.allSatisfy(\.isASCII), let desk = Int(last), (1...max(1, visitDesks)).contains(desk)
        else { return nil }
        return "Disk \(desk)"
    }
}
