import Foundation

/// The e-mail a sector's mailbox receives for one hand-over event: an RFC 5322 message in
/// UTF-8 for the `sendmail -t` interface (recipients from the headers, lines ending in LF as
/// local submission expects; the MTA writes CRLF on the wire).
///
/// Headers carry only checked values (addresses from the configuration, a generated id), and
/// the subject is an RFC 2047 encoded word, so no text typed at the desk can add a header or a
/// recipient. The body is 8bit UTF-8, its lines wrapped at 76 columns (SMTP allows 998 octets),
/// and never a lone "." (which ends the message for a sendmail run without -i).
public struct HandoverMessage: Sendable {
    public var notice: HandoverNotice
    public var entry: OutboxEntry
    public var configuration: Configuration

    public init(notice: HandoverNotice, entry: OutboxEntry, configuration: Configuration) {
        self.notice = notice
        self.entry = entry
        self.configuration = configuration
    }

    /// The whole message, headers and body, dated `date` in the site's zone.
    public func text(date: Date) -> String {
        let strings = deliveryStrings(for: configuration.site.language)
        let handover = notice.handover
        let category = configuration.category(handover.category)?.name ?? handover.category
        var headers: [(String, String)] = [
            ("From", configuration.delivery.sender),
            ("To", entry.mailbox),
            ("Subject", Self.encodedWords(strings.subject(notice.event, id: handover.id, category: category, due: handover.dueDate))),
            ("Date", Self.rfc5322Date(date, zone: configuration.timeZone)),
            ("Message-ID", entry.messageID),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "8bit"),
            // RFC 3834: an automatic message; out-of-office replies must not answer it.
            ("Auto-Submitted", "auto-generated"),
        ]
        headers.append(("X-Servicecenter-Handover", String(handover.id)))
        let head = headers.map { "\($0.0): \($0.1)" }.joined(separator: "\n")
        return head + "\n\n" + body(strings).joined(separator: "\n") + "\n"
    }

    /// The body's lines, wrapped.
    func body(_ strings: any DeliveryStrings) -> [String] {
        let text = ServicecenterCore.strings(for: strings.language)
        let handover = notice.handover
        let sector = configuration.sector(handover.sector)?.name ?? handover.sector
        let category = configuration.category(handover.category)?.name ?? handover.category
        var lines = Self.paragraph(strings.heading(notice.event, site: configuration.site.name), indent: "") + [""]
        let labelled: [(String, String)] = [
            (strings.referenceLabel, String(handover.id)),
            (strings.sectorLabel, sector),
            (strings.categoryLabel, category),
            (strings.channelLabel, text.channel(handover.channel)),
            (strings.dueLabel, strings.day(handover.dueDate)),
            (strings.reasonLabel, text.forwardReason(handover.reason)),
        ]
        // One column for the values of the case's facts, of who forwarded it and of the event.
        let width = ([strings.forwardedByLabel, strings.reopenedLabel] + labelled.map(\.0)).map(\.count).max()! + 2
        lines += Self.aligned(labelled, width: width)
        lines += ["", strings.matterLabel + ":"]
        lines += Self.paragraph(handover.matter.flatMap { $0.isEmpty ? nil : $0 } ?? strings.noMatter, indent: "  ")
        lines += ["", strings.reachLabel + ":"]
        let reach = [
            (strings.phoneLabel, handover.callback?.phone), (strings.emailLabel, handover.callback?.email),
            (strings.preferredTimeLabel, handover.callback?.preferredTime),
        ].compactMap { label, value in value.flatMap { $0.isEmpty ? nil : (label, $0) } }
        lines += reach.isEmpty ? ["  " + strings.noCallback] : Self.aligned(reach).map { "  " + $0 }
        lines.append("")
        // "Forwarded by … at" is the hand-over's creation, whatever event this mail is about (as
        // `handovers show` says); a later event is its own line, with its own time and person.
        let forwarder = person(notice.forwardedBy)
        let when = Timestamp.localMinute(handover.createdAt, in: configuration.timeZone)
        lines += Self.aligned([(strings.forwardedByLabel, "\(forwarder), \(when)")], width: width)
        if notice.event == .reopened {
            let at = Timestamp.localMinute(notice.at, in: configuration.timeZone)
            lines += Self.aligned([(strings.reopenedLabel, strings.eventAt(at, by: person(notice.by)))], width: width)
        }
        if let note = notice.note, !note.isEmpty, notice.event != .created {
            lines += ["", strings.noteLabel + " (\(notice.by)):"]
            lines += Self.paragraph(note, indent: "  ")
        }
        lines += [""] + Self.paragraph(strings.footer(id: handover.id), indent: "")
        return lines.map(Self.safeLine)
    }

    /// An operator as "Name (user)", or the user name alone when the configuration no longer has them.
    func person(_ user: String) -> String {
        configuration.operator(user).map { "\($0.name) (\($0.user))" } ?? user
    }

    /// "Label:   value" lines with the values in one column.
    static func aligned(_ pairs: [(String, String)], width: Int? = nil) -> [String] {
        let width = width ?? (pairs.map { $0.0.count }.max() ?? 0) + 2
        return pairs.flatMap { label, value in
            let head = (label + ":").padding(toLength: width, withPad: " ", startingAt: 0)
            return paragraph(value, indent: String(repeating: " ", count: width), first: head)
        }
    }

    /// `text` wrapped at 76 columns with `indent` (the first line starting with `first` when
    /// given), its own line breaks kept and its control characters shown as pictures.
    static func paragraph(_ text: String, indent: String, first: String? = nil) -> [String] {
        var out: [String] = []
        var lead = first ?? indent
        for line in InertText.shownKeepingLines(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var current = lead
            var hasWord = false
            for word in line.split(separator: " ") {
                for piece in chunks(String(word), limit: 900) {
                    if hasWord, current.count + 1 + piece.count > 76 {
                        out.append(current)
                        current = indent
                        hasWord = false
                    }
                    current += (hasWord ? " " : "") + piece
                    hasWord = true
                }
            }
            out.append(current)
            lead = indent
        }
        return out
    }

    /// A word longer than `limit` UTF-8 bytes cut into pieces that are not.
    static func chunks(_ word: String, limit: Int) -> [String] {
        guard word.utf8.count > limit else { return [word] }
        var pieces: [String] = [], current = ""
        for character in word {
            if current.utf8.count + character.utf8.count > limit { pieces.append(current); current = "" }
            current.append(character)
        }
        return pieces + [current]
    }

    /// A body line as sent: trailing spaces dropped, and a lone "." doubled as SMTP's
    /// dot-stuffing would, so the sendmail interface never takes it for the end.
    static func safeLine(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line == "." ? ".." : line
    }

    /// `text` as RFC 2047 encoded words (UTF-8, base64) when it is not plain ASCII, each word
    /// at most 75 characters and cut only between characters, folded onto continuation lines.
    public static func encodedWords(_ text: String) -> String {
        let printable = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        if printable, text.count <= 70, !text.contains("=?") { return text }
        var words: [String] = [], chunk = ""
        for character in text {
            // 45 bytes make 60 base64 characters: with "=?utf-8?B?" and "?=" a word of 72.
            if chunk.utf8.count + character.utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?utf-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\n ")
    }

    /// RFC 5322's date: "Thu, 26 Nov 2026 10:15:00 +0100", in the site's zone, English names.
    public static func rfc5322Date(_ date: Date, zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
