import GodstartCore

extension DanishTexts {
    var loadForecastHeading: String { "Belastning de kommende måneder" }
    func loadForecastIntro(months: Int) -> String {
        "Hvor mange nyansatte hver kollega er mentor eller kontaktperson for, i dag og den første i "
            + (months == 1 ? "næste måned" : "hver af de næste \(months) måneder")
            + ", set i forhold til, hvor mange de har plads til. Kontaktpersonens opgave slutter med introduktionen, mentorens med mentorforløbet."
    }
    var loadAsMentor: String { "Som mentor" }
    var loadAsContactPerson: String { "Som kontaktperson" }
    var loadToday: String { "I dag" }
    var loadRoomFrom: String { "Ledig plads fra" }
    func loadOfCapacity(load: Int, capacity: Int) -> String { "\(load) af \(capacity)" }
    func loadNoRoomWithin(months: Int) -> String { "Ikke inden for \(months) \(months == 1 ? "måned" : "måneder")" }
    var loadNobody: String { "Ingen har denne rolle i et igangværende forløb." }
    func loadFreeColleagues(_ names: String) -> String { "Villige og uden nogen i denne rolle lige nu: \(names)." }
    func loadFreeColleaguesCount(_ count: Int) -> String {
        "\(count) villige kolleger har ingen i denne rolle lige nu. Vælg en enhed eller søg på et navn ovenfor for at se hvem."
    }

    var navRetention: String { "Fastholdelse" }
    var retentionTitle: String { "Fastholdelse" }
    func retentionIntro(minimum: Int) -> String {
        "Hvor mange nyansatte der stadig er ansat 6, 12 og 24 måneder efter deres første arbejdsdag, ud fra ansættelsesdatoerne. "
            + "De, der stadig er ansat, tæller med, så længe de har været ansat (Kaplan–Meier-estimatet). "
            + "Et ansættelsesår med færre end \(minimum) personer lægges sammen med det næste, så ingen kan genkendes."
    }
    func retentionOwnUnit(_ unit: String) -> String { "Tallene gælder din enhed: \(unit)." }
    func retentionTooFew(counted: Int, minimum: Int) -> String {
        "\(counted) \(counted == 1 ? "ansættelse" : "ansættelser") er registreret her. Tallene vises fra \(minimum) ansættelser, "
            + "så ingen kan genkendes."
    }
    var retentionByCohort: String { "Efter ansættelsesår" }
    var retentionComparison: String { "Før og efter forløbenes start" }
    var retentionNoProgrammeYet: String { "Der er ikke begyndt noget forløb endnu, så der er intet at sammenligne med." }
    func retentionProgrammeBegan(_ day: String) -> String { "Det første forløb begyndte \(day)." }
    func retentionComparisonTooFew(minimum: Int) -> String {
        "En sammenligning kræver mindst \(minimum) ansat før forløbenes start og \(minimum) ansat efter."
    }
    var retentionShareCaption: String { "Andel, der stadig er ansat" }
    var retentionGroupColumn: String { "Gruppe" }
    var retentionPeopleColumn: String { "Personer" }
    func retentionAfterMonths(_ months: Int) -> String { "Efter \(months) \(months == 1 ? "måned" : "måneder")" }
    var retentionNotYetSeen: String { "–" }
    var retentionNotYetSeenExplained: String { "En streg: ingen i gruppen har været ansat så længe endnu." }
    var retentionChartLabel: String { "andel, der stadig er ansat, efter måneder siden første arbejdsdag" }
    var retentionAtRiskCaption: String { "Antal, der stadig er ansat og følges, efter måneder siden første arbejdsdag" }
    func retentionMonthsShort(_ months: Int) -> String { "\(months) \(months == 1 ? "md." : "mdr.")" }
    func retentionHiredIn(_ years: String) -> String { "Ansat i \(years)" }
    func retentionHiredBefore(_ year: Int) -> String { "Ansat før \(year), før forløbene" }
    func retentionHiredFrom(_ year: Int) -> String { "Ansat fra \(year), med forløbene" }
    var retentionAxisMonths: String { "Måneder siden første arbejdsdag" }
    var retentionAxisShare: String { "Stadig ansat (%)" }
    var downloadCSV: String { "Hent som CSV" }
    var retentionFileName: String { "fastholdelse" }
    var retentionCSVHeader: [String] {
        ["Gruppe", "Personer", "Måned efter start", "Stadig ansat og fulgt ved månedens start", "Fratrådt i måneden",
         "Stadig ansat ved seneste opgørelse i måneden", "Andel stadig ansat ved månedens udgang"]
    }

