import GodstartCore

extension SwedishTexts {
    var loadForecastHeading: String { "Belastning de kommande månaderna" }
    func loadForecastIntro(months: Int) -> String {
        "Hur många nyanställda varje kollega är mentor eller kontaktperson för, i dag och den första "
            + (months == 1 ? "nästa månad" : "varje månad under de kommande \(months) månaderna")
            + ", jämfört med hur många de har plats för. Kontaktpersonens uppdrag slutar med introduktionen, mentorns med mentorsprogrammet."
    }
    var loadAsMentor: String { "Som mentor" }
    var loadAsContactPerson: String { "Som kontaktperson" }
    var loadToday: String { "I dag" }
    var loadRoomFrom: String { "Ledig plats från" }
    func loadOfCapacity(load: Int, capacity: Int) -> String { "\(load) av \(capacity)" }
    func loadNoRoomWithin(months: Int) -> String { "Inte inom \(months) \(months == 1 ? "månad" : "månader")" }
    var loadNobody: String { "Ingen har den här rollen i ett pågående program." }
    func loadFreeColleagues(_ names: String) -> String { "Villiga och utan någon i den här rollen just nu: \(names)." }
    func loadFreeColleaguesCount(_ count: Int) -> String {
        "\(count) villiga kollegor har ingen i den här rollen just nu. Välj en enhet eller sök på ett namn ovan för att se vilka."
    }

    var navRetention: String { "Kvarstannande" }
    var retentionTitle: String { "Kvarstannande" }
    func retentionIntro(minimum: Int) -> String {
        "Hur många nyanställda som fortfarande är anställda 6, 12 och 24 månader efter sin första arbetsdag, utifrån anställningsdatumen. "
            + "De som fortfarande är anställda räknas med så länge de har varit anställda (Kaplan–Meier-skattning). "
            + "Ett anställningsår med färre än \(minimum) personer slås ihop med nästa, så att ingen kan identifieras."
    }
    func retentionOwnUnit(_ unit: String) -> String { "Siffrorna gäller din enhet: \(unit)." }
    func retentionTooFew(counted: Int, minimum: Int) -> String {
        "\(counted) \(counted == 1 ? "anställning är registrerad" : "anställningar är registrerade") här. Siffrorna visas från \(minimum) anställningar, "
            + "så att ingen kan identifieras."
    }
    var retentionByCohort: String { "Efter anställningsår" }
    var retentionComparison: String { "Före och efter programmens start" }
    var retentionNoProgrammeYet: String { "Inget program har börjat än, så det finns inget att jämföra med." }
    func retentionProgrammeBegan(_ day: String) -> String { "Det första programmet började \(day)." }
    func retentionComparisonTooFew(minimum: Int) -> String {
        "En jämförelse kräver minst \(minimum) anställda före programmens start och \(minimum) anställda efter."
    }
    var retentionShareCaption: String { "Andel som fortfarande är anställda" }
    var retentionGroupColumn: String { "Grupp" }
    var retentionPeopleColumn: String { "Personer" }
    func retentionAfterMonths(_ months: Int) -> String { "Efter \(months) \(months == 1 ? "månad" : "månader")" }
    var retentionNotYetSeen: String { "–" }
    var retentionNotYetSeenExplained: String { "Ett streck: ingen i gruppen har varit anställd så länge än." }
    var retentionChartLabel: String { "andel som fortfarande är anställda, efter månader sedan första arbetsdagen" }
    var retentionAtRiskCaption: String { "Antal som fortfarande är anställda och följs, efter månader sedan första arbetsdagen" }
    func retentionMonthsShort(_ months: Int) -> String { "\(months) mån." }
    func retentionHiredIn(_ years: String) -> String { "Anställda \(years)" }
    func retentionHiredBefore(_ year: Int) -> String { "Anställda före \(year), före programmen" }
    func retentionHiredFrom(_ year: Int) -> String { "Anställda från \(year), med programmen" }
    var retentionAxisMonths: String { "Månader sedan första arbetsdagen" }
    var retentionAxisShare: String { "Fortfarande anställda (%)" }
    var downloadCSV: String { "Ladda ned som CSV" }
    var retentionFileName: String { "kvarstannande" }
    var retentionCSVHeader: [String] {
        ["Grupp", "Personer", "Månad efter start", "Fortfarande anställda och följda vid månadens början", "Slutade under månaden",
         "Fortfarande anställda vid senaste uppföljning under månaden", "Andel fortfarande anställda vid månadens slut"]
    }

