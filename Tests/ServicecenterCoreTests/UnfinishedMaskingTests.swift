import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Masking a draft's unfinished text")
struct UnfinishedMaskingTests {
    @Test("Runs of more than six digits keep six, in any script and with any separators; names before @ go")
    func cases() {
        let cases: [(String, String)] = [
            ("Ring 811218–987", "Ring 811218–***"),
            ("pnr 19811218 - 98", "pnr 19811218 - **"),
            ("pnr 1981121", "pnr 198112*"),
            ("070-123 4", "070-123 *"),
            ("tel ０７０１２３４", "tel ０７０１２３*"),
            ("kalle.anka@e", "**********@e"),
            ("mejl anna.svensson @ ex", "mejl ************* @ ex"),
            ("2026-11-25 kl 10", "2026-11-25 kl 10"),
            ("Ringde om kärlet, 240 liter", "Ringde om kärlet, 240 liter"),
        ]
        for (typed, kept) in cases {
            #expect(PersonalDataMasking.maskUnfinished(typed).text == kept, "\(typed)")
        }
    }

    @Test("Property: every prefix of every form of a valid number keeps at most its first six digits")
    func prefixes() {
        var random = SeededGenerator(seed: 2026_11_25)
        let separators = ["", "-", "–", " ", "\u{00A0}", " - ", ".", "/", "\u{2212}", "\u{200B}-"]
        let digitSets: [[Character]] = [Array("0123456789"), Array("０１２３４５６７８９"), Array("٠١٢٣٤٥٦٧٨٩")]
        var checked = 0
        for _ in 0..<2_000 {
            var ten = (0..<9).map { _ in Int.random(in: 0...9, using: &random) }
            ten[2] = Int.random(in: 0...1, using: &random)
            ten.append(Int.random(in: 0...9, using: &random))
            let digits = digitSets.randomElement(using: &random)!
            let written = ten.prefix(6).map { digits[$0] } + Array(separators.randomElement(using: &random)!) + ten.suffix(4).map { digits[$0] }
            var typed = "pnr "
            for character in written {
                typed.append(character)
                let kept = PersonalDataMasking.maskUnfinished(typed).text
                let visible = kept.unicodeScalars.filter { $0.properties.numericType == .decimal }.count
                // Six, or eight when they are a date with its century (the 12-digit form).
                #expect(visible <= (written.count >= 8 && String(typed.dropFirst(4)).count >= 8 ? 8 : 6), "\(typed) → \(kept)")
                #expect(PersonalDataMasking.maskUnfinished(typed + " ok").text.unicodeScalars
                    .filter { $0.properties.numericType == .decimal }.count <= 8)
                checked += 1
            }
        }
        #expect(checked > 20_000)
    }
}