    var employmentsTitle: String { "Ansættelsesdatoer" }
    var employmentsKeepLink: String { "Indtast eller importér ansættelsesdatoer" }
    var employmentsIntro: String {
        "Hvornår hver socialrådgivers ansættelse begyndte, og hvornår den eventuelt sluttede. Fastholdelsen beregnes ud fra disse datoer. "
            + "En nyansats første arbejdsdag bliver registreret, når forløbet oprettes. Resten kommer fra HR, indtastet i hånden eller som CSV-fil."
    }
    var errorEmploymentEndsBeforeStart: String { "Sidste arbejdsdag kan ikke ligge før den første." }
    var errorEmploymentExists: String { "Der er allerede registreret en ansættelse for denne person med start den dag." }
    var employmentAdded: String { "Ansættelsen er tilføjet." }
    var employmentSaved: String { "Ansættelsen er gemt." }
    var employmentRemoved: String { "Ansættelsen er fjernet." }
    var employmentReferenceLabel: String { "E-mail eller medarbejdernummer" }
    var employmentReferenceHint: String { "Som personen er registreret hos HR. Sammen med første arbejdsdag udpeger det ansættelsen." }
    var employmentStartLabel: String { "Første arbejdsdag" }
    var employmentEndLabel: String { "Sidste arbejdsdag" }
    var employmentEndHint: String { "Lad feltet stå tomt, så længe personen er ansat." }
    var noUnitOption: String { "Ingen enhed" }
    var editEmployment: String { "Ret ansættelse" }
    var stillEmployed: String { "Stadig ansat" }
    var addEmploymentHeading: String { "Tilføj en ansættelse" }
    var addEmploymentButton: String { "Tilføj ansættelse" }
    var employmentsListHeading: String { "Registrerede ansættelser" }
    func employmentsShown(shown: Int, total: Int) -> String {
        shown == total ? "\(total) \(total == 1 ? "ansættelse" : "ansættelser"), nyeste først."
            : "De \(shown) nyeste af \(total) ansættelser."
    }
    var noEmployments: String { "Der er ikke registreret nogen ansættelser endnu." }
    func employmentStarted(_ day: String) -> String { "Ansat fra \(day)." }
    var employmentSaveButton: String { "Gem" }
    var removeEmploymentHint: String { "Fjern en ansættelse, der er registreret ved en fejl. Den tæller så ikke længere med i fastholdelsen." }
    var removeEmploymentButton: String { "Fjern ansættelsen" }

