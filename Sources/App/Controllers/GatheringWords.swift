import GodstartCore

/// The words Godstart writes into a group session or network when it is planned (the series' title,
/// each meeting's theme and reading) in the language of whoever reads them, while nobody has changed
/// them. They are stored in the language of the coordinator who planned them; a Swedish colleague in
/// a Danish municipality reads them in Swedish, as `ActivityTitles` does for activities. Words a
/// coordinator wrote are shown as written.
enum GatheringWords {
    /// Whether `stored` is the text some language gives `text`.
    private static func isBuiltIn(_ stored: String, _ text: (Texts) -> String) -> Bool {
        Language.allCases.contains { text($0.texts) == stored }
    }

    static func title(_ stored: String, kind: GatheringKind, _ t: Texts) -> String {
        isBuiltIn(stored) { $0.gatheringKind(kind) } ? t.gatheringKind(kind) : stored
    }

    static func theme(_ stored: String, kind: GatheringKind, number: Int, _ t: Texts) -> String {
        if let theme = StockholmTheme.allCases.first(where: { theme in isBuiltIn(stored) { $0.stockholmTheme(theme) } }) {
            return t.stockholmTheme(theme)
        }
        return isBuiltIn(stored) { $0.gatheringMeetingTitle(kind, number: number) } ? t.gatheringMeetingTitle(kind, number: number) : stored
    }

    static func reading(_ stored: String?, _ t: Texts) -> String? {
        guard let stored else { return nil }
        return StockholmTheme.allCases.first { theme in isBuiltIn(stored) { $0.stockholmReading(theme) } }.map(t.stockholmReading) ?? stored
    }
}

extension GatheringSeries {
    /// The title for a reader of `t` (GatheringWords).
    func title(for t: Texts) -> String { GatheringWords.title(title, kind: gatheringKind, t) }
}

extension Gathering {
    /// The theme for a reader of `t` (GatheringWords); `kind` is its series'.
    func theme(for t: Texts, kind: GatheringKind) -> String { GatheringWords.theme(theme, kind: kind, number: number, t) }

    /// The reading for a reader of `t` (GatheringWords).
    func reading(for t: Texts) -> String? { GatheringWords.reading(reading, t) }
}
