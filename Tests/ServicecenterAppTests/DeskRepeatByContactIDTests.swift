import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 17, repeat picker: the list shows contact ids, so a typed number is a contact id too;
/// `#` and a number is a hand-over id, as the F7 list writes it.
@Suite("Desk: the repeat picker's typed number is a contact id")
struct DeskRepeatByContactIDTests {
    func atPicker(candidates: [Contact] = [DeskFixtures.contact(id: 12, minutesAgo: 30, category: "avfall")]) -> DeskModel {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter, .control("r"))
        model.update(.repeatCandidatesLoaded(candidates))
        return model
    }

    @Test("Typing an id the list shows links that contact at once, visibly")
    func listedID() {
        var model = atPicker()
        model.type("12")
        #expect(!model.press(.enter).contains(.lookUpContact(12)), "no look-up: the list holds it")
        #expect(model.form?.repeatOf == 12)
        #expect(model.focus == .outcome)
        #expect(model.notice?.text == "Kopplad som återkontakt till kontakt 12 (syns i formuläret; ^R tar bort).")
    }

    @Test("Typing 1 asks the store for contact 1, not hand-over 1; it links any earlier contact the store has")
    func otherContact() {
        var model = atPicker()
        model.type("1")
        #expect(model.press(.enter) == [.lookUpContact(1)])
        var colleagues = DeskFixtures.contact(id: 1, minutesAgo: 60 * 24 * 3)
        colleagues.operatorUser = "erik"
        model.update(.contactLookedUp(id: 1, colleagues))
        #expect(model.form?.repeatOf == 1)
        #expect(model.notice?.text == "Kopplad som återkontakt till kontakt 1 (syns i formuläret; ^R tar bort).")
    }

    @Test("An unknown contact id, or one that started after this contact, is told in the store's words and links nothing")
    func unknownOrLater() {
        var model = atPicker()
        model.type("1")
        model.press(.enter)
        model.update(.contactLookedUp(id: 1, nil))
        #expect(model.form?.repeatOf == nil)
        #expect(model.focus == .repeatLink)
        #expect(model.notice?.text == "Det finns ingen tidigare kontakt med id 1 att koppla återkontakten till.")
        model.update(.contactLookedUp(id: 1, DeskFixtures.contact(id: 1, minutesAgo: -30)))
        #expect(model.form?.repeatOf == nil, "a contact that starts later cannot be repeated")
    }

    @Test("# takes a hand-over id, only in front; letters only hint")
    func handoverPrefix() {
        var model = atPicker()
        model.type("#3")
        #expect(model.repeatPicker?.input.text == "#3")
        #expect(model.press(.enter) == [.lookUpHandover(3)])
        var again = atPicker()
        again.type("3#")
        #expect(again.repeatPicker?.input.text == "3")
        #expect(again.notice?.text == SwedishDeskSafetyStrings().keysHere(.repeatLink))
        #expect(again.notice?.text.contains("kontakt-id") == true)
    }
}