    var importEmploymentsTitle: String { "Importér ansættelsesdatoer fra HR" }
    var importEmploymentsIntro: String {
        "En CSV-fil, hvor første linje rummer kolonnernes navne: e-mail eller medarbejdernummer, startdato og, hvis de findes, slutdato og enhed. "
            + "Semikolon eller komma mellem felterne; datoer som 2026-08-03 eller 03-08-2026. Du ser, hvad der bliver ændret, før noget gemmes, "
            + "og importerer du den samme fil igen, ændres intet."
    }
    var importFileLabel: String { "CSV-fil" }
    var importFileHint: String { "Højst 1 MB, UTF-8 eller Windows-1252." }
    var importPasteLabel: String { "Eller indsæt filens linjer her" }
    var importPasteHint: String { "Efter en forhåndsvisning står filens linjer her, så du kan rette dem." }
    var showPreviewButton: String { "Vis forhåndsvisning" }
    var confirmImportButton: String { "Importér" }
    func errorFileTooLarge(maximumKB: Int) -> String { "Filen er større end \(maximumKB) kB. Del den op i mindre filer." }
    var errorFileNotCSV: String { "Det er ikke en CSV-fil. Gem listen fra HR som CSV (adskilt med semikolon eller komma), og vælg den igen." }
    var errorImportEmpty: String { "Vælg en fil, eller indsæt dens linjer." }
    func errorTooManyLines(maximum: Int) -> String { "Filen har mere end \(maximum) linjer. Del den op i mindre filer." }
    func employmentsImported(created: Int, updated: Int) -> String {
        "Importeret: \(created) \(created == 1 ? "ny" : "nye"), \(updated) \(updated == 1 ? "ændret" : "ændrede")."
    }
    var importPreviewHeading: String { "Forhåndsvisning" }
    func importPreviewSummary(created: Int, updated: Int, unchanged: Int, problems: Int) -> String {
        "\(created) \(created == 1 ? "ny" : "nye"), \(updated) \(updated == 1 ? "ændret" : "ændrede"), "
            + "\(unchanged) \(unchanged == 1 ? "uændret" : "uændrede"), \(problems) \(problems == 1 ? "linje" : "linjer") med fejl."
    }
    var importProblemsHeading: String { "Linjer, der ikke kan læses" }
    func importProblem(_ problem: ImportProblem) -> String {
        let reason: String = switch problem.reason {
        case .empty: "der er ingen ansættelser i filen"
        case .missingColumn(let column): "der er ingen kolonne til \(columnName(column)); skriv dens navn i første linje"
        case .wrongFieldCount(let expected, let found): "\(found) \(found == 1 ? "felt" : "felter"), men første linje har \(expected) kolonner"
        case .missingReference: "e-mail eller medarbejdernummer mangler"
        case .referenceTooLong: "e-mailen eller medarbejdernummeret er længere end \(EmploymentImport.maximumReferenceLength) tegn"
        case .badDate(let column, let value): "»\(value)« i kolonnen \(columnName(column)) er ikke en dato; skriv den som 2026-08-03 eller 03-08-2026"
        case .emptyDate(let column): "kolonnen \(columnName(column)) er tom; skriv datoen som 2026-08-03 eller 03-08-2026"
        case .endBeforeStart: "slutdatoen ligger før startdatoen"
        case .unknownUnit(let unit): "der er ingen enhed, der hedder »\(unit)«"
        case .repeated(let first): "samme ansættelse som linje \(first)"
        }
        return "Linje \(problem.line): \(reason)."
    }
    private func columnName(_ column: EmploymentImport.Column) -> String {
        switch column {
        case .reference: "e-mail eller medarbejdernummer"
        case .start: "startdato"
        case .end: "slutdato"
        case .unit: "enhed"
        }
    }
    var importFixFirst: String { "Ret eller fjern disse linjer herunder, og vis forhåndsvisningen igen. Intet er importeret." }
    var importNothingToChange: String { "Alle ansættelser i filen er allerede registreret præcis sådan: der er intet at importere." }
    var importLineColumn: String { "Linje" }
    var importChangeColumn: String { "Hvad der sker" }
    func importChange(_ change: EmploymentImport.Change) -> String {
        switch change {
        case .create: "Ny"
        case .update(let endWas): endWas == nil ? "Får en sidste arbejdsdag" : "Ændret"
        case .unchanged: "Uændret"
        }
    }
    func importPreviewCut(shown: Int, total: Int) -> String { "De første \(shown) af \(total) linjer vises; tallene ovenfor dækker dem alle." }

    var navIdeas: String { "Idéer" }
    var ideasTitle: String { "Idéer til forløbet" }
    var ideasIntro: String {
        "Har du en idé, der kan gøre starten bedre for nye kolleger eller for dem, der tager imod dem? Send den til tovholderen, "
            + "som svarer på alle idéer her."
    }
    var ideaTextLabel: String { "Din idé" }
    var ideaTextHint: String { "Hvad der kan gøres, og hvad det vil ændre." }
    var ideaAnonymousLabel: String { "Send den uden mit navn" }
    var ideaAnonymousHint: String { "Tovholderen ser idéen, men ikke hvem der har sendt den. Du kan stadig følge den og svaret på den her." }
    var sendIdeaButton: String { "Send idéen" }
    var ideaSent: String { "Din idé er sendt til tovholderen." }
    var errorIdeaEmpty: String { "Skriv idéen, før du sender den." }
    var yourIdeasHeading: String { "Dine idéer" }
    var noIdeasYet: String { "Du har ikke sendt nogen idéer endnu." }
    var sentAnonymously: String { "sendt uden dit navn" }
    func ideaStatus(_ status: IdeaStatus) -> String {
        switch status {
        case .new: "Ny"
        case .takenUp: "Taget op"
        case .declined: "Afvist"
        }
    }
    var ideaStatusLabel: String { "Status" }
    var ideaAnswerLabel: String { "Svar" }
    var ideaAnswerHint: String { "Afsenderen læser det sammen med sin idé. Skal udfyldes, når du afviser en idé." }
    var ideaInboxTitle: String { "Modtagne idéer" }
    var ideaInboxIntro: String { "Alle idéer til forløbet, nyeste først. Anonyme idéer vises uden navn." }
    var noIdeasInInbox: String { "Der er ingen idéer her." }
    var anonymousAuthor: String { "Anonym" }
    var saveIdeaAnswerButton: String { "Gem svaret" }
    var errorDeclineNeedsAnswer: String { "Skriv et svar, der forklarer, hvorfor idéen er afvist." }
    var ideaAnswerSaved: String { "Svaret er gemt." }
}
