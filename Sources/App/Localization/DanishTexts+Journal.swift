import GodstartCore

extension DanishTexts {
    var navLogbook: String { "Min logbog" }
    var navJournals: String { "Mine procesjournaler" }
    var navShared: String { "Delt med mig" }

    var logbookTitle: String { "Din logbog" }
    var logbookIntro: String {
        "Her skriver du dine egne refleksioner, kun til dig selv. Ingen andre kan læse dem. Vil du tale om noget med din mentor, kan du dele netop det notat og trække det tilbage igen, når du vil."
    }
    var newLogbookEntry: String { "Nyt notat" }
    func logbookPrompt(_ prompt: LogbookPrompt) -> String {
        switch prompt {
        case .unsure: "Det, jeg er usikker på"
        case .learned: "Det, jeg har lært"
        case .remember: "Det, jeg vil huske"
        case .actOn: "Det, jeg vil gøre noget ved"
        case .knowMore: "Det, jeg har brug for at vide mere om"
        }
    }
    var logbookEmpty: String { "Du har ikke skrevet noget endnu." }
    func logbookEntryTitle(date: String) -> String { "Notat fra \(date)" }
    var saveEntry: String { "Gem notat" }
    var entrySaved: String { "Dit notat er gemt." }
    var errorEntryEmpty: String { "Skriv noget under mindst én af overskrifterne." }

    func sharedWith(name: String) -> String { "Delt med \(name)" }
    var onlyYou: String { "Kun dig" }
    func shareWith(name: String) -> String { "Del med \(name)" }
    var stopSharing: String { "Stop med at dele" }
    func sharedFlash(name: String) -> String { "Nu kan \(name) læse det, du har skrevet. Du kan stoppe delingen når som helst." }
    var unsharedFlash: String { "Nu er det kun dig, der kan læse det." }
    var noMentorToShareWith: String { "Du har ikke fået en mentor endnu, så der er ingen at dele med." }
    var sharingColumn: String { "Kan læses af" }
    var sharedWithYouTitle: String { "Delt med dig" }
    var sharedWithYouIntro: String {
        "Her kan du læse det, nyansatte har valgt at dele med dig. Det er stadig deres, og de kan trække det tilbage."
    }
    var nothingSharedWithYou: String { "Ingen har delt noget med dig lige nu." }
    func sharedBy(name: String) -> String { "\(name) har delt dette med dig." }
    var logbookEntryKind: String { "Logbogsnotat" }
    var journalKind: String { "Procesjournal" }
    var writtenColumn: String { "Skrevet" }
    var kindColumn: String { "Type" }

    var journalsTitle: String { "Dine procesjournaler" }
    var journalsIntro: String {
        "En procesjournal er en grundig gengivelse af én samtale med en borger, som du skriver for din egen læring. Den indgår aldrig i sagen, og den skal være anonymiseret: Godstart leder efter personoplysninger, før noget bliver gemt."
    }
    var newJournal: String { "Ny procesjournal" }
    var journalsEmpty: String { "Du har ingen procesjournaler endnu." }
    var journalTitleLabel: String { "Kort overskrift" }
    var journalTitleHint: String { "Noget, du selv kan genkende, uden navne, fx »Første hjemmebesøg, familie med tre børn«." }
    func journalPart(_ part: JournalPart) -> String {
        switch part {
        case .facts: "Korte, anonymiserede fakta"
        case .account: "Samtalen"
        case .thoughts: "Dine tanker og følelser undervejs"
        case .reflections: "Dine refleksioner bagefter"
        }
    }
    func journalPartHint(_ part: JournalPart) -> String {
        switch part {
        case .facts: "Borgerens situation og sagen indtil nu, uden navne, numre og adresser."
        case .account: "Det, der blev sagt og gjort, det, du lagde mærke til i mimik og tonefald, og gerne citater."
        case .thoughts: "Det, der gik igennem dig, mens samtalen stod på."
        case .reflections: "Sådan ser du det nu: hvad du ville gøre igen, og hvad du ville gøre anderledes."
        }
    }
    var saveJournal: String { "Gem procesjournal" }
    var journalSaved: String { "Din procesjournal er gemt." }
    var forLearningOnly: String { "Kun til din egen læring. Indgår aldrig i sagen." }
    var errorJournalEmpty: String { "Skriv som minimum om selve samtalen." }

    var findingsTitle: String { "Der er personoplysninger i teksten, og intet er gemt endnu" }
    var findingsIntro: String {
        "En procesjournal skal være anonymiseret. Erstat hver oplysning med en pladsholder, eller behold den, hvis det ikke er en personoplysning. Alt, hvad du har skrevet, står her stadig."
    }
    func findingKind(_ kind: IdentifierScanner.Kind) -> String {
        switch kind {
        case .cprNumber: "CPR-nummer"
        case .personnummer: "Svensk personnummer"
        case .phoneNumber: "Telefonnummer"
        case .email: "E-mailadresse"
        case .streetAddress: "Adresse"
        }
    }
    func placeholder(_ kind: IdentifierScanner.Kind) -> String {
        switch kind {
        case .cprNumber: "[CPR]"
        case .personnummer: "[personnummer]"
        case .phoneNumber: "[telefon]"
        case .email: "[e-mail]"
        case .streetAddress: "[adresse]"
        }
    }
    func findingIn(kind: String, part: String) -> String { "\(kind) i »\(part)«" }
    func replaceWith(_ placeholder: String) -> String { "Erstat med \(placeholder)" }
    var keepFinding: String { "Ikke en personoplysning, behold den" }
    var replaceAllFindings: String { "Erstat dem alle" }
    var replacedAllReadBeforeSaving: String { "Alle fund er erstattet. Læs teksten igennem, og gem journalen, når den er, som den skal være. Intet er gemt endnu." }
    var markedTextLabel: String { "Her står det" }
    var noProgrammeForWriting: String { "Logbogen og procesjournalerne hører til et forløb. Du har ikke noget forløb i Godstart endnu." }
    var journalForMeetingLabel: String { "Til mødet" }
    var journalForMeetingHint: String { "Vælg det møde, hvor du vil tale den igennem, hvis der er et." }
    var journalForNoParticularMeeting: String { "Intet bestemt møde" }
    func sharedForMeeting(meeting: String) -> String { "til \(meeting)" }
    var journalsForThisMeeting: String { "Procesjournaler til dette møde" }
    var signInAgainTextKept: String {
        "Du blev logget ud, før det blev gemt. Log ind igen inden for to timer, så står det, du skrev, i formularen, klar til at blive gemt. Det gives kun tilbage til dig: logger en anden ind på denne computer, bliver det slettet. Du kan også se det herunder."
    }
    var keptTextRestored: String { "Her er det, du skrev, før du blev logget ud. Det er ikke gemt endnu: læs det igennem, og gem det." }
}
