import ServicecenterCore

/// Where a guide works this shift: a channel, and for visits which desk (disk 1–N).
public struct Station: Hashable, Sendable, Codable {
    public var channel: Channel
    public var desk: Int?

    public init(channel: Channel, desk: Int? = nil) {
        self.channel = channel
        self.desk = channel == .visit ? desk : nil
    }

    /// As the store keeps it: "phone", "visit:2".
    public var storedValue: String { desk.map { "\(channel.rawValue):\($0)" } ?? channel.rawValue }

    public init?(storedValue: String) {
        let parts = storedValue.split(separator: ":")
        guard let channel = parts.first.flatMap({ Channel(rawValue: String($0)) }) else { return nil }
        self.init(channel: channel, desk: parts.count > 1 ? Int(parts[1]) : nil)
    }

    /// The stations offered at the start of a shift: phone, each visitor desk, sign language, digital.
    public static func all(visitDesks: Int) -> [Station] {
        [Station(channel: .phone)] + (1...max(1, visitDesks)).map { Station(channel: .visit, desk: $0) }
            + [Station(channel: .signLanguage), Station(channel: .digital)]
    }
}
