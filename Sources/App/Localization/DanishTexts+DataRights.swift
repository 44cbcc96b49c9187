import GodstartCore

extension DanishTexts {
    var navMyData: String { "Mine data" }
    var myDataTitle: String { "Alt, hvad Godstart har om dig" }
    var myDataIntro: String {
        "Du kan hente alt, hvad Godstart har om dig, som én fil (et ZIP-arkiv). Åbn index.html i filen for at læse det i en browser; data.json indeholder det samme til brug i andre programmer."
    }
    var myDataContents: [String] {
        [
            "dit navn, dine kontaktoplysninger, roller og indstillinger",
            "de forløb, du er med i, og i dit eget forløb møderne med de noter, du må læse",
            "det, du har skrevet: logbog, procesjournaler, forberedelse, evalueringer og idéer",
            "samarbejdsaftalen, læringsmålene og lærings- og kompetenceplanen fra dit eget mentorforløb",
            "det, du har skrevet eller har ansvaret for i andres forløb: mødenoter, læringsmål, ændringer i planen, samarbejdsaftaler, svar og afkrydsninger på tjeklisten",
            "dine ansættelser, de grupper og netværk, du er med i, og det, du har lagt ind for organisationen",
            "de mails, Godstart har sendt dig, og det i adgangsloggen, der vedrører dig",
        ]
    }
    var myDataDownload: String { "Hent mine data" }
    var myDataFileName: String { "godstart-mine-data" }

    func archiveTitle(_ name: String) -> String { "Det, Godstart har registreret om \(name)" }
    func archiveMade(_ when: String) -> String { "Dannet \(when)." }
    var archiveAbout: String {
        "Dette er en kopi af de personoplysninger, Godstart har om dig (din indsigtsret efter databeskyttelsesforordningens artikel 15). Tekster, som andre har skrevet, er kun med, hvor du også kan læse dem i Godstart."
    }
    var archiveProfile: String { "Om dig" }
    var archiveProgrammes: String { "Forløb" }
    var archiveMeetings: String { "Møder i dit forløb" }
    var archiveLogbook: String { "Logbog" }
    var archiveJournals: String { "Procesjournaler" }
    var archivePreparation: String { "Forberedelse" }
    var archiveAgreements: String { "Samarbejdsaftaler" }
    var archiveLearningGoals: String { "Læringsmål" }
    var archiveCompetencePlan: String { "Lærings- og kompetenceplan" }
    var archiveEvaluations: String { "Evalueringer" }
    var archiveIdeas: String { "Idéer" }
    var archiveMails: String { "Mails" }
    var archiveAuditLog: String { "Adgangslog" }
    var archiveNothing: String { "Intet." }
    var archivePhone: String { "Telefon" }
    var archiveTitleField: String { "Stillingsbetegnelse" }
    var archiveUnit: String { "Enhed" }
    var archiveLanguage: String { "Sprog" }
    var archiveLastDay: String { "Sidste arbejdsdag" }
    var archiveCreated: String { "Skrevet" }
    var archiveChanged: String { "Senest ændret" }
    var archiveSharedWith: String { "Delt med" }
    var archiveFirstDay: String { "Første arbejdsdag" }
    var archiveYourRole: String { "Din rolle" }
    var archiveNewcomer: String { "Nyansat" }
    var archiveWhen: String { "Hvornår" }
    var archiveStatus: String { "Status" }
    var archivePlace: String { "Sted" }
    var archiveRating: String { "Vurdering" }
    var archiveConfirmed: String { "Bekræftet" }
    var archiveSent: String { "Sendt" }
    var archiveNotSent: String { "Ikke sendt" }
    var archiveSingleSignOn: String { "Knyttet til organisationens login" }
    var archiveCalendarFeed: String { "Kalenderadresse" }
    var archiveYes: String { "Ja" }
    var archiveEmployments: String { "Ansættelser" }
    var archiveKnowledgeAreas: String { "Videnperson inden for" }
    var archiveMailsSwitchedOff: String { "Mails, du har fravalgt" }
    var archiveMentorChangeRequests: String { "Ønsker om ny mentor" }
    var archiveMentorChangeRequest: String { "Ønske om ny mentor" }
    var archiveReason: String { "Begrundelse" }
    var archiveResolved: String { "Afklaret" }
    var archiveGatherings: String { "Gruppeforløb og netværk" }
    var archiveAttended: String { "Deltog" }
    var archiveAddedForOrganisation: String { "Det, du har lagt ind for organisationen" }
    var archiveMaterial: String { "Materiale" }
    var archiveApiKey: String { "API-nøgle" }
    var archiveRevoked: String { "Tilbagekaldt" }

