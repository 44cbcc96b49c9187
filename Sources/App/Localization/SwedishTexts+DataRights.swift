import GodstartCore

extension SwedishTexts {
    var navMyData: String { "Mina uppgifter" }
    var myDataTitle: String { "Allt som Godstart har om dig" }
    var myDataIntro: String {
        "Du kan ladda ned ett registerutdrag med allt som Godstart har om dig, som en enda fil (ett ZIP-arkiv). Öppna index.html i filen för att läsa det i en webbläsare; data.json innehåller samma uppgifter för andra program."
    }
    var myDataContents: [String] {
        [
            "ditt namn, dina kontaktuppgifter, roller och inställningar",
            "de program du deltar i och, i ditt eget program, mötena med de anteckningar som du får läsa",
            "det du har skrivit: loggbok, processanteckningar, förberedelse, utvärderingar och idéer",
            "samarbetsavtalet, lärandemålen och lärande- och kompetensplanen i ditt eget mentorsprogram",
            "det du har skrivit eller ansvarar för i andras program: mötesanteckningar, lärandemål, ändringar i planen, samarbetsavtal, svar och avbockningar på checklistan",
            "dina anställningar, de grupper och nätverk du deltar i och det du har lagt in för organisationen",
            "de mejl som Godstart har skickat till dig och det i åtkomstloggen som rör dig",
        ]
    }
    var myDataDownload: String { "Ladda ned mina uppgifter" }
    var myDataFileName: String { "godstart-mina-uppgifter" }

    func archiveTitle(_ name: String) -> String { "Registerutdrag från Godstart för \(name)" }
    func archiveMade(_ when: String) -> String { "Skapat \(when)." }
    var archiveAbout: String {
        "Det här är en kopia av de personuppgifter som Godstart har om dig, ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR). Texter som andra har skrivit finns bara med där du också får läsa dem i Godstart."
    }
    var archiveProfile: String { "Om dig" }
    var archiveProgrammes: String { "Program" }
    var archiveMeetings: String { "Möten i ditt program" }
    var archiveLogbook: String { "Loggbok" }
    var archiveJournals: String { "Processanteckningar" }
    var archivePreparation: String { "Förberedelse" }
    var archiveAgreements: String { "Samarbetsavtal" }
    var archiveLearningGoals: String { "Lärandemål" }
    var archiveCompetencePlan: String { "Lärande- och kompetensplan" }
    var archiveEvaluations: String { "Utvärderingar" }
    var archiveIdeas: String { "Idéer" }
    var archiveMails: String { "Mejl" }
    var archiveAuditLog: String { "Åtkomstlogg" }
    var archiveNothing: String { "Inget." }
    var archivePhone: String { "Telefon" }
    var archiveTitleField: String { "Befattning" }
    var archiveUnit: String { "Enhet" }
    var archiveLanguage: String { "Språk" }
    var archiveLastDay: String { "Sista arbetsdag" }
    var archiveCreated: String { "Skriven" }
    var archiveChanged: String { "Senast ändrad" }
    var archiveSharedWith: String { "Delad med" }
    var archiveFirstDay: String { "Första arbetsdag" }
    var archiveYourRole: String { "Din roll" }
    var archiveNewcomer: String { "Nyanställd" }
    var archiveWhen: String { "När" }
    var archiveStatus: String { "Status" }
    var archivePlace: String { "Plats" }
    var archiveRating: String { "Bedömning" }
    var archiveConfirmed: String { "Bekräftat" }
    var archiveSent: String { "Skickat" }
    var archiveNotSent: String { "Inte skickat" }
    var archiveSingleSignOn: String { "Kopplad till organisationens inloggning" }
    var archiveCalendarFeed: String { "Kalenderadress" }
    var archiveYes: String { "Ja" }
    var archiveEmployments: String { "Anställningar" }
    var archiveKnowledgeAreas: String { "Kunskapsperson inom" }
    var archiveMailsSwitchedOff: String { "Mejl som du har valt bort" }
    var archiveMentorChangeRequests: String { "Önskemål om ny mentor" }
    var archiveMentorChangeRequest: String { "Önskemål om ny mentor" }
    var archiveReason: String { "Skäl" }
    var archiveResolved: String { "Avgjort" }
    var archiveGatherings: String { "Grupper och nätverk" }
    var archiveAttended: String { "Deltog" }
    var archiveAddedForOrganisation: String { "Det du har lagt in för organisationen" }
    var archiveMaterial: String { "Material" }
    var archiveApiKey: String { "API-nyckel" }
    var archiveRevoked: String { "Återkallad" }