    var employmentsTitle: String { "Anställningsdatum" }
    var employmentsKeepLink: String { "Skriv in eller importera anställningsdatum" }
    var employmentsIntro: String {
        "När varje socialsekreterares anställning började och, om den har upphört, när den slutade. Kvarstannandet räknas fram ur de här datumen. "
            + "En nyanställds första arbetsdag registreras när programmet skapas. Resten kommer från HR, inskrivet för hand eller som en CSV-fil."
    }
    var errorEmploymentEndsBeforeStart: String { "Sista arbetsdagen kan inte ligga före den första." }
    var errorEmploymentExists: String { "Det finns redan en anställning registrerad för den här personen som börjar den dagen." }
    var employmentAdded: String { "Anställningen har lagts till." }
    var employmentSaved: String { "Anställningen är sparad." }
    var employmentRemoved: String { "Anställningen har tagits bort." }
    var employmentReferenceLabel: String { "E-post eller anställningsnummer" }
    var employmentReferenceHint: String { "Så som personen är registrerad hos HR. Tillsammans med första arbetsdagen identifierar det anställningen." }
    var employmentStartLabel: String { "Första arbetsdag" }
    var employmentEndLabel: String { "Sista arbetsdag" }
    var employmentEndHint: String { "Lämna fältet tomt så länge personen är anställd." }
    var noUnitOption: String { "Ingen enhet" }
    var editEmployment: String { "Ändra anställning" }
    var stillEmployed: String { "Fortfarande anställd" }
    var addEmploymentHeading: String { "Lägg till en anställning" }
    var addEmploymentButton: String { "Lägg till anställning" }
    var employmentsListHeading: String { "Registrerade anställningar" }
    func employmentsShown(shown: Int, total: Int) -> String {
        shown == total ? "\(total) \(total == 1 ? "anställning" : "anställningar"), de nyaste först."
            : "De \(shown) nyaste av \(total) anställningar."
    }
    var noEmployments: String { "Inga anställningar är registrerade än." }
    func employmentStarted(_ day: String) -> String { "Anställd från och med \(day)." }
    var employmentSaveButton: String { "Spara" }
    var removeEmploymentHint: String { "Ta bort en anställning som har registrerats av misstag. Den räknas då inte längre med i kvarstannandet." }
    var removeEmploymentButton: String { "Ta bort anställningen" }

