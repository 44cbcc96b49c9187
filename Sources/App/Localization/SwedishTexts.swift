import GodstartCore

struct SwedishTexts: Texts {
    let productName = "Godstart"
    let productTagline = "Introduktion och mentorskap för nya socialsekreterare"
    let skipToContent = "Hoppa till innehållet"
    let mainNavigation = "Huvudmeny"
    let navHome = "Startsida"
    let navRegisterNewHire = "Registrera en nyanställd"
    let signedInAs = "Inloggad som"
    let signOut = "Logga ut"
    let languageLabel = "Språk"
    let changeLanguage = "Byt språk"
    let navMyProgramme = "Mitt program"
    let navMyNewcomers = "Mina nyanställda"
    let navTeam = "Min enhets nyanställda"
    let navAllProgrammes = "Alla program"
    let navPeople = "Personer och enheter"
    let planTitle = "Planen"

    let signInTitle = "Logga in"
    let signInIntro = "Logga in med din e-postadress på jobbet och ditt lösenord."
    let emailLabel = "E-post"
    let passwordLabel = "Lösenord"
    let signInButton = "Logga in"
    let signInFailed = "E-postadressen eller lösenordet stämmer inte. Kontrollera båda och försök igen."
    let demoLoginsTitle = "Demokonton"
    func demoLoginsIntro(password: String) -> String {
        "Det här är en demo. Alla konton nedan har lösenordet \(password)."
    }
    let nameColumn = "Namn"
    let roleColumn = "Roll"
    let emailColumn = "E-post"

