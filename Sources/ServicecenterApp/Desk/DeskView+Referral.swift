import Foundation
import ServicecenterCore
import TerminalUI

extension DeskModel {
    /// The referral picker over the form: the keys, the search field, the destinations (or,
    /// after "annan", the field for where), drawn like the repeat picker.
    func drawReferralPicker(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        let picker = referralPicker
        let width = min(area.width - 4, 64)
        // As tall as the list needs and the screen gives ("Annan" last in view when it fits).
        let height = min(area.height, max(7, picker.matches.count + 5))
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box, style: theme[.normal])
        buffer.frame(box, title: text.referral.title, style: theme[.frame], titleStyle: theme[.label])
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let strings = text.referral
        buffer.write(picker.writingOther ? strings.otherHint : strings.hint, x: inner.x, y: inner.y, style: theme[.muted], limit: inner.width)
        let label = (picker.writingOther ? strings.otherLabel : strings.searchLabel) + " "
        let labelWidth = CharacterWidth.of(label)
        buffer.write(label, x: inner.x, y: inner.y + 1, style: theme[.label])
        buffer.textField(picker.writingOther ? picker.other : picker.query,
                         in: Rect(x: inner.x + labelWidth, y: inner.y + 1, width: inner.width - labelWidth, height: 1),
                         style: theme[.fieldFocused], focused: true)
        let listArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        guard !picker.matches.isEmpty else {
            buffer.write(strings.noMatch, x: listArea.x, y: listArea.y, style: theme[.muted], limit: listArea.width)
            return
        }
        buffer.markedList(picker.matches.map(\.name), selected: picker.selection, in: listArea, style: theme[.normal],
                          selectedStyle: picker.writingOther ? theme[.fieldFocused] : theme[.selection], signStyle: theme[.muted])
    }
}
