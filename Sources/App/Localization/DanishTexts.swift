import GodstartCore

struct DanishTexts: Texts {
    let productName = "Godstart"
    let productTagline = "Introduktion og mentorforløb for nye socialrådgivere"
    let skipToContent = "Gå til indholdet"
    let mainNavigation = "Hovedmenu"
    let navHome = "Forside"
    let navRegisterNewHire = "Opret en nyansat"
    let signedInAs = "Logget ind som"
    let signOut = "Log ud"
    let languageLabel = "Sprog"
    let changeLanguage = "Skift sprog"
    let navMyProgramme = "Mit forløb"
    let navMyNewcomers = "Mine nyansatte"
    let navTeam = "Min afdelings nyansatte"
    let navAllProgrammes = "Alle forløb"
    let navPeople = "Personer og enheder"
    let planTitle = "Planen"

    let signInTitle = "Log ind"
    let signInIntro = "Log ind med din arbejdsmail og din adgangskode."
    let emailLabel = "E-mail"
    let passwordLabel = "Adgangskode"
    let signInButton = "Log ind"
    let signInFailed = "E-mail eller adgangskode er forkert. Tjek begge dele, og prøv igen."
    let demoLoginsTitle = "Demokonti"
    func demoLoginsIntro(password: String) -> String {
        "Dette er en demo. Alle konti herunder har adgangskoden \(password)."
    }
    let nameColumn = "Navn"
    let roleColumn = "Rolle"
    let emailColumn = "E-mail"