    func role(_ role: ProgrammeRole) -> String {
        switch role {
        case .newcomer: "Nyanställd"
        case .contactPerson: "Kontaktperson"
        case .mentor: "Mentor"
        case .buddy: "Fadder"
        case .manager: "Chef"
        case .coordinator: "Samordnare"
        }
    }
    let adminRole = "Administratör"
    func variant(_ variant: ProgrammeVariant) -> String {
        switch variant {
        case .standard: "Standard"
        case .temporaryHire: "Vikarie"
        case .experiencedHire: "Erfaren nyanställd"
        }
    }
    func variantHint(_ variant: ProgrammeVariant) -> String {
        switch variant {
        case .standard: "Tre månaders introduktion, nio månaders mentorsprogram och utvecklingssamtal efter tolv månader."
        case .temporaryHire: "Ett lättare program som kan byggas ut om vikarien blir tillsvidareanställd."
        case .experiencedHire: "En kortare introduktion för den som redan kan arbetet."
        }
    }
    func part(_ part: ProgrammeStage.Part) -> String {
        switch part {
        case .introduction: "Introduktion"
        case .mentoring: "Mentorsprogram"
        case .developmentTalk: "Utvecklingssamtal"
        case .finished: "Avslutat"
        }
    }
    func phase(_ phase: Phase) -> String {
        switch phase {
        case .preparation: "förberedelse"
        case .start: "uppstart"
        case .learning: "lärande"
        case .closing: "avslutning"
        }
    }
    func meetingKind(_ kind: MeetingKind) -> String {
        switch kind {
        case .introductionStart: "Uppstartsmöte"
        case .statusMeeting: "Avstämningsmöte"
        case .introductionClosing: "Avslutningsmöte för introduktionen"
        case .mentoringStart: "Uppstartsmöte i mentorsprogrammet"
        case .dialogueMeeting: "Mentorssamtal"
        case .mentoringClosing: "Avslutningsmöte i mentorsprogrammet"
        case .threePartyMeeting: "Trepartssamtal"
        case .managerMentorMeeting: "Chef och mentor"
        case .developmentTalk: "Utvecklingssamtal"
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
        case .followUp: "Uppföljning från förra gången"
        case .onYourMind: "Det som upptar dig just nu"
        case .plannedTheme: "Dagens tema och lärandemål"
        case .takeaways: "Det du tar med dig"
        case .feedbackBothWays: "Ömsesidig återkoppling på samtalet"
        case .nextTheme: "Nästa tema och förberedelser"
        case .howIsItGoing: "Hur går det?"
        case .coveredSinceLastTime: "Det vi har gått igenom sedan sist"
        case .comingUp: "Det som väntar"
        case .whatIsDifficult: "Det som är svårt"
        case .forTheManager: "Något till chefen"
        case .expectations: "Förväntningar på varandra"
        case .firstWeeks: "De första veckorna"
        case .practicalMatters: "Det praktiska"
        case .learningGoalsForIntroduction: "Lärandemål för introduktionen"
        case .nextMeeting: "Nästa möte"
        case .evaluateIntroduction: "Hur introduktionen har gått"
        case .uncoveredItems: "Det vi inte har hunnit med än"
        case .readyForMentoring: "Vidare till mentorsprogrammet"
        case .frameAndGroundRules: "Ramar och spelregler"
        case .confidentiality: "Förtrolighet"
        case .learningNeeds: "Lärandebehov"
        case .meetingsAhead: "De kommande mötena"
        case .lookBack: "Tillbakablick"
        case .lookForward: "Framåtblick"
        case .chosenLearningGoals: "Lärandemål som den nyanställda har valt att ta med"
        case .tasksAndWorkload: "Uppgifter och arbetsbelastning"
        case .supportNeeded: "Behov av stöd"
        case .newcomersDevelopment: "Hur den nyanställda utvecklas"
        }
    }
    func agendaHint(_ point: AgendaPoint) -> String {
        switch point {
        case .followUp: "Hur gick det med det ni kom överens om att förbereda eller pröva?"
        case .onYourMind: "Den nyanställda börjar med det som tar mest plats just nu."
        case .plannedTheme: "Arbeta med det tema ni kom överens om förra gången."
        case .takeaways: "Den nyanställda sammanfattar med egna ord."
        case .feedbackBothWays: "Vad som fungerade i samtalet och vad ni skulle göra annorlunda."
        case .nextTheme: "Kom överens om nästa tema och om något ska förberedas eller prövas till dess."
        case .howIsItGoing: "Arbetet, kollegorna och hur den nyanställda mår."
        case .coveredSinceLastTime: "Aktiviteter och ämnen sedan förra avstämningsmötet."
        case .comingUp: "Aktiviteter och ämnen de närmaste veckorna."
        case .whatIsDifficult: "Frågor, tvivel och sådant som tar för lång tid."
        case .forTheManager: "Sådant som chefen behöver veta eller göra något åt."
        case .expectations: "Vad ni var och en förväntar er och vad ni kan bidra med."
        case .firstWeeks: "Schemat för de första veckorna och vem som ansvarar för vad."
        case .practicalMatters: "IT-behörigheter, nycklar, skrivbord, telefon och system."
        case .learningGoalsForIntroduction: "Vad den nyanställda ska kunna efter introduktionen."
        case .nextMeeting: "Datum och vad som ska förberedas."
        case .evaluateIntroduction: "Vad som fungerade och vad arbetsplatsen kan göra bättre."
        case .uncoveredItems: "Ämnen som återstår och vem som tar hand om dem."
        case .readyForMentoring: "Kom överens om att mentorsprogrammet börjar, och med vem."
        case .frameAndGroundRules: "Hur ofta, hur länge och var ni ses, att ni inte blir störda och att ni kommer förberedda."
        case .confidentiality: "Det som sägs stannar mellan er två, om ni inte kommer överens om något annat."
        case .learningNeeds: "Vad den nyanställda vill lära sig och vilken roll mentorn har i det."
        case .meetingsAhead: "Planera minst de två eller tre närmaste mötena."
        case .lookBack: "Innehåll, lärandemål, form och vad det ledde till."
        case .lookForward: "Hur utvecklingen fortsätter härifrån."
        case .chosenLearningGoals: "Bara det som den nyanställda själv har valt att dela."
        case .tasksAndWorkload: "Ärendena och uppgifterna just nu, och om mängden är rimlig."
        case .supportNeeded: "Det den nyanställda behöver från chefen och mentorn."
        case .newcomersDevelopment: "Det chefen och mentorn ser, och hur de stöttar. Inget från mentorssamtalen förs vidare."
        }
    }
    func atTime(day: String, time: String) -> String { "\(day) kl. \(time)" }

    func welcome(name: String) -> String { "Välkommen, \(name)" }
    let whereYouAreNow = "Här är du nu"
    let nextMeeting = "Ditt nästa möte"
    let noNextMeeting = "Inget möte är planerat."
    let yourPlan = "Din plan"
    let whoIsWho = "Vem är vem"
    let notAssigned = "Inte utsedd än"
    let noProgrammeYet = "Du har inget program i Godstart än. Fråga din samordnare."

