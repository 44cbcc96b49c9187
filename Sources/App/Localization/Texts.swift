/// Every text Godstart shows, in one language. The texts are in the catalogues
/// (Sources/App/Catalogues, one per language; see docs/translating.md). The build writes a member
/// of `Texts` for each text of the Danish source (CatalogueTexts.swift, from da.po), so a text that
/// does not exist does not compile; Sentences.swift chooses between texts where a case, a missing
/// name or a number decides which.
public struct Texts: Sendable {
    /// The language's catalogue, which the generated members read.
    public let catalogue: Catalogue
}