    func role(_ role: ProgrammeRole) -> String {
        switch role {
        case .newcomer: "Nyansat"
        case .contactPerson: "Kontaktperson"
        case .mentor: "Mentor"
        case .buddy: "Buddy"
        case .manager: "Leder"
        case .coordinator: "Tovholder"
        }
    }
    let adminRole = "Administrator"
    func variant(_ variant: ProgrammeVariant) -> String {
        switch variant {
        case .standard: "Standard"
        case .temporaryHire: "Vikar"
        case .experiencedHire: "Erfaren nyansat"
        }
    }
    func variantHint(_ variant: ProgrammeVariant) -> String {
        switch variant {
        case .standard: "Tre måneders introduktion, ni måneders mentorforløb og MUS-samtale efter tolv måneder."
        case .temporaryHire: "Et lettere forløb, som kan udvides, hvis vikaren bliver fastansat."
        case .experiencedHire: "En kortere introduktion til en, der allerede kender arbejdet."
        }
    }
    func part(_ part: ProgrammeStage.Part) -> String {
        switch part {
        case .introduction: "Introduktion"
        case .mentoring: "Mentorforløb"
        case .developmentTalk: "MUS-samtale"
        case .finished: "Afsluttet"
        }
    }
    func phase(_ phase: Phase) -> String {
        switch phase {
        case .preparation: "forberedelse"
        case .start: "opstart"
        case .learning: "læring"
        case .closing: "afslutning"
        }
    }
    func meetingKind(_ kind: MeetingKind) -> String {
        switch kind {
        case .introductionStart: "Opstartsmøde"
        case .statusMeeting: "Statusmøde"
        case .introductionClosing: "Afslutningsmøde for introduktionen"
        case .mentoringStart: "Opstartsmøde i mentorforløbet"
        case .dialogueMeeting: "Mentorsamtale"
        case .mentoringClosing: "Afslutningsmøde i mentorforløbet"
        case .threePartyMeeting: "Trepartsmøde"
        case .managerMentorMeeting: "Leder og mentor"
        case .developmentTalk: "MUS-samtale"
        }
    }
    func meetingTitle(_ kind: MeetingKind, number: Int) -> String {
        switch kind {
        case .statusMeeting, .dialogueMeeting: "\(meetingKind(kind)) \(number)"
        default: meetingKind(kind)
        }
    }
    func agendaTitle(_ point: AgendaPoint) -> String {
        switch point {
        case .followUp: "Opfølgning fra sidst"
        case .onYourMind: "Det, der fylder lige nu"
        case .plannedTheme: "Dagens tema og læringsmål"
        case .takeaways: "Det, du tager med dig"
        case .feedbackBothWays: "Gensidig feedback på samtalen"
        case .nextTheme: "Næste tema og forberedelse"
        case .howIsItGoing: "Hvordan går det?"
        case .coveredSinceLastTime: "Det, vi har nået siden sidst"
        case .comingUp: "Det, der står for tur"
        case .whatIsDifficult: "Det, der er svært"
        case .forTheManager: "Noget til lederen"
        case .expectations: "Forventninger til hinanden"
        case .firstWeeks: "De første uger"
        case .practicalMatters: "Det praktiske"
        case .learningGoalsForIntroduction: "Læringsmål for introduktionen"
        case .nextMeeting: "Næste møde"
        case .evaluateIntroduction: "Sådan gik introduktionen"
        case .uncoveredItems: "Det, vi ikke har nået endnu"
        case .readyForMentoring: "Videre til mentorforløbet"
        case .frameAndGroundRules: "Rammer og spilleregler"
        case .confidentiality: "Fortrolighed"
        case .learningNeeds: "Læringsbehov"
        case .meetingsAhead: "De næste møder"
        case .lookBack: "Blik tilbage"
        case .lookForward: "Blik fremad"
        case .chosenLearningGoals: "Læringsmål, den nyansatte har valgt at tage med"
        case .tasksAndWorkload: "Opgaver og arbejdsmængde"
        case .supportNeeded: "Behov for støtte"
        case .newcomersDevelopment: "Sådan udvikler den nyansatte sig"
        }
    }
    func agendaHint(_ point: AgendaPoint) -> String {
        switch point {
        case .followUp: "Hvordan gik det med det, I aftalte at forberede eller afprøve?"
        case .onYourMind: "Den nyansatte lægger ud med det, der fylder mest lige nu."
        case .plannedTheme: "Arbejd med det tema, I aftalte sidste gang."
        case .takeaways: "Den nyansatte samler op med sine egne ord."
        case .feedbackBothWays: "Det, der virkede i samtalen, og det, I ville gøre anderledes."
        case .nextTheme: "Aftal næste tema, og om der er noget at forberede eller afprøve inden da."
        case .howIsItGoing: "Arbejdet, kollegerne og hvordan den nyansatte har det."
        case .coveredSinceLastTime: "Aktiviteter og emner siden sidste statusmøde."
        case .comingUp: "Aktiviteter og emner i de kommende uger."
        case .whatIsDifficult: "Spørgsmål, tvivl og det, der tager for lang tid."
        case .forTheManager: "Det, lederen skal vide eller gøre noget ved."
        case .expectations: "Hvad I hver især forventer, og hvad I kan tilbyde."
        case .firstWeeks: "Planen for de første uger, og hvem der står for hvad."
        case .practicalMatters: "IT-adgang, nøgler, skrivebord, telefon og systemer."
        case .learningGoalsForIntroduction: "Det, den nyansatte skal kunne efter introduktionen."
        case .nextMeeting: "Dato og hvad der skal forberedes."
        case .evaluateIntroduction: "Det, der virkede, og det, arbejdspladsen kan gøre bedre."
        case .uncoveredItems: "Emner, der mangler, og hvem der tager sig af dem."
        case .readyForMentoring: "Aftal, at mentorforløbet begynder, og med hvem."
        case .frameAndGroundRules: "Hvor tit og hvor længe I mødes, hvor, uden forstyrrelser, og at I begge kommer forberedt."
        case .confidentiality: "Det, der bliver sagt, bliver mellem jer to, medmindre I aftaler andet."
        case .learningNeeds: "Det, den nyansatte gerne vil lære, og hvilken rolle mentoren skal have i det."
        case .meetingsAhead: "Planlæg mindst de næste to eller tre møder."
        case .lookBack: "Indhold, læringsmål, form og hvad det førte til."
        case .lookForward: "Den videre udvikling herfra."
        case .chosenLearningGoals: "Kun det, den nyansatte selv har valgt at dele."
        case .tasksAndWorkload: "Sagerne og opgaverne lige nu, og om mængden er passende."
        case .supportNeeded: "Det, den nyansatte har brug for fra lederen og mentor."
        case .newcomersDevelopment: "Det, lederen og mentor ser, og hvordan de støtter op. Intet fra mentorsamtalerne bliver givet videre."
        }
    }
    func atTime(day: String, time: String) -> String { "\(day) kl. \(time)" }

    func welcome(name: String) -> String { "Velkommen, \(name)" }
    let whereYouAreNow = "Her er du nu"
    let nextMeeting = "Dit næste møde"
    let noNextMeeting = "Der er ikke planlagt noget møde."
    let yourPlan = "Din plan"
    let whoIsWho = "Hvem er hvem"
    let notAssigned = "Ikke valgt endnu"
    let noProgrammeYet = "Du har ikke et forløb i Godstart endnu. Spørg din tovholder."

