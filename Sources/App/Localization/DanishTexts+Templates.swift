import GodstartCore

extension DanishTexts {
    var navTemplates: String { "Skabeloner" }
    var templatesTitle: String { "Skabeloner til introduktionsforløb" }
    var templatesIntro: String {
        "Hvert nyt forløb bliver planlagt ud fra skabelonen for forløbstypen: længden, hvor tit I mødes, og tjeklisten. Når du ændrer en skabelon, ændrer det ikke de igangværende forløb, før du selv opdaterer dem, du vælger."
    }
    func templateSummary(introductionMonths: Int, mentoringMonths: Int, items: Int) -> String {
        "Introduktion \(introductionMonths) \(introductionMonths == 1 ? "måned" : "måneder"), mentorforløb \(mentoringMonths) \(mentoringMonths == 1 ? "måned" : "måneder"), \(items) \(items == 1 ? "punkt" : "punkter") på tjeklisten"
    }
    func templateChangedOn(date: String) -> String { "Senest ændret \(date)" }
    var templateNotChangedYet: String { "Som den kommer fra Godstart" }
    var editTemplate: String { "Ret skabelonen" }
    func templateTitle(variant: String) -> String { "Skabelon: \(variant)" }
    var backToTemplates: String { "Tilbage til skabelonerne" }

    var lengthsHeading: String { "Længde og møder" }
    var lengthsIntro: String { "Regnet fra første arbejdsdag. Møder, der falder i en weekend, bliver flyttet til en hverdag." }
    var introductionMonthsLabel: String { "Introduktionens længde (måneder)" }
    var statusEveryWeeksLabel: String { "Tid mellem statusmøderne (uger)" }
    var mentoringMonthsLabel: String { "Mentorforløbets længde (måneder)" }
    var weeklyDialogueWeeksLabel: String { "Periode med ugentlige mentorsamtaler (uger)" }
    var dialogueEveryWeeksAfterLabel: String { "Derefter tid mellem mentorsamtalerne (uger)" }
    var developmentTalkAtMonthsLabel: String { "MUS-samtale efter (måneder)" }
    var meetingTimeLabel: String { "Sædvanligt tidspunkt for møderne" }
    var meetingMinutesLabel: String { "Sædvanlig varighed af et møde (minutter)" }
    var saveTemplateButton: String { "Gem længde og møder" }
    var templateSaved: String { "Skabelonen er gemt. Nye forløb bliver planlagt ud fra den." }
    var errorWholeNumber: String { "Skriv et helt tal." }
    func errorTemplate(_ problem: TemplateProblem) -> String {
        switch problem {
        case .introductionLength: "Introduktionen skal vare fra 1 til 12 måneder."
        case .mentoringLength: "Mentorforløbet skal vare fra 1 til 24 måneder."
        case .statusCadence: "Der skal være 1 til 8 uger mellem statusmøderne."
        case .dialogueCadence: "Perioden med ugentlige mentorsamtaler skal være mindst 1 uge, og derefter skal der være 1 til 8 uger mellem samtalerne."
        case .developmentTalkTooEarly: "MUS-samtalen kan ikke ligge, før introduktionen er slut."
        case .meetingLength: "Et møde skal vare fra 15 minutter til 8 timer."
        }
    }

