import TerminalUI

/// The box a supervisor starts an incident in, centred over the area: a title field and a
/// message field, each under its label, and a hint saying how to send or cancel.
struct IncidentForm: Widget {
    var heading: String
    var titleLabel: String
    var title: TextInput
    var messageLabel: String
    var message: TextInput
    var hint: String
    /// Which field has the keyboard: the title (true) or the message (false).
    var typingTitle: Bool
    var styles: (box: Style, frame: Style, label: Style, field: Style, focused: Style, muted: Style)

    func render(into buffer: inout Buffer, area: Rect) {
        let box = area.centered(width: min(area.width - 4, 76), height: 8)
        buffer.render(Fill(styles.box), in: box)
        buffer.render(Frame(title: heading, style: styles.frame, titleStyle: styles.label), in: box)
        let rows = box.inner.inset(horizontal: 1).split(.vertical(Array(repeating: .length(1), count: 6)))
        buffer.render(Label(titleLabel, style: styles.label), in: rows[0])
        buffer.render(TextField(title, style: typingTitle ? styles.focused : styles.field, focused: typingTitle), in: rows[1])
        buffer.render(Label(messageLabel, style: styles.label), in: rows[2])
        buffer.render(TextField(message, style: typingTitle ? styles.field : styles.focused, focused: !typingTitle), in: rows[3])
        buffer.render(Label(hint, style: styles.muted), in: rows[5])
    }
}