    let statusPlanned = "Planerat"
    let statusHeld = "Genomfört"
    func heldOn(_ day: String) -> String { "Genomfört \(day)" }
    let notMarkedAsHeld = "Inte markerat som genomfört"
    let openMeeting = "Öppna"
    let placeLabel = "Plats"
    let statusLabel = "Status"
    let placeNotSet = "Ingen plats angiven"
    let timeLabel = "Tid"
    let dateLabel = "Datum"
    let participantsTitle = "Deltagare"
    let agendaTitleHeading = "Dagordning och anteckningar"
    let leadsTheMeeting = "håller i mötet"
    let saveNotes = "Spara anteckningar"
    let notesSaved = "Dina anteckningar är sparade."
    let notesPrivateHint = "Bara mötets deltagare kan läsa anteckningarna."
    let notesNotVisible = "Anteckningarna från mötet tillhör deltagarna. Du kan se att mötet äger rum och när."
    let noNoteWritten = "Inget antecknat."
    let markAsHeld = "Markera som genomfört"
    let markedAsHeld = "Mötet är markerat som genomfört."
    let markAsNotHeld = "Markera som inte genomfört"
    let markedAsNotHeld = "Mötet är markerat som inte genomfört."
    let heldFromItsDay = "Du kan markera mötet som genomfört från och med dagen då det hålls."
    let moveMeeting = "Flytta möte"
    let moveMeetingTitle = "Flytta mötet"
    let moveMeetingIntro = "Välj ny dag, tid och plats. Deltagarna ser ändringen i sin plan."
    let saveMove = "Flytta"
    let meetingMoved = "Mötet har flyttats."
    let cancel = "Avbryt"
    let backToProgramme = "Tillbaka till programmet"
    let minutesLabel = "Längd i minuter"

    let yourNewcomers = "Dina nyanställda"
    let yourRoleColumn = "Din roll"
    let stageColumn = "Var i programmet"
    let nextMeetingColumn = "Nästa möte"
    let yourNextMeetings = "Dina kommande möten"
    let noNewcomers = "Du är inte kontaktperson, mentor eller fadder för någon just nu."
    let noMeetingsAhead = "Inga planerade möten."
    let newcomerColumn = "Nyanställd"
    let meetingColumn = "Möte"
    let whenColumn = "När"

    let managerTitle = "Dina nyanställda"
    let managerIntro = "Hur det går i programmen för dina nyanställda. Du ser att mötena blir av, men inte vad som sägs på dem."
    let unitColumn = "Enhet"
    let meetingsHeldColumn = "Genomförda möten"
    func meetingsHeld(_ held: Int, of total: Int) -> String { "\(held) av \(total)" }
    let lastMeetingHeldColumn = "Senast genomförda möte"
    let noMeeting = "Inget möte"

    let coordinatorTitle = "Alla program"
    let coordinatorIntro = "Alla program i organisationen på ett ställe. Du ser datum och status, aldrig vad som sägs på mötena."
    let overdueColumn = "Utestående"
    func overdueMeetings(_ count: Int) -> String {
        count == 1 ? "1 möte inte markerat som genomfört" : "\(count) möten inte markerade som genomförda"
    }
    let nothingOverdue = "Inget"
    let firstDayColumn = "Första arbetsdag"
    let variantColumn = "Program"
    let noProgrammes = "Inga program än. Registrera en nyanställd för att starta ett."
    func programmeCount(_ count: Int) -> String { count == 1 ? "1 program" : "\(count) program" }

    let adminTitle = "Personer och enheter"
    let adminIntro = "Organisationens enheter och de personer som använder Godstart."
    let unitsTitle = "Enheter"
    let peopleTitle = "Personer"
    func peopleInUnit(_ count: Int) -> String { count == 1 ? "1 person" : "\(count) personer" }
    let rolesColumn = "Roller"
    let coordinatorFlag = "Samordnare"
    let managerFlag = "Chef"
    let adminFlag = "Administratör"

    func programmeTitle(name: String) -> String { "Program för \(name)" }
    let programmeFacts = "Om programmet"
    let firstDayLabel = "Första arbetsdag"
    let developmentTalkLabel = "Utvecklingssamtal"
    let buddyOnlySeesFirstWeeks = "Som fadder ser du planen för de första veckorna."
    let programmeCreated = "Programmet är skapat och planen är klar."