    var templateChecklistHeading: String { "Tjekliste" }
    var templateChecklistIntro: String {
        "Hvert punkt har en periode på nogle uger, regnet fra første arbejdsdag, og en rolle, der står for det. I det enkelte forløb kan kontaktpersonen og lederen tilpasse punkterne til den nyansatte."
    }
    var fromWeekLabel: String { "Fra uge" }
    var toWeekLabel: String { "Til uge" }
    var weekHint: String { "Uge 0 er de to uger før første arbejdsdag. Uge 1 er den første uge." }
    var addTemplateItemHeading: String { "Tilføj et punkt til skabelonen" }
    var addTemplateItemButton: String { "Tilføj punktet" }
    var saveTemplateItemButton: String { "Gem punktet" }
    var removeTemplateItem: String { "Fjern fra skabelonen" }
    var templateItemAdded: String { "Punktet er tilføjet skabelonen." }
    var templateItemSaved: String { "Punktet er gemt." }
    var templateItemRemoved: String { "Punktet er fjernet fra skabelonen. Forløb, der har punktet, beholder det, indtil du opdaterer dem." }
    var builtInTitleHint: String { "Godstarts egne punkter er skrevet på alle sprog. Du kan ændre, hvornår de ligger, og hvem der står for dem." }
    func errorTemplateItem(_ problem: TemplateItemRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Vælg en uge fra 0 til \(TemplateItemRules.lastWeek)."
        case .endBeforeStart: "Den sidste uge kan ikke ligge før den første."
        case .titleMissing: "Skriv, hvad punktet går ud på."
        case .titleTooLong: "Punktets tekst er for lang."
        }
    }
    var moveUp: String { "Flyt op" }
    var moveDown: String { "Flyt ned" }
    var orderSaved: String { "Rækkefølgen er gemt." }

    var applyHeading: String { "Opdatér igangværende forløb" }
    var applyIntro: String {
        "Vælg de forløb, der skal følge skabelonen, som den ser ud nu. Møder, der allerede er holdt, som nogen selv har planlagt eller flyttet, eller som der er skrevet noter til, bliver, som de er. Det samme gælder punkter, der er nået, og punkter, som nogen har tilpasset. Kommende møder følger den nye rytme. Nye punkter og aktiviteter, der endnu ikke har fundet sted, bliver tilføjet, og de aktiviteter, der allerede står i et skema, bliver, som de er."
    }
    var applyLegend: String { "Igangværende forløb af denne type" }
    var applyButton: String { "Opdatér de valgte forløb" }
    var noRunningProgrammes: String { "Der er ingen igangværende forløb af denne type." }
    var plannedBeforeLastChange: String { "Planlagt før seneste ændring" }
    func followsTemplateSince(date: String) -> String { "Følger skabelonen fra \(date)" }
    func appliedFlash(_ count: Int) -> String { count == 1 ? "1 forløb følger nu skabelonen." : "\(count) forløb følger nu skabelonen." }
    var errorNoProgrammeChosen: String { "Vælg mindst ét forløb." }

    var upgradeHeading: String { "Er vikaren blevet fastansat?" }
    func upgradeIntro(to variant: String) -> String {
        "Når en vikar bliver fastansat, skifter forløbet til »\(variant)« uden at starte forfra: alt det, der er gjort indtil nu, bliver bevaret, og resten af planen følger skabelonen for »\(variant)«."
    }
    var upgradeButton: String { "Gør det til et standardforløb" }
    func upgradedFlash(variant: String) -> String { "Forløbet er nu »\(variant)«. Alt det, der er gjort indtil nu, er bevaret." }

    var assignedToLabel: String { "Ansvarlig" }
    var assignedToHint: String { "Vælg en bestemt person, eller lad det ligge hos den, der har rollen." }
    var whoeverHoldsTheRole: String { "Den, der har rollen" }
    var peopleInTheProgramme: String { "I forløbet" }
    var otherColleagues: String { "Andre kolleger" }
    var assignButton: String { "Gem" }
    var assignLegend: String { "Hvem står for det" }

    func defaultActivity(_ activity: DefaultActivity) -> String {
        switch activity {
        case .systemTraining: "Sidemandsoplæring i fagsystemet"
        case .meetTheTeam: "Teammøde: den nye kollega bliver præsenteret"
        case .shadowingHomeVisit: "Følordning: hjemmebesøg sammen med en erfaren kollega"
        case .legislationCourse: "Kursus: lovgivningen på området"
        }
    }
    func weekdayName(_ isoWeekday: Int) -> String {
        ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"][max(0, min(6, isoWeekday - 1))]
    }
    var templateScheduleHeading: String { "Introduktionsskema" }
    var templateScheduleIntro: String {
        "Aktiviteter, der bliver lagt ind i hver nyansats skema, efter uge og ugedag. Uge 1 er ugen med første arbejdsdag. Kontaktpersonen kan flytte, fjerne og tilføje aktiviteter til den enkelte."
    }
    func templateActivityWhen(week: Int, weekday: String, time: String, minutes: Int) -> String {
        "Uge \(week), \(weekday) kl. \(time), \(minutes) minutter"
    }
    var weekLabel: String { "Uge" }
    var weekdayLabel: String { "Ugedag" }
    var addTemplateActivityHeading: String { "Tilføj en aktivitet til skabelonen" }
    var addTemplateActivityButton: String { "Tilføj aktiviteten" }
    var removeTemplateActivity: String { "Fjern" }
    var templateActivityAdded: String { "Aktiviteten er tilføjet skabelonen." }
    var templateActivityRemoved: String { "Aktiviteten er fjernet fra skabelonen. Skemaer, der allerede har den, beholder den." }
    var noTemplateActivities: String { "Skabelonen lægger endnu ingen aktiviteter ind." }
    func errorTemplateActivity(_ problem: TemplateActivityRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Vælg en uge fra 1 til \(TemplateItemRules.lastWeek)."
        case .weekdayOutOfRange: "Vælg en dag fra mandag til fredag."
        case .minutesOutOfRange: "En aktivitet varer fra 15 minutter til 8 timer."
        case .titleMissing: "Skriv, hvad aktiviteten er."
        case .titleTooLong: "Titlen er for lang."
        }
    }
}