    let statusPlanned = "Planlagt"
    let statusHeld = "Afholdt"
    func heldOn(_ day: String) -> String { "Afholdt \(day)" }
    let notMarkedAsHeld = "Ikke markeret som afholdt"
    let openMeeting = "Åbn"
    let placeLabel = "Sted"
    let statusLabel = "Status"
    let placeNotSet = "Intet sted angivet"
    let timeLabel = "Tidspunkt"
    let dateLabel = "Dato"
    let participantsTitle = "Deltagere"
    let agendaTitleHeading = "Dagsorden og noter"
    let leadsTheMeeting = "står for mødet"
    let saveNotes = "Gem noter"
    let notesSaved = "Dine noter er gemt."
    let notesPrivateHint = "Kun mødets deltagere kan læse noterne."
    let notesNotVisible = "Noterne fra dette møde tilhører deltagerne. Du kan se, at mødet finder sted, og hvornår."
    let noNoteWritten = "Der er ikke skrevet noget."
    let markAsHeld = "Markér som afholdt"
    let markedAsHeld = "Mødet er markeret som afholdt."
    let markAsNotHeld = "Markér som ikke afholdt"
    let markedAsNotHeld = "Mødet er markeret som ikke afholdt."
    let heldFromItsDay = "Du kan markere mødet som afholdt fra den dag, det holdes."
    let moveMeeting = "Flyt møde"
    let moveMeetingTitle = "Flyt mødet"
    let moveMeetingIntro = "Vælg ny dag, tidspunkt og sted. Deltagerne kan se ændringen i deres plan."
    let saveMove = "Flyt"
    let meetingMoved = "Mødet er flyttet."
    let cancel = "Annuller"
    let backToProgramme = "Tilbage til forløbet"
    let minutesLabel = "Varighed i minutter"

    let yourNewcomers = "Dine nyansatte"
    let yourRoleColumn = "Din rolle"
    let stageColumn = "Hvor i forløbet"
    let nextMeetingColumn = "Næste møde"
    let yourNextMeetings = "Dine næste møder"
    let noNewcomers = "Du er ikke kontaktperson, mentor eller buddy for nogen lige nu."
    let noMeetingsAhead = "Ingen planlagte møder."
    let newcomerColumn = "Nyansat"
    let meetingColumn = "Møde"
    let whenColumn = "Hvornår"

    let managerTitle = "Dine nyansatte"
    let managerIntro = "Sådan går det med forløbene for dine nyansatte. Du kan se, at møderne bliver holdt, men ikke hvad der bliver sagt på dem."
    let unitColumn = "Enhed"
    let meetingsHeldColumn = "Afholdte møder"
    func meetingsHeld(_ held: Int, of total: Int) -> String { "\(held) af \(total)" }
    let lastMeetingHeldColumn = "Senest afholdte møde"
    let noMeeting = "Intet møde"

    let coordinatorTitle = "Alle forløb"
    let coordinatorIntro = "Alle forløb i organisationen samlet ét sted. Du ser datoer og status, aldrig hvad der bliver sagt på møderne."
    let overdueColumn = "Udestående"
    func overdueMeetings(_ count: Int) -> String {
        count == 1 ? "1 møde ikke markeret som afholdt" : "\(count) møder ikke markeret som afholdt"
    }
    let nothingOverdue = "Intet"
    let firstDayColumn = "Første arbejdsdag"
    let variantColumn = "Forløb"
    let noProgrammes = "Der er ingen forløb endnu. Opret en nyansat for at starte et."
    func programmeCount(_ count: Int) -> String { count == 1 ? "1 forløb" : "\(count) forløb" }

    let adminTitle = "Personer og enheder"
    let adminIntro = "Organisationens enheder og de personer, der bruger Godstart."
    let unitsTitle = "Enheder"
    let peopleTitle = "Personer"
    func peopleInUnit(_ count: Int) -> String { count == 1 ? "1 person" : "\(count) personer" }
    let rolesColumn = "Roller"
    let coordinatorFlag = "Tovholder"
    let managerFlag = "Leder"
    let adminFlag = "Administrator"

    func programmeTitle(name: String) -> String { "Forløb for \(name)" }
    let programmeFacts = "Om forløbet"
    let firstDayLabel = "Første arbejdsdag"
    let developmentTalkLabel = "MUS-samtale"
    let buddyOnlySeesFirstWeeks = "Som buddy ser du planen for de første uger."
    let programmeCreated = "Forløbet er oprettet, og planen er klar."

