import GodstartCore

extension DanishTexts {
    var staffImportTitle: String { "Importér medarbejdere fra HR" }
    var staffImportIntro: String {
        "Upload medarbejderlisten, som den er eksporteret fra HR-systemet. Personerne genkendes på deres e-mailadresse: nye bliver oprettet, "
            + "kendte bliver opdateret, og den, der har en sidste arbejdsdag, kan ikke logge ind efter den dag. Personer, der ikke står i filen, forbliver, som de er. "
            + "Du ser hver ændring, før noget importeres, og importerer du den samme fil igen, ændres intet."
    }
    var staffImportButton: String { "Importér medarbejdere fra HR" }
    var staffMappingLegend: String { "Hvad der står i hvilken kolonne" }
    var staffMappingHint: String { "Forslaget bygger på kolonnernes navne. Ret det, der er forkert, og vis forhåndsvisningen igen; dit valg huskes til næste fil." }
    func staffField(_ field: StaffField) -> String {
        switch field {
        case .name: "Navn"
        case .email: "E-mail"
        case .unit: "Enhed"
        case .title: "Stillingsbetegnelse"
        case .start: "Startdato"
        case .end: "Sidste arbejdsdag"
        case .manager: "Lederens e-mail"
        }
    }
    func staffFieldHint(_ field: StaffField) -> String {
        switch field {
        case .name, .email: "Skal udfyldes."
        case .unit: "En enhed, der ikke findes i Godstart endnu, bliver oprettet."
        case .title: ""
        case .start: "Registreres også som en ansættelse og tæller med i fastholdelsen."
        case .end: "Tomt betyder, at personen stadig er ansat."
        case .manager: "Den, der står her, kan vælges som leder for en nyansat."
        }
    }
    var staffColumnNotInFile: String { "Findes ikke i filen" }
    func staffPreviewSummary(created: Int, updated: Int, ended: Int, unchanged: Int, problems: Int) -> String {
        "Nye: \(created). Opdaterede: \(updated). Fratræder: \(ended). Uændrede: \(unchanged). Linjer med fejl: \(problems)."
    }
    func staffNewUnits(_ names: String) -> String { "Nye enheder: \(names)." }
    func staffOutcome(_ kind: StaffOutcome.Kind) -> String {
        switch kind {
        case .create: "Ny"
        case .update: "Opdateret"
        case .end: "Fratræder"
        case .unchanged: "Uændret"
        }
    }
    var staffBecomesManager: String { "bliver leder" }
    var staffChangesColumn: String { "Hvad der ændres" }
    func staffProblem(_ problem: StaffProblem) -> String {
        let place = problem.field.map { "Linje \(problem.line), \(staffField($0))" } ?? "Linje \(problem.line)"
        let reason: String = switch problem.reason {
        case .empty: "filen har ingen linjer under kolonnernes navne"
        case .tooManyLines: "filen har mere end \(StaffImport.maximumLines) linjer; del den op i mindre filer"
        case .columnNotChosen: "vælg den kolonne, feltet står i"
        case .columnNotInFile(let column): "filen har ingen kolonne, der hedder »\(column)«"
        case .wrongFieldCount(let expected, let found): "\(found) \(found == 1 ? "felt" : "felter"), men første linje har \(expected) kolonner"
        case .missing: "mangler"
        case .notAnEmail(let text): "»\(text)« er ikke en e-mailadresse"
        case .tooLong: "længere end \(StaffImport.maximumLength) tegn"
        case .badDate(let text): "»\(text)« er ikke en dato; skriv den som 2026-08-03 eller 03-08-2026"
        case .endBeforeStart: "sidste arbejdsdag ligger før startdatoen"
        case .repeated(let first): "samme person som linje \(first)"
        case .unknownManager(let email): "\(email) findes hverken i filen eller i Godstart"
        case .elsewhere: "adressen er allerede i brug i Godstart"
        case .columnTwice(let column): "kolonnen »\(column)« er også valgt til et andet felt"
        case .endsAnAdministrator: "en administrator ville blive lukket ude; skift først vedkommendes rolle, eller ret datoen"
        }
        return "\(place): \(reason)"
    }
    var staffNothingToChange: String { "Alle i filen står allerede i Godstart med de samme oplysninger: der er intet at importere." }
    func staffImported(created: Int, updated: Int, ended: Int) -> String {
        "Medarbejderlisten er importeret: \(created) \(created == 1 ? "ny" : "nye"), \(updated) \(updated == 1 ? "opdateret" : "opdaterede"), "
            + "\(ended) fratræder."
    }
    func staffLastDay(_ day: String) -> String { "sidste arbejdsdag \(day)" }
}