    var archiveWrittenElsewhere: String { "Det du har skrivit i andras program" }
    var archiveWrittenElsewhereAbout: String {
        "Här finns det som du själv har skrivit eller haft ansvar för i andra personers program, samlat program för program. Mötesanteckningar skrivs gemensamt av dem som deltar i mötet; med här är de anteckningar som du var den senaste att skriva i. En anteckning som någon annan skrev senast hör till den personen och är inte med. Inte heller andras loggbok, processanteckningar, förberedelse och utvärderingar är med. Anteckningarna till ett lärandemål är bara med om du fortfarande är mentor i programmet."
    }
    func archiveProgrammeOf(_ newcomer: String) -> String {
        newcomer.hasSuffix("s") || newcomer.hasSuffix("x") || newcomer.hasSuffix("z") ? "\(newcomer) program" : "\(newcomer)s program"
    }
    var archiveFormerMentor: String { "tidigare mentor" }
    var archiveMeetingNotes: String { "Mötesanteckningar" }
    var archiveGoalYouCreated: String { "Lärandemål som du lade till" }
    var archiveOwnGoalOfTheMentee: String { "ett lärandemål med den nyanställdas egen titel (visas inte: den kan ha ändrats efter att du slutade som mentor)" }
    var archiveNote: String { "Anteckning" }
    var archivePlanRowAdded: String { "Du lade till en rad i planen" }
    var archivePlanRowChanged: String { "Du ändrade en rad i planen" }
    var archivePlanRowRemoved: String { "Du tog bort en rad ur planen" }
    func archiveAgreementVersion(_ number: Int) -> String { "Samarbetsavtal, version \(number)" }
    var archiveYouConfirmed: String { "Bekräftat av dig" }
    var archiveChecklistItem: String { "Punkt på checklistan" }
    var archiveTickedOffByYou: String { "Avbockad av dig" }
    var archiveAssignedToYou: String { "Du är ansvarig" }
    var archiveActivityYouRun: String { "Aktivitet som du håller i" }
    var archiveYouWereMentor: String { "Du var mentor" }
    var archiveFrom: String { "Från" }
    var archiveUntil: String { "Till" }

    var navStorage: String { "Lagringstid och radering" }
    var storageTitle: String { "Lagringstid och radering" }
    var storageIntro: String {
        "Det som skrivs i ett program (loggbok, processanteckningar, mötesanteckningar, samarbetsavtal, svar, lärandemål och planer) gallras när lagringstiden efter programmets slut har gått ut. Datum, status och antal finns kvar, så att statistiken fortfarande stämmer."
    }
    var storagePeriodLabel: String { "Lagringstid för privata texter efter att ett program har avslutats" }
    var storagePeriodHint: String { "Texterna gallras automatiskt så snart lagringstiden har gått ut." }
    func storageMonths(_ months: Int) -> String {
        months % 12 == 0 ? "\(months / 12) år" : (months == 1 ? "1 månad" : "\(months) månader")
    }
    var storageSave: String { "Spara lagringstiden" }
    var errorChooseStoragePeriod: String { "Välj en av perioderna i listan." }
    var storageSaved: String { "Lagringstiden är sparad." }
    func storagePurgedCount(_ count: Int) -> String {
        count == 1 ? "Hittills har texterna i 1 program gallrats." : "Hittills har texterna i \(count) program gallrats."
    }
    var erasureHeading: String { "Radera en person" }
    var erasureIntro: String {
        "När någon begär att bli raderad, eller måste raderas, tas personens namn och kontaktuppgifter bort och allt som personen har skrivit raderas. Program, möten och statistik visar i stället en anonym ”raderad person”."
    }
    var erasurePersonLabel: String { "Person" }
    var erasureChoose: String { "Fortsätt" }
    func erasureConfirmTitle(_ name: String) -> String { "Radera \(name)?" }
    var erasureWhatHappens: [String] {
        [
            "Personens namn, e-postadress, telefonnummer och befattning tas bort, och hen kan inte längre logga in.",
            "Personens loggbok, processanteckningar, förberedelse, svar på utvärderingar och idéer raderas. I personens eget program som nyanställd raderas dessutom alla privata texter.",
            "Anställningen räknas fortfarande med i siffrorna för kvarstannande, men utan namn.",
            "Åtkomstloggen behåller det som har hänt, under ”raderad person”. Raderingen går inte att ångra.",
        ]
    }
    func erasureRoles(_ count: Int) -> String {
        count == 1 ? "Personen har en roll i 1 pågående program. Välj någon annan till rollen först, annars kommer programmet att visa en raderad person."
            : "Personen har roller i \(count) pågående program. Välj någon annan till rollerna först, annars kommer programmen att visa en raderad person."
    }
    var erasureConfirmLabel: String { "Jag förstår att raderingen inte går att ångra" }
    var erasureConfirmButton: String { "Radera personen" }
    var erasureCancel: String { "Avbryt" }
    func erasureDone(_ name: String) -> String { "\(name) har raderats." }
    var erasureRefusedYourself: String { "Du kan inte radera dig själv. Be en annan administratör att göra det." }
    var erasureRefusedLastAdministrator: String { "Det här är organisationens enda administratör. Gör någon annan till administratör först." }
    var erasureRefusedAlreadyErased: String { "Personen är redan raderad." }
    var erasureConfirmMissing: String { "Kryssa i rutan för att bekräfta att du förstår att raderingen inte går att ångra." }
    var erasedPersonName: String { "Raderad person" }
    func programmeTextsPurged(_ day: String) -> String {
        "De privata texterna i det här programmet gallrades \(day), när lagringstiden gick ut. Datum och status finns kvar."
    }
}
