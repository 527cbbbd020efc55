import Foundation
import ServicecenterCore
import TerminalUI

/// One of a forwarded contact's own fields at the desk, in the order Tab and Enter walk them:
/// the matter first (it is required), then how the sector reaches the citizen.
public enum HandoverField: Int, CaseIterable, Hashable, Sendable {
    /// Ärendebeskrivning: what the citizen wants decided or answered.
    case matter
    case phone
    case email
    /// When the citizen prefers to be called ("förmiddag").
    case time

    /// The field after this one; nil after the last (back to the outcome).
    var next: HandoverField? { HandoverField(rawValue: rawValue + 1) }
    /// The field before this one; nil before the first (back to the outcome).
    var previous: HandoverField? { HandoverField(rawValue: rawValue - 1) }
}

/// What the desk holds while a contact is forwarded: the text fields of the hand-over, the
/// sector search (^G), and, once saved, the hand-over whose sentence is read to the citizen.
public struct HandoverEntry: Sendable {
    /// The core's limits, so the field never takes what the save would refuse as too long.
    public static let matterLimit = ContactValidator.matterLimit
    /// Room for a number written with spaces and a country code: what is typed is checked on
    /// save (`CallbackValidation.phone`), so the field only bounds it.
    public static let phoneLimit = 30
    public static let emailLimit = CallbackValidation.emailLimit
    public static let timeLimit = CallbackValidation.preferredTimeLimit

    /// The field with the keyboard while the focus is `.forwarding`.
    public var field: HandoverField = .matter
    public var matter = TextInput(limit: HandoverEntry.matterLimit)
    public var phone = TextInput(limit: HandoverEntry.phoneLimit)
    public var email = TextInput(limit: HandoverEntry.emailLimit)
    public var time = TextInput(limit: HandoverEntry.timeLimit)

    /// The hand-over the last save made, shown with its sentence until the next contact starts.
    public var made: Handover?
    /// The contact whose hand-over is awaited from the store (asked for after its save).
    public var awaitedContact: Int64?

    public init() {}

    public subscript(field: HandoverField) -> TextInput {
        get {
            switch field {
            case .matter: matter
            case .phone: phone
            case .email: email
            case .time: time
            }
        }
        set {
            switch field {
            case .matter: matter = newValue
            case .phone: phone = newValue
            case .email: email = newValue
            case .time: time = newValue
            }
        }
    }

    /// The fields as the form holds them (nil for an empty field).
    mutating func load(from form: ContactForm) {
        matter.set(form.matter ?? "")
        phone.set(form.callbackPhone ?? "")
        email.set(form.callbackEmail ?? "")
        time.set(form.callbackTime ?? "")
        field = .matter
    }

    /// Empties the fields for the next contact (the sentence stays until then).
    mutating func clearFields() {
        for field in HandoverField.allCases { self[field].set("") }
        field = .matter
    }
}

extension ContactForm {
    /// The form's value for one hand-over field; an empty text is kept as nil.
    subscript(field: HandoverField) -> String? {
        get {
            switch field {
            case .matter: matter
            case .phone: callbackPhone
            case .email: callbackEmail
            case .time: callbackTime
            }
        }
        set {
            let value = newValue?.isEmpty == true ? nil : newValue
            switch field {
            case .matter: matter = value
            case .phone: callbackPhone = value
            case .email: callbackEmail = value
            case .time: callbackTime = value
            }
        }
    }

    /// The sector a hand-over of this form goes to: the one chosen with ^G, else the category's.
    func handoverSector(in configuration: Configuration) -> String? {
        forwardTo ?? categoryID.flatMap(configuration.category)?.sector
    }
}

extension ContactForm {
    /// Whether the guide typed any of the hand-over's text or chose its sector: work that Esc
    /// at an empty search and a no-show must not throw away unasked.
    var holdsHandoverText: Bool {
        forwardTo != nil || HandoverField.allCases.contains { self[$0] != nil }
    }
}
