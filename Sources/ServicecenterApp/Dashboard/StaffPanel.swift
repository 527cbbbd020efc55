import TerminalUI

/// Who is working and how: per person their name, status (coloured), how long they have been
/// in it (right-aligned, so the minutes line up) and where (station or channel); one row each
/// under the title, as many as fit, and when not all do, the last row says how many more there are.
struct StaffPanel: Widget {
    /// One person's row.
    struct Person {
        var name: String
        var status: String
        var statusStyle: Style
        var duration: String
        var place: String
    }

    var title: String
    var nobody: String
    var people: [Person]
    /// "3 till": the row that stands for the people who do not fit.
    var notShown: (Int) -> String
    /// The width of the longest status word, so the durations after it line up.
    var statusWidth: Int
    var titleStyle: Style
    var nameStyle: Style
    var mutedStyle: Style

    func render(into buffer: inout Buffer, area: Rect) {
        let rows = area.split(.vertical([.length(1)] + people.map { _ in .length(1) }))
        buffer.render(Label(title, style: titleStyle), in: rows[0])
        if people.isEmpty { buffer.render(Label(nobody, style: mutedStyle), in: area.row(1).inset(right: 2)) }
        let room = max(0, area.height - 1)
        let shown = people.count > room ? people.prefix(max(0, room - 1)) : people[...]
        if shown.count < people.count, room > 0 {
            buffer.render(Label(notShown(people.count - shown.count), style: mutedStyle), in: area.row(room).inset(right: 2))
        }
        let nameWidth = min(18, area.width * 3 / 10)
        for (person, row) in zip(shown, rows.dropFirst()) {
            let durationWidth = max(5, buffer.displayWidth(of: person.duration))
            // The place keeps the panel's last column free. Name, status and duration keep their
            // widths even where the panel is narrower than they are (English on 60 columns): the
            // duration then reaches into the gap beside the panel rather than being cut.
            let fixed = nameWidth + statusWidth + durationWidth + 3
            let line = Rect(x: row.x, y: row.y, width: max(row.width - 1, fixed), height: row.height)
            let cells = line.split(.horizontal([.length(nameWidth), .length(statusWidth), .length(durationWidth), .fill], spacing: 1))
            buffer.render(Label(person.name, style: nameStyle), in: cells[0])
            buffer.render(Label(person.status, style: person.statusStyle), in: cells[1])
            buffer.render(Label(person.duration, style: mutedStyle, alignment: .trailing), in: cells[2])
            buffer.render(Label(person.place, style: mutedStyle), in: cells[3])
        }
    }
}