    let registerTitle = "Registrera en nyanställd"
    let registerIntro = "Godstart skapar programmet och en plan med datum utifrån arbetsplatsens mall. Du kan flytta möten efteråt."
    let newcomerSection = "Den nyanställda"
    let peopleSection = "Personerna runt den nyanställda"
    let nameLabel = "Namn"
    let newcomerEmailHint = "Den nyanställda loggar in med den här adressen."
    let unitLabel = "Enhet"
    let firstDayHint = "Planen börjar den här dagen. Infaller den på en helg flyttas den till måndagen efter."
    let managerLabel = "Chef"
    let variantLabel = "Program"
    let contactPersonLabel = "Kontaktperson"
    let mentorLabel = "Mentor"
    let contactIsMentorLabel = "Kontaktpersonen är också mentor"
    let buddyLabel = "Fadder"
    let chooseOption = "Välj"
    let noBuddyOption = "Ingen fadder än"
    let registerButton = "Registrera och skapa planen"
    let formHasErrors = "Några fält behöver rättas. Det du har skrivit finns kvar."

    let errorRequired = "Fyll i det här fältet."
    let errorEmail = "Skriv en hel e-postadress, till exempel namn@example.org."
    let errorEmailTaken = "Någon i Godstart har redan den här e-postadressen."
    let errorDate = "Skriv ett datum som finns, till exempel 2026-08-03 eller 3.8.2026."
    let errorTime = "Skriv tiden som timmar och minuter, till exempel 10:00."
    let errorUnknownChoice = "Välj ett av alternativen."
    let errorManagerAsContact = "Chefen kan inte vara kontaktperson. Den nyanställda behöver en kollega att fråga fritt. Välj någon annan."
    let errorManagerAsMentor = "Chefen kan inte vara mentor. Mentorssamtalen behöver ett rum där chefen inte är med. Välj någon annan."
    let errorNewcomerAsHelper = "Den nyanställda kan inte ha den här rollen i sitt eget program."
    let errorMentorMissing = "Välj en mentor eller kryssa i att kontaktpersonen också är mentor."
    let errorTooLong = "Texten är för lång."
    func errorTooLongLimit(_ characters: Int) -> String { "Skriv högst \(characters) tecken." }

    let notFoundTitle = "Sidan finns inte"
    let notFoundText = "Vi hittade inte sidan. Adressen kan vara fel, eller så har du inte behörighet till sidan."
    let formExpiredTitle = "Formuläret har gått ut"
    let typedFieldLabel = "Det du skrev"
    let formExpiredText = "Av säkerhetsskäl går ett formulär ut när du har varit borta en stund eller loggat in på nytt. Det du skrev står nedan, så inget går förlorat: kopiera det, öppna sidan igen och klistra in det."
    let serverErrorTitle = "Något gick fel"
    let serverErrorText = "Godstart kunde inte slutföra det du bad om. Inget av det du har sparat tidigare har gått förlorat. Försök igen om en stund."
    let goHome = "Gå till din startsida"

    let invitationSection = "Inloggning för den nyanställda"
    let invitationButton = "Skapa en inloggningslänk"
    let invitationTitle = "Inloggningslänk"
    let invitationLinkLabel = "Länk"
    let welcomeIntro = "Välj ett lösenord till Godstart. Du loggar in med din e-postadress på jobbet och det här lösenordet."
    let newPasswordLabel = "Nytt lösenord"
    let repeatPasswordLabel = "Upprepa lösenordet"
    let choosePasswordButton = "Spara lösenordet och logga in"
    let errorPasswordsDiffer = "De två lösenorden är inte likadana."
    let colleagueRole = "Kollega"
    func invitationNotYet(name: String) -> String { "\(name) har inte valt något lösenord ännu. Skapa en länk och skicka den till \(name)." }
    func invitationReady(name: String) -> String { "\(name) har valt ett lösenord och kan logga in." }
    func invitationIntro(name: String, until: String) -> String { "Skicka den här länken till \(name), till exempel via e-post. Med den väljer \(name) sitt lösenord. Den fungerar en gång och till och med \(until). En ny länk ersätter den här." }
    func newPasswordHint(_ length: Int) -> String { "Minst \(length) tecken. En mening som du kommer ihåg fungerar bra." }
    func errorPasswordTooShort(_ length: Int) -> String { "Lösenordet måste vara minst \(length) tecken." }
}