    var archiveWrittenElsewhere: String { "Det, du har skrevet i andres forløb" }
    var archiveWrittenElsewhereAbout: String {
        "Her er det, du selv har skrevet eller har haft ansvaret for i andre menneskers forløb, samlet forløb for forløb. Mødenoter skrives i fællesskab af dem, der deltager i mødet; med her er de noter, som du var den sidste til at skrive i. En note, som en anden skrev sidst, hører til den anden og er ikke med. Andres logbog, procesjournaler, forberedelse og evalueringer er heller ikke med. Noterne til et læringsmål er kun med, hvis du stadig er mentor i forløbet."
    }
    func archiveProgrammeOf(_ newcomer: String) -> String {
        newcomer.hasSuffix("s") || newcomer.hasSuffix("x") || newcomer.hasSuffix("z") ? "\(newcomer)' forløb" : "\(newcomer)s forløb"
    }
    var archiveFormerMentor: String { "tidligere mentor" }
    var archiveMeetingNotes: String { "Mødenoter" }
    var archiveGoalYouCreated: String { "Læringsmål, du oprettede" }
    var archiveOwnGoalOfTheMentee: String { "et læringsmål med den nyansattes egen titel (ikke vist: den kan være ændret, efter du stoppede som mentor)" }
    var archiveNote: String { "Note" }
    var archivePlanRowAdded: String { "Du tilføjede en række til planen" }
    var archivePlanRowChanged: String { "Du ændrede en række i planen" }
    var archivePlanRowRemoved: String { "Du fjernede en række fra planen" }
    func archiveAgreementVersion(_ number: Int) -> String { "Samarbejdsaftale, version \(number)" }
    var archiveYouConfirmed: String { "Bekræftet af dig" }
    var archiveChecklistItem: String { "Punkt på tjeklisten" }
    var archiveTickedOffByYou: String { "Krydset af af dig" }
    var archiveAssignedToYou: String { "Du har ansvaret" }
    var archiveActivityYouRun: String { "Aktivitet, du står for" }
    var archiveYouWereMentor: String { "Du var mentor" }
    var archiveFrom: String { "Fra" }
    var archiveUntil: String { "Til" }

    var navStorage: String { "Opbevaring og sletning" }
    var storageTitle: String { "Opbevaring og sletning" }
    var storageIntro: String {
        "Det, der bliver skrevet i et forløb (logbog, procesjournaler, mødenoter, samarbejdsaftaler, svar, læringsmål og planer), bliver slettet, når opbevaringsperioden efter forløbets afslutning udløber. Datoer, status og antal bliver stående, så statistikken stadig passer."
    }
    var storagePeriodLabel: String { "Opbevaringsperiode for private tekster efter et forløbs afslutning" }
    var storagePeriodHint: String { "Teksterne bliver slettet automatisk, så snart perioden er udløbet." }
    func storageMonths(_ months: Int) -> String {
        months % 12 == 0 ? "\(months / 12) år" : (months == 1 ? "1 måned" : "\(months) måneder")
    }
    var storageSave: String { "Gem opbevaringsperioden" }
    var errorChooseStoragePeriod: String { "Vælg en af perioderne på listen." }
    var storageSaved: String { "Opbevaringsperioden er gemt." }
    func storagePurgedCount(_ count: Int) -> String {
        count == 1 ? "Indtil nu er teksterne i 1 forløb slettet." : "Indtil nu er teksterne i \(count) forløb slettet."
    }
    var erasureHeading: String { "Slet en person" }
    var erasureIntro: String {
        "Når nogen beder om at blive slettet, eller skal slettes, bliver personens navn og kontaktoplysninger fjernet, og alt, hvad personen har skrevet, bliver slettet. Forløb, møder og statistik viser i stedet en anonym »slettet person«."
    }
    var erasurePersonLabel: String { "Person" }
    var erasureChoose: String { "Fortsæt" }
    func erasureConfirmTitle(_ name: String) -> String { "Slet \(name)?" }
    var erasureWhatHappens: [String] {
        [
            "Personens navn, e-mailadresse, telefonnummer og stillingsbetegnelse bliver fjernet, og personen kan ikke længere logge ind.",
            "Personens logbog, procesjournaler, forberedelse, svar på evalueringer og idéer bliver slettet. I personens eget forløb som nyansat bliver alle private tekster også slettet.",
            "Ansættelsen tæller stadig med i tallene for fastholdelse, men uden navn.",
            "Adgangsloggen bevarer det, der er sket, under »slettet person«. Sletningen kan ikke fortrydes.",
        ]
    }
    func erasureRoles(_ count: Int) -> String {
        count == 1 ? "Personen har en rolle i 1 igangværende forløb. Vælg en anden til rollen først, ellers kommer forløbet til at vise en slettet person."
            : "Personen har roller i \(count) igangværende forløb. Vælg en anden til rollerne først, ellers kommer forløbene til at vise en slettet person."
    }
    var erasureConfirmLabel: String { "Jeg forstår, at sletningen ikke kan fortrydes" }
    var erasureConfirmButton: String { "Slet personen" }
    var erasureCancel: String { "Annuller" }
    func erasureDone(_ name: String) -> String { "\(name) er slettet." }
    var erasureRefusedYourself: String { "Du kan ikke slette dig selv. Bed en anden administrator om at gøre det." }
    var erasureRefusedLastAdministrator: String { "Det er organisationens eneste administrator. Gør en anden til administrator først." }
    var erasureRefusedAlreadyErased: String { "Personen er allerede slettet." }
    var erasureConfirmMissing: String { "Sæt flueben for at bekræfte, at du forstår, at sletningen ikke kan fortrydes." }
    var erasedPersonName: String { "Slettet person" }
    func programmeTextsPurged(_ day: String) -> String {
        "De private tekster i dette forløb blev slettet \(day), da opbevaringsperioden udløb. Datoer og status er bevaret."
    }
}