    let registerTitle = "Opret en nyansat"
    let registerIntro = "Godstart opretter forløbet og en plan med datoer ud fra arbejdspladsens skabelon. Du kan flytte møder bagefter."
    let newcomerSection = "Den nyansatte"
    let peopleSection = "Personerne omkring den nyansatte"
    let nameLabel = "Navn"
    let newcomerEmailHint = "Den nyansatte logger ind med denne adresse."
    let unitLabel = "Enhed"
    let firstDayHint = "Planen starter denne dag. Falder den i en weekend, rykkes den til mandagen efter."
    let managerLabel = "Leder"
    let variantLabel = "Forløb"
    let contactPersonLabel = "Kontaktperson"
    let mentorLabel = "Mentor"
    let contactIsMentorLabel = "Kontaktpersonen er også mentor"
    let buddyLabel = "Buddy"
    let chooseOption = "Vælg"
    let noBuddyOption = "Ingen buddy endnu"
    let registerButton = "Opret og lav planen"
    let formHasErrors = "Nogle felter skal rettes. Det, du har skrevet, står der stadig."

    let errorRequired = "Udfyld dette felt."
    let errorEmail = "Skriv en hel e-mailadresse, fx navn@example.org."
    let errorEmailTaken = "En anden i Godstart har allerede denne e-mailadresse."
    let errorDate = "Skriv en dato, der findes, fx 3.8.2026 eller 2026-08-03."
    let errorTime = "Skriv tidspunktet som timer og minutter, fx 10:00."
    let errorUnknownChoice = "Vælg en af mulighederne."
    let errorManagerAsContact = "Lederen kan ikke være kontaktperson. Den nyansatte skal have en kollega, som er let at spørge om alt. Vælg en anden."
    let errorManagerAsMentor = "Lederen kan ikke være mentor. Mentorsamtalerne skal være et rum uden lederen. Vælg en anden."
    let errorNewcomerAsHelper = "Den nyansatte kan ikke have denne rolle i sit eget forløb."
    let errorMentorMissing = "Vælg en mentor, eller sæt flueben ved, at kontaktpersonen også er mentor."
    let errorTooLong = "Teksten er for lang."
    func errorTooLongLimit(_ characters: Int) -> String { "Skriv højst \(characters) tegn." }

    let notFoundTitle = "Siden findes ikke"
    let notFoundText = "Vi kunne ikke finde siden. Adressen kan være forkert, eller også har du ikke adgang til siden."
    let formExpiredTitle = "Formularen er udløbet"
    let typedFieldLabel = "Det, du skrev"
    let formExpiredText = "Af sikkerhedshensyn udløber en formular, når du har været væk et stykke tid eller er logget ind igen. Det, du skrev, står herunder, så intet går tabt: kopiér det, åbn siden igen, og sæt det ind."
    let serverErrorTitle = "Noget gik galt"
    let serverErrorText = "Godstart kunne ikke gøre det færdigt, du bad om. Intet af det, du har gemt tidligere, er gået tabt. Prøv igen om lidt."
    let goHome = "Gå til din forside"

    let invitationSection = "Log ind for den nyansatte"
    let invitationButton = "Lav et link til at logge ind"
    let invitationTitle = "Link til at logge ind"
    let invitationLinkLabel = "Link"
    let welcomeIntro = "Vælg en adgangskode til Godstart. Du logger ind med din arbejdsmail og denne adgangskode."
    let newPasswordLabel = "Ny adgangskode"
    let repeatPasswordLabel = "Gentag adgangskoden"
    let choosePasswordButton = "Gem adgangskoden og log ind"
    let errorPasswordsDiffer = "De to adgangskoder er ikke ens."
    let colleagueRole = "Kollega"
    func invitationNotYet(name: String) -> String { "\(name) har endnu ikke valgt en adgangskode. Lav et link, og send det til \(name)." }
    func invitationReady(name: String) -> String { "\(name) har valgt en adgangskode og kan logge ind." }
    func invitationIntro(name: String, until: String) -> String { "Send dette link til \(name), fx på mail. Med det vælger \(name) sin adgangskode. Det virker én gang og indtil \(until). Et nyt link erstatter dette." }
    func newPasswordHint(_ length: Int) -> String { "Mindst \(length) tegn. En sætning, du kan huske, fungerer godt." }
    func errorPasswordTooShort(_ length: Int) -> String { "Adgangskoden skal være mindst \(length) tegn." }
}
