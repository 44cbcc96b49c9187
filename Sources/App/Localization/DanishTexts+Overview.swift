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
    var searchNameLabel: String { "Søg på navn" }
    func moreAlerts(_ count: Int) -> String {
        "Og \(count) \(count == 1 ? "punkt" : "punkter") mere. Forløbene med de mest presserende står øverst i listen herunder."
    }
    func rowsShown(from: Int, to: Int, of total: Int) -> String { "Forløb \(from)–\(to) af \(total)" }
    var pagesLabel: String { "Sider" }
    var previousPage: String { "Forrige side" }
    var nextPage: String { "Næste side" }
    func pageOf(_ page: Int, pages: Int) -> String { "Side \(page) af \(pages)" }
    var searchPersonLabel: String { "Søg på navn eller e-mail" }
    func peopleShown(from: Int, to: Int, of total: Int) -> String { "Personer \(from)–\(to) af \(total)" }
    var noPeopleMatch: String { "Ingen personer passer. Vælg »Alle« og tøm søgefeltet for at se alle." }
}
