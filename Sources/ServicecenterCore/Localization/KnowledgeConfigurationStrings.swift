extension SwedishConfigurationStrings {
    /// A knowledge article's problem, in Swedish; each ends in what to do.
    func knowledge(_ problem: KnowledgeProblem) -> String {
        let leftOut = "; artikeln visas inte vid disken förrän det är rättat"
        return switch problem {
        case .fileName: "filnamnet ska vara artikelns id: a-z, 0-9, '_' och '-', sedan .md (t.ex. parkeringstillstand.md)" + leftOut
        case .tooLarge(let limit): "är större än \(limit / 1024) KB; en artikel läses under ett samtal: korta den eller dela upp den" + leftOut
        case .notUTF8: "är inte giltig UTF-8; spara filen som UTF-8" + leftOut
        case .controlCharacter:
            "innehåller ett styrtecken, en escape-sekvens eller en riktningsomkastning (visas som ␛, ␡, � …); ta bort det" + leftOut
        case .noFrontMatter: "första raden ska vara exakt '---', sedan title, categories, sector och reviewed (se docs/knowledge.md)" + leftOut
        case .frontMatterNotClosed: "inledningen (front matter) avslutas aldrig; avsluta den med en rad med exakt '---'" + leftOut
        case .notKeyValue: "ska vara 'nyckel: värde' (t.ex. 'sector: teknik')" + leftOut
        case .unknownKey(let known): "är ingen känd nyckel; använd " + known.joined(separator: ", ") + leftOut
        case .duplicateKey(let line): "anges två gånger, första gången på rad \(line); ta bort den ena" + leftOut
        case .missingKey: "saknas; den är obligatorisk" + leftOut
        case .emptyValue: "får inte vara tom" + leftOut
        case .reviewedDate: "ska vara dagen ägaren senast granskade texten som \"ÅÅÅÅ-MM-DD\"" + leftOut
        case .reviewMonths: "ska vara ett heltal mellan 1 och 60 (månader mellan granskningarna)" + leftOut
        case .audience: "ska vara internal eller public" + leftOut
        case .eserviceAddress: "ska vara en adress som börjar med https://" + leftOut
        case .unknownCategory: "är ingen kategori i categories.toml; använd ett av dess id" + leftOut
        case .unknownSector: "är ingen förvaltning i sectors.toml; använd ett av dess id" + leftOut
        }
    }
}

extension EnglishConfigurationStrings {
    /// A knowledge article's problem, in English; each ends in what to do.
    func knowledge(_ problem: KnowledgeProblem) -> String {
        let leftOut = "; the article is left out at the desk until it is corrected"
        return switch problem {
        case .fileName: "the file name must be the article's id: a-z, 0-9, '_' and '-', then .md (e.g. parkeringstillstand.md)" + leftOut
        case .tooLarge(let limit): "is larger than \(limit / 1024) KB; an article is read during a call: shorten it or split it" + leftOut
        case .notUTF8: "is not valid UTF-8; save the file as UTF-8" + leftOut
        case .controlCharacter:
            "holds a control character, escape sequence or bidirectional override (shown as ␛, ␡, � …); remove it" + leftOut
        case .noFrontMatter: "the first line must be exactly '---', then title, categories, sector and reviewed (see docs/knowledge.md)" + leftOut
        case .frontMatterNotClosed: "the front matter never ends; close it with a line of exactly '---'" + leftOut
        case .notKeyValue: "must be 'key: value' (e.g. 'sector: teknik')" + leftOut
        case .unknownKey(let known): "is not a known key; use " + known.joined(separator: ", ") + leftOut
        case .duplicateKey(let line): "is given twice, first on line \(line); remove one" + leftOut
        case .missingKey: "is missing; it is required" + leftOut
        case .emptyValue: "must not be empty" + leftOut
        case .reviewedDate: "must be the day the owner last checked the text as \"YYYY-MM-DD\"" + leftOut
        case .reviewMonths: "must be a whole number from 1 to 60 (months between reviews)" + leftOut
        case .audience: "must be internal or public" + leftOut
        case .eserviceAddress: "must be an address beginning with https://" + leftOut
        case .unknownCategory: "is not a category in categories.toml; use one of its ids" + leftOut
        case .unknownSector: "is not a sector in sectors.toml; use one of its ids" + leftOut
        }
    }
}
