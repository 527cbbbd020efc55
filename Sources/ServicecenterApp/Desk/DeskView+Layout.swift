import Foundation
import ServicecenterCore
import TerminalUI

/// Where each part of the desk goes for the model's size: worked out in one place, so the view
/// draws there and the key handling scrolls exactly what the view shows.
struct DeskLayout {
    var title: Rect
    /// The incident banners: every active incident, each wrapped.
    var banners: Rect
    var today: Rect
    /// The state's own area: the form and the recent list, the station chooser, the hand-overs.
    var middle: Rect
    /// The notice above the key hints, as many rows as it needs (up to three).
    var notice: Rect
    var keyHints: Rect
    var form: Rect
    var recent: Rect
}

/// Where the rows of the contact form go, inside the form's frame.
struct FormLayout {
    var inner: Rect
    var list: Rect
    /// The guidance text, right of its label; as tall as the guidance needs and the form can spare.
    var guidance: Rect
    var eservice: Rect
    /// The row of the outcome choices; the reason, digital help and note rows follow it.
    var outcomeY: Int
}

extension DeskModel {
    /// The most rows a notice may take before it scrolls off (it is one sentence or two).
    static let noticeRowLimit = 3

    /// Rows the screen has beyond the desk's minimum, for banners and notices to grow into.
    var spareRows: Int { max(0, size.height - Self.minimumSize.height) }

    /// Rows the recent list may give up when banners and the notice need more than the spare
    /// rows: all of its minimum, since what the guide reads out outranks their own list (the
    /// today line still counts the contacts). Beside the form (120 columns and wider) it gives none.
    var borrowableRows: Int { size.width >= 120 ? 0 : 3 }

    func layout(ascii: Bool) -> DeskLayout {
        let (title, afterTitle) = Rect(size: size).splitTop(1)
        // The notice first, then the banners, take their extra rows from what the screen has
        // beyond the minimum, then from the recent list, so the form always keeps its rows.
        let wanted = notice.map { WrappedText($0.text, width: size.width - 2, ascii: ascii).lines.count } ?? 1
        // A forwarded contact's own rows come out of the same spare and borrowable rows, first.
        let extra = max(0, spareRows + borrowableRows - rowsForwardingTakes(ascii: ascii))
        let noticeRows = max(1, min(wanted, Self.noticeRowLimit, 1 + extra))
        let bannerHeight = min(bannerRows(ascii: ascii, noticeRows: noticeRows), 1 + extra - (noticeRows - 1))
        let borrowed = max(0, (bannerHeight - 1) + (noticeRows - 1) - spareRows)
        let (banners, rest) = afterTitle.splitTop(bannerHeight)
        let (today, body) = rest.splitTop(1)
        let (middle, bottom) = body.splitBottom(1 + noticeRows)
        let (noticeArea, keyHints) = bottom.splitBottom(1)
        let form: Rect, recent: Rect
        if size.width >= 120 {
            (form, recent) = middle.splitLeft(middle.width * 3 / 5)
        } else {
            let planned = max(3, min(8, (middle.height + borrowed) / 4))
            // A list frame with no row inside says nothing: it goes whole or keeps three rows.
            var recentRows = planned - borrowed >= 3 ? planned - borrowed : 0
            // A forwarded contact's own rows come before the list, as what is read out does.
            let short = forwarding ? minimumFormRows(width: middle.width, ascii: ascii) - (middle.height - recentRows) : 0
            if short > 0 { recentRows = recentRows - short >= 3 ? recentRows - short : 0 }
            (form, recent) = middle.splitBottom(recentRows)
        }
        return DeskLayout(title: title, banners: banners, today: today, middle: middle, notice: noticeArea, keyHints: keyHints,
                          form: form, recent: recent)
    }

