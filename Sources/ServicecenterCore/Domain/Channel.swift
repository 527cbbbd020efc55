/// Kanal: the way a citizen reached the servicecenter.
public enum Channel: String, CaseIterable, Codable, Sendable, Comparable {
    /// Besök: at the desk in the visitor hall.
    case visit
    /// Telefon.
    case phone
    /// Teckenspråk: by video relay or at the desk.
    case signLanguage = "sign_language"
    /// Digitalt: e-mail, chat or help with an e-service.
    case digital

    /// Fixed display order: the order the award report and the dashboard use.
    public static func < (lhs: Channel, rhs: Channel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The medium of a digital contact; only digital contacts carry one.
public enum DigitalMedium: String, CaseIterable, Codable, Sendable {
    case email
    case chat
    case eservice
}
