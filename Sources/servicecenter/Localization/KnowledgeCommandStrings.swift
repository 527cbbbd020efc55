import ServicecenterCore

/// What the command line says about knowledge articles named on it (`log --article`).
protocol KnowledgeCommandStrings: Sendable {
    /// `id` is not an article id (lowercase letters a–z, digits, `_` and `-`).
    func badArticleID(_ id: String) -> String
    /// No article in `folder` has the id `id`.
    func unknownArticle(_ id: String, folder: String) -> String
}

/// The table for `language`; a switch, so a third language cannot fall silently to English.
func knowledgeCommandStrings(for language: Language) -> any KnowledgeCommandStrings {
    switch language {
    case .swedish: SwedishKnowledgeCommandStrings()
    case .english: EnglishKnowledgeCommandStrings()
    }
}

/// Svenska.
struct SwedishKnowledgeCommandStrings: KnowledgeCommandStrings {
    init() {}
    func badArticleID(_ id: String) -> String {
        "--article \(InertText.shown(id)): ett artikel-id är filnamnet utan .md, med bara a–z, siffror, _ och -."
    }
    func unknownArticle(_ id: String, folder: String) -> String {
        "--article \(id): det finns ingen sådan artikel i \(folder). Ange filnamnet utan .md."
    }
}

/// English.
struct EnglishKnowledgeCommandStrings: KnowledgeCommandStrings {
    init() {}
    func badArticleID(_ id: String) -> String {
        "--article \(InertText.shown(id)): an article id is the file name without .md, with only a–z, digits, _ and -."
    }
    func unknownArticle(_ id: String, folder: String) -> String {
        "--article \(id): there is no such article in \(folder). Give the file name without .md."
    }
}
