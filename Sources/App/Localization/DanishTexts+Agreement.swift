import GodstartCore

extension DanishTexts {
    var agreementTitle: String { "Samarbejdsaftale" }
    var agreementIntro: String {
        "Gå emnerne igennem sammen på opstartsmødet, og skriv ned, hvad I aftaler. Korte svar er nok. Når aftalen siger det, I begge mener, bekræfter I den hver især."
    }
    func agreementSection(_ section: AgreementSection) -> String {
        switch section {
        case .purposeAndLearning: "Formål og læring"
        case .roleAndMethods: "Mentors rolle og jeres metoder"
        case .frame: "Rammer"
        case .groundRules: "Spilleregler"
        }
    }
    func agreementSectionIntro(_ section: AgreementSection) -> String {
        switch section {
        case .purposeAndLearning: "Hvorfor arbejdspladsen tilbyder et mentorforløb, og hvad den nyansatte har mest brug for at lære først. Læringsmålene vil ændre sig undervejs."
        case .roleAndMethods: "Når I siger højt, hvordan mentoren skal arbejde med et mål, undgår I mange misforståelser."
        case .frame: "Planlæg to eller tre møder frem. Et mentorforløb, der planlægges efter behov, ender let som brandslukning eller løber ud i sandet."
        case .groundRules: "Hvordan I gerne vil have, at relationen mellem jer skal være. Fortrolighed er det vigtigste."
        }
    }
    func agreementTopic(_ topic: AgreementTopic) -> String {
        switch topic {
        case .purpose: "Formål med mentorforløbet"
        case .learningNeeds: "Læringsbehov"
        case .learningGoals: "De første læringsmål"
        case .mentorRole: "Mentors rolle"
        case .methods: "Metoder"
        case .tools: "Redskaber"
        case .meetingFrequency: "Antal møder og hvor tit"
        case .duration: "Varighed"
        case .room: "Lokale"
        case .noInterruptions: "Uforstyrrethed"
        case .comingPrepared: "Velforberedthed"
        case .confidentiality: "Fortrolighed"
        case .openness: "Åbenhed"
        case .responsibility: "Ansvarlighed"
        case .feedback: "Feedback"
        case .otherGroundRules: "Andre spilleregler"
        }
    }
    func agreementTopicHint(_ topic: AgreementTopic) -> String {
        switch topic {
        case .purpose: "Hvad vil arbejdspladsen med mentorforløbet, og hvad vil I to gerne have ud af det?"
        case .learningNeeds: "Hvad er svært for den nyansatte lige nu, og hvad er der brug for at få styr på?"
        case .learningGoals: "Hvilke mål begynder I med? I kan føje dem til læringsmålene bagefter."
        case .mentorRole: "Rådgiver, coach, sparringspartner, kritiker …: hvordan vil den nyansatte gerne have, at mentoren arbejder?"
        case .methods: "Hvordan vil I arbejde: samtale, sags- og episodeanalyse, coachende spørgsmål, følordning?"
        case .tools: "Skal den nyansatte føre logbog eller skrive procesjournaler? Hvad tager I med til møderne?"
        case .meetingFrequency: "Hvor mange møder, og hvor tit? Hvilke datoer ligger allerede fast?"
        case .duration: "Hvor længe varer hvert møde, og hvornår slutter mentorforløbet?"
        case .room: "Hvor mødes I, og hvem booker lokalet?"
        case .noInterruptions: "Telefonerne slukket, ingen kolleger, der lige kigger ind: hvad aftaler I?"
        case .comingPrepared: "Hvordan forbereder I jer hver især til et møde?"
        case .confidentiality: "Hvad bliver mellem jer, og er der noget, der må gå videre?"
        case .openness: "Hvor åbne vil I være om bekymringer, behov og uenigheder?"
        case .responsibility: "Hvem tager initiativet, hvem indkalder til møderne, og hvad gør I, når et møde skal flyttes?"
        case .feedback: "Hvordan og hvornår giver I hinanden feedback?"
        case .otherGroundRules: "Andet, I gerne vil aftale."
        }
    }
    var agreementProposedConfidentiality: String {
        "Det, vi taler om, bliver mellem os. Ingen af os fortæller videre fra vores samtaler, heller ikke til lederen, medmindre vi har aftalt det sammen."
    }
    func agreementProposedFrequency(weeklyWeeks: Int, everyWeeksAfter: Int) -> String {
        "Vi mødes hver uge de første \(weeklyWeeks) uger og derefter hver \(everyWeeksAfter). uge. Vi har altid de næste to eller tre møder planlagt."
    }
    func agreementProposedDuration(from: String, to: String, minutes: Int) -> String {
        "Hvert møde varer \(minutes) minutter. Mentorforløbet løber fra \(from) til \(to)."
    }
    var agreementProposalHint: String { "Rammerne og fortroligheden er udfyldt med et første forslag ud fra planen. Ret det til, som I vil." }
    var saveAgreement: String { "Gem aftalen" }
    var agreementSaved: String { "Aftalen er gemt." }
    func agreementSavedAsNewVersion(number: Int) -> String {
        "Ændringen er gemt som version \(number). I bekræfter den begge to igen; den tidligere version kan stadig læses."
    }
    var agreementUnchanged: String { "Der blev ikke ændret noget." }
    func agreementConflict(name: String, number: Int) -> String {
        "\(name) gemte version \(number) af aftalen, mens du skrev. Din tekst er bevaret herunder. Sammenlign den med versionen under den, og gem så igen."
    }
    func agreementVersion(number: Int) -> String { "Version \(number)" }
    var agreementNotMadeYet: String { "Ikke lavet endnu" }
    var agreementDraft: String { "Ikke bekræftet endnu" }
    func agreementAwaiting(name: String) -> String { "Venter på, at \(name) bekræfter" }
    func agreementConfirmedOn(date: String) -> String { "Bekræftet af begge \(date)" }
    func agreementYouConfirmedOn(date: String) -> String { "Du bekræftede aftalen \(date)." }
    func agreementYouConfirmedYourPart(date: String, other: String) -> String {
        "Du bekræftede din del \(date). Aftalen gælder, når \(other) også har bekræftet den."
    }
    func agreementSavedBy(name: String, date: String) -> String { "Gemt af \(name) \(date)" }
    var confirmAgreement: String { "Bekræft aftalen" }
    var confirmAgreementHint: String {
        "Bekræft, når du har læst denne version og er enig i den. Hvis en af jer ændrer den senere, bekræfter I begge igen."
    }
    var agreementConfirmedFlash: String { "Du har bekræftet aftalen." }
    var agreementChangedBeforeConfirm: String {
        "Aftalen blev ændret, efter du åbnede den. Læs den nye version, og bekræft den så."
    }
    var agreementChangeAfterConfirmHint: String {
        "Denne version er bekræftet. Hvis du ændrer den, bliver ændringen en ny version, som I begge bekræfter igen, og denne version kan stadig læses."
    }
    var agreementEarlierVersions: String { "Tidligere versioner" }
    var agreementReplaced: String { "Erstattet af en nyere version" }
    func agreementMadeWith(name: String) -> String { "Lavet sammen med \(name)" }
    var agreementPrintable: String { "Udskriftsvenlig version" }
    var agreementPrintHint: String { "Udskriv med din browsers udskriftsfunktion (Ctrl+P, eller ⌘P på en Mac), eller gem aftalen som PDF." }
    func agreementBetween(mentee: String, mentor: String) -> String { "Mellem \(mentee) (nyansat) og \(mentor) (mentor)" }
    var agreementBackToCurrent: String { "Tilbage til aftalen" }
    var agreementFactLabel: String { "Samarbejdsaftale" }
    var openAgreement: String { "Samarbejdsaftale" }
}