    var importEmploymentsTitle: String { "Importera anställningsdatum från HR" }
    var importEmploymentsIntro: String {
        "En CSV-fil där första raden innehåller kolumnernas namn: e-post eller anställningsnummer, startdatum och, om de finns, slutdatum och enhet. "
            + "Semikolon eller komma mellan fälten; datum som 2026-08-03 eller 03-08-2026. Du ser vad som ändras innan något sparas, "
            + "och om du importerar samma fil igen ändras ingenting."
    }
    var importFileLabel: String { "CSV-fil" }
    var importFileHint: String { "Högst 1 MB, UTF-8 eller Windows-1252." }
    var importPasteLabel: String { "Eller klistra in filens rader här" }
    var importPasteHint: String { "Efter en förhandsvisning står filens rader här, så att du kan rätta dem." }
    var showPreviewButton: String { "Visa förhandsvisning" }
    var confirmImportButton: String { "Importera" }
    func errorFileTooLarge(maximumKB: Int) -> String { "Filen är större än \(maximumKB) kB. Dela upp den i mindre filer." }
    var errorFileNotCSV: String { "Det är inte en CSV-fil. Spara listan från HR som CSV (semikolon- eller kommaseparerad) och välj den igen." }
    var errorImportEmpty: String { "Välj en fil eller klistra in dess rader." }
    func errorTooManyLines(maximum: Int) -> String { "Filen har fler än \(maximum) rader. Dela upp den i mindre filer." }
    func employmentsImported(created: Int, updated: Int) -> String {
        "Importerat: \(created) \(created == 1 ? "ny" : "nya"), \(updated) \(updated == 1 ? "ändrad" : "ändrade")."
    }
    var importPreviewHeading: String { "Förhandsvisning" }
    func importPreviewSummary(created: Int, updated: Int, unchanged: Int, problems: Int) -> String {
        "\(created) \(created == 1 ? "ny" : "nya"), \(updated) \(updated == 1 ? "ändrad" : "ändrade"), "
            + "\(unchanged) \(unchanged == 1 ? "oförändrad" : "oförändrade"), \(problems) \(problems == 1 ? "rad" : "rader") med fel."
    }
    var importProblemsHeading: String { "Rader som inte kan läsas" }
    func importProblem(_ problem: ImportProblem) -> String {
        let reason: String = switch problem.reason {
        case .empty: "det finns inga anställningar i filen"
        case .missingColumn(let column): "det finns ingen kolumn för \(columnName(column)); skriv dess namn på första raden"
        case .wrongFieldCount(let expected, let found): "\(found) fält, men första raden har \(expected) kolumner"
        case .missingReference: "e-post eller anställningsnummer saknas"
        case .referenceTooLong: "e-postadressen eller anställningsnumret är längre än \(EmploymentImport.maximumReferenceLength) tecken"
        case .badDate(let column, let value): "”\(value)” i kolumnen \(columnName(column)) är inget datum; skriv det som 2026-08-03 eller 03-08-2026"
        case .emptyDate(let column): "kolumnen \(columnName(column)) är tom; skriv datumet som 2026-08-03 eller 03-08-2026"
        case .endBeforeStart: "slutdatumet ligger före startdatumet"
        case .unknownUnit(let unit): "det finns ingen enhet som heter ”\(unit)”"
        case .repeated(let first): "samma anställning som rad \(first)"
        }
        return "Rad \(problem.line): \(reason)."
    }
    private func columnName(_ column: EmploymentImport.Column) -> String {
        switch column {
        case .reference: "e-post eller anställningsnummer"
        case .start: "startdatum"
        case .end: "slutdatum"
        case .unit: "enhet"
        }
    }
    var importFixFirst: String { "Rätta eller ta bort de här raderna nedan och visa förhandsvisningen igen. Inget har importerats." }
    var importNothingToChange: String { "Alla anställningar i filen är redan registrerade precis så: det finns inget att importera." }
    var importLineColumn: String { "Rad" }
    var importChangeColumn: String { "Vad som händer" }
    func importChange(_ change: EmploymentImport.Change) -> String {
        switch change {
        case .create: "Ny"
        case .update(let endWas): endWas == nil ? "Får en sista arbetsdag" : "Ändrad"
        case .unchanged: "Oförändrad"
        }
    }
    func importPreviewCut(shown: Int, total: Int) -> String { "De första \(shown) av \(total) raderna visas; siffrorna ovan gäller alla." }

    var navIdeas: String { "Idéer" }
    var ideasTitle: String { "Idéer till programmet" }
    var ideasIntro: String {
        "Har du en idé som skulle göra starten bättre för nya kollegor eller för dem som tar emot dem? Skicka den till samordnaren, "
            + "som svarar på alla idéer här."
    }
    var ideaTextLabel: String { "Din idé" }
    var ideaTextHint: String { "Vad som kan göras och vad det skulle förändra." }
    var ideaAnonymousLabel: String { "Skicka den utan mitt namn" }
    var ideaAnonymousHint: String { "Samordnaren ser idén men inte vem som har skickat den. Du kan ändå följa den och svaret på den här." }
    var sendIdeaButton: String { "Skicka idén" }
    var ideaSent: String { "Din idé har skickats till samordnaren." }
    var errorIdeaEmpty: String { "Skriv idén innan du skickar den." }
    var yourIdeasHeading: String { "Dina idéer" }
    var noIdeasYet: String { "Du har inte skickat några idéer än." }
    var sentAnonymously: String { "skickad utan ditt namn" }
    func ideaStatus(_ status: IdeaStatus) -> String {
        switch status {
        case .new: "Ny"
        case .takenUp: "Tas tillvara"
        case .declined: "Avböjd"
        }
    }
    var ideaStatusLabel: String { "Status" }
    var ideaAnswerLabel: String { "Svar" }
    var ideaAnswerHint: String { "Avsändaren läser det tillsammans med sin idé. Krävs när du avböjer en idé." }
    var ideaInboxTitle: String { "Inkomna idéer" }
    var ideaInboxIntro: String { "Alla idéer till programmet, de nyaste först. Anonyma idéer visas utan namn." }
    var noIdeasInInbox: String { "Det finns inga idéer här." }
    var anonymousAuthor: String { "Anonym" }
    var saveIdeaAnswerButton: String { "Spara svaret" }
    var errorDeclineNeedsAnswer: String { "Skriv ett svar som förklarar varför idén avböjs." }
    var ideaAnswerSaved: String { "Svaret är sparat." }
}
