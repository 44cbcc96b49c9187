extension DanishTexts {
    var filterHeading: String { "Vis" }
    var filterPartLabel: String { "Del af forløbet" }
    var allOption: String { "Alle" }
    var showFilterButton: String { "Vis" }
    var noProgrammesMatch: String { "Ingen forløb passer. Vælg »Alle« for at se alle forløb." }
    var alertsHeading: String { "Kræver din opmærksomhed" }
    var noAlerts: String { "Intet kræver din opmærksomhed lige nu." }
    func overviewEndedHint(months: Int) -> String { "Forløb, der blev afsluttet for mere end \(months) måneder siden, vises, når du vælger »Afsluttet«." }
    func noMeetingFor(days: Int) -> String { "Intet møde holdt i \(days) dage" }
    func developmentTalkDue(inDays days: Int) -> String {
        days > 0 ? "MUS-samtale om \(days) \(days == 1 ? "dag" : "dage")"
            : days == 0 ? "MUS-samtale i dag" : "MUS-samtalen er \(-days) \(days == -1 ? "dag" : "dage") forsinket"
    }
}
