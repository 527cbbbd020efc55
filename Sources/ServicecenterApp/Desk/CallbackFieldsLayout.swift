import Foundation
import ServicecenterCore
import TerminalUI

/// Where the call-back fields (phone, e-mail, time) stand on the form. A guide reads the number
/// and the address back to the citizen from the screen, so each field is as wide as the longest
/// plausible value: side by side when the form is wide enough, else phone and time on one row
/// and the e-mail on its own (two rows when a long address, not being typed, needs them).
struct CallbackFieldsLayout {
    /// A phone number of 15 digits with a "+" and spaces between groups ("+46 70 123 45 67 89"),
    /// and the column for the cursor.
    static let phoneWidth = 22
    static let timeWidth = 16
    /// The least an e-mail field gets side by side: a short address, whole.
    static let emailMinimum = 24

    let phoneWidth: Int
    let emailWidth: Int
    let timeWidth: Int
    let sideBySide: Bool
    /// Rows the e-mail takes when on its own row: 2 when the address is longer than the row and
    /// the form has the row to spare.
    let emailRows: Int

    /// The call-back rows below the matter.
    var rows: Int { sideBySide ? 1 : 1 + emailRows }

    /// - Parameter spareRows: rows the form has beyond its least with the fields on one row; when
    ///   their own rows do not fit (70×18 with a banner) they share one, each field marking with
    ///   "…" what it cannot show.
    init(_ model: DeskModel, innerWidth: Int, spareRows: Int) {
        let words = model.text.forwarding
        let label = { (field: HandoverField) in CharacterWidth.of(words.label(field)) + 1 }
        // What is typed counts too: a longer entry (it is checked on save) widens its field.
        let phoneNeed = max(Self.phoneWidth, CharacterWidth.of(model.handover.phone.text) + 1)
        let emailNeed = max(Self.emailMinimum, CharacterWidth.of(model.handover.email.text) + 1)
        let together = label(.phone) + phoneNeed + 2 + label(.email) + emailNeed + 2 + label(.time) + Self.timeWidth
        let ownRows = emailNeed <= innerWidth - label(.email) ? 1 : 2
        // Own rows when the form has them; one e-mail row (a longer address marked "…") when it
        // has one; else all three share a row.
        let compact = together > innerWidth && spareRows < 1
        sideBySide = together <= innerWidth || compact
        emailRows = sideBySide ? 1 : min(ownRows, spareRows)
        if compact {
            // Shared among the three as before: the phone a third, the time a quarter.
            let room = max(3, innerWidth - label(.phone) - label(.email) - label(.time) - 4)
            phoneWidth = min(Self.phoneWidth, max(8, room * 35 / 100))
            emailWidth = max(1, room - phoneWidth - min(Self.timeWidth, max(6, room / 4)))
            timeWidth = min(Self.timeWidth, max(6, room / 4))
        } else {
            phoneWidth = min(phoneNeed, max(1, innerWidth - label(.phone)))
            emailWidth = sideBySide ? innerWidth - (label(.phone) + phoneNeed + 2 + label(.email) + 2 + label(.time) + Self.timeWidth) : max(1, innerWidth - label(.email))
            timeWidth = Self.timeWidth
        }
    }
}