    /// The rows of the contact form. The guidance gets every row it needs before the match list
    /// gets more than a few; what still does not fit scrolls (PgUp/PgDn).
    func formLayout(_ area: Rect, ascii: Bool) -> FormLayout {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
        // The reason row, and the hand-over's own rows.
        let forwarded = form?.resolution == .forwarded ? 1 + handoverRows(innerWidth: inner.width, spareRows: callbackSpareRows(inner: inner, ascii: ascii)) : 0
        let labelWidth = CharacterWidth.of(text.guidanceLabel) + 1
        let guidanceWidth = max(1, inner.width - labelWidth)
        let category = highlightedCategory
        let eserviceRows = category?.eservice.map {
            max(1, min(2, WrappedText($0, width: max(1, inner.width - CharacterWidth.of(text.eserviceLabel) - 1), ascii: ascii).lines.count))
        } ?? 1
        // Search row, e-service, outcome, (reason), digital help and note are fixed.
        let available = inner.height - 1 - eserviceRows - 3 - forwarded
        let listMinimum = focus == .search ? min(3, max(1, categoryList.matches.count)) : 1
        let needed = category.map { WrappedText(guidanceShown(for: $0), width: guidanceWidth, ascii: ascii).lines.count } ?? 2
        // Two guidance rows unless the screen is too short for them (a banner and a forwarded
        // contact at the minimum size): then one, scrolled, rather than a row over the frame.
        let guidanceRows = max(available - listMinimum >= 2 ? 2 : 1, min(needed, available - listMinimum))
        let listHeight = max(1, available - guidanceRows)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: listHeight)
        let guidance = Rect(x: inner.x + labelWidth, y: list.maxY, width: guidanceWidth, height: guidanceRows)
        let eserviceX = inner.x + CharacterWidth.of(text.eserviceLabel) + 1
        let eservice = Rect(x: eserviceX, y: guidance.maxY, width: inner.maxX - eserviceX, height: eserviceRows)
        return FormLayout(inner: inner, list: list, guidance: guidance, eservice: eservice, outcomeY: eservice.maxY)
    }

    /// Rows the form has beyond the least it needs with the call-back fields on one row (one
    /// list row, one guidance row): what their own rows may take.
    func callbackSpareRows(inner: Rect, ascii: Bool) -> Int {
        let eserviceRows = highlightedCategory?.eservice.map {
            max(1, min(2, WrappedText($0, width: max(1, inner.width - CharacterWidth.of(text.eserviceLabel) - 1), ascii: ascii).lines.count))
        } ?? 1
        // Search, e-service, outcome, digital help, note, reason, where-to, matter, one call-back row, list, guidance.
        return inner.height - (1 + eserviceRows + 3 + 1 + 3 + 2)
    }

    /// Rows a forwarded contact's form needs beyond what the layout gives a form on this screen,
    /// taken from the recent list before a notice or a banner may borrow them (narrow screens).
    func rowsForwardingTakes(ascii: Bool) -> Int {
        guard forwarding, size.width < 120 else { return 0 }
        let middle = size.height - 4
        let planned = max(3, min(8, middle / 4))
        return max(0, minimumFormRows(width: size.width, ascii: ascii) - (middle - planned))
    }

    /// The fewest rows the form's frame needs to show every row of the open form: what the
    /// guidance and the match list need beyond their least scrolls.
    func minimumFormRows(width: Int, ascii: Bool) -> Int {
        let innerWidth = width - 4
        let eserviceRows = highlightedCategory?.eservice.map {
            max(1, min(2, WrappedText($0, width: max(1, innerWidth - CharacterWidth.of(text.eserviceLabel) - 1), ascii: ascii).lines.count))
        } ?? 1
        let forwarded = forwarding ? 1 + handoverRows(innerWidth: innerWidth) : 0
        // Frame, search, list, two guidance rows, e-service, outcome, (reason and hand-over), digital help, note.
        return 2 + 1 + 1 + 2 + eserviceRows + 1 + forwarded + 2
    }

    /// The guidance as it stands on screen now: its text laid out for its area and scrolled as
    /// far as the guide scrolled it; nil when no category is highlighted or no form is shown.
    func guidanceOnScreen(ascii: Bool) -> (area: Rect, text: ScrollingText)? {
        guard form != nil, let category = highlightedCategory,
              [Focus.search, .outcome, .reason, .note, .forwarding].contains(focus), size.width >= Self.minimumSize.width,
              size.height >= Self.minimumSize.height
        else { return nil }
        let area = formLayout(layout(ascii: ascii).form, ascii: ascii).guidance
        let offset = guidanceScroll.offset(for: category.id, in: form?.startedAt)
        return (area, ScrollingText(guidanceShown(for: category), width: area.width, height: area.height, offset: offset, ascii: ascii))
    }
}
