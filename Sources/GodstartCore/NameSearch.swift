import Foundation

/// How a search box finds people by name or address: part of the text, whatever the case and the
/// accents, so "soren" finds Søren Ærø only where the letters fold (é to e, å to a) and "HANSEN"
/// finds Hansen. Someone without a Danish or Swedish keyboard still finds Åsa by typing "asa".
public enum NameSearch {
    public static func matches(_ text: String, _ search: String) -> Bool {
        let search = search.trimmingCharacters(in: .whitespacesAndNewlines)
        return search.isEmpty || text.range(of: search, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }
}
