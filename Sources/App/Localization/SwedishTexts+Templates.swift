import GodstartCore

extension SwedishTexts {
    var navTemplates: String { "Mallar" }
    var templatesTitle: String { "Mallar för introduktionen" }
    var templatesIntro: String {
        "Varje nytt program planeras utifrån mallen för programtypen: längden, hur ofta ni ses och checklistan. När du ändrar en mall påverkas inte pågående program förrän du själv uppdaterar de program du väljer."
    }
    func templateSummary(introductionMonths: Int, mentoringMonths: Int, items: Int) -> String {
        "Introduktion \(introductionMonths) \(introductionMonths == 1 ? "månad" : "månader"), mentorsprogram \(mentoringMonths) \(mentoringMonths == 1 ? "månad" : "månader"), \(items) \(items == 1 ? "punkt" : "punkter") på checklistan"
    }
    func templateChangedOn(date: String) -> String { "Senast ändrad \(date)" }
    var templateNotChangedYet: String { "Som den kommer från Godstart" }
    var editTemplate: String { "Ändra mallen" }
    func templateTitle(variant: String) -> String { "Mall: \(variant)" }
    var backToTemplates: String { "Tillbaka till mallarna" }

    var lengthsHeading: String { "Längd och möten" }
    var lengthsIntro: String { "Räknat från första arbetsdagen. Möten som hamnar på en helg flyttas till en vardag." }
    var introductionMonthsLabel: String { "Introduktionens längd (månader)" }
    var statusEveryWeeksLabel: String { "Tid mellan avstämningsmötena (veckor)" }
    var mentoringMonthsLabel: String { "Mentorsprogrammets längd (månader)" }
    var weeklyDialogueWeeksLabel: String { "Period med mentorssamtal varje vecka (veckor)" }
    var dialogueEveryWeeksAfterLabel: String { "Därefter tid mellan mentorssamtalen (veckor)" }
    var developmentTalkAtMonthsLabel: String { "Utvecklingssamtal efter (månader)" }
    var meetingTimeLabel: String { "Vanlig tid på dagen för möten" }
    var meetingMinutesLabel: String { "Vanlig längd på ett möte (minuter)" }
    var saveTemplateButton: String { "Spara längd och möten" }
    var templateSaved: String { "Mallen är sparad. Nya program planeras utifrån den." }
    var errorWholeNumber: String { "Skriv ett heltal." }
    func errorTemplate(_ problem: TemplateProblem) -> String {
        switch problem {
        case .introductionLength: "Introduktionen ska pågå i 1 till 12 månader."
        case .mentoringLength: "Mentorsprogrammet ska pågå i 1 till 24 månader."
        case .statusCadence: "Det ska vara 1 till 8 veckor mellan avstämningsmötena."
        case .dialogueCadence: "Perioden med mentorssamtal varje vecka måste vara minst 1 vecka, och därefter ska det vara 1 till 8 veckor mellan samtalen."
        case .developmentTalkTooEarly: "Utvecklingssamtalet kan inte ligga innan introduktionen är slut."
        case .meetingLength: "Ett möte ska vara mellan 15 minuter och 8 timmar."
        }
    }

    var templateChecklistHeading: String { "Checklista" }
    var templateChecklistIntro: String {
        "Varje punkt har en period på några veckor, räknat från första arbetsdagen, och en roll som ansvarar för den. I varje program kan kontaktpersonen och chefen anpassa punkterna efter den nyanställda."
    }
    var fromWeekLabel: String { "Från vecka" }
    var toWeekLabel: String { "Till vecka" }
    var weekHint: String { "Vecka 0 är de två veckorna före första arbetsdagen. Vecka 1 är den första veckan." }
    var addTemplateItemHeading: String { "Lägg till en punkt i mallen" }
    var addTemplateItemButton: String { "Lägg till punkten" }
    var saveTemplateItemButton: String { "Spara punkten" }
    var removeTemplateItem: String { "Ta bort från mallen" }
    var templateItemAdded: String { "Punkten är tillagd i mallen." }
    var templateItemSaved: String { "Punkten är sparad." }
    var templateItemRemoved: String { "Punkten är borttagen från mallen. Program som har punkten behåller den tills du uppdaterar dem." }
    var builtInTitleHint: String { "Godstarts egna punkter finns skrivna på alla språk. Du kan ändra när de ligger och vem som ansvarar för dem." }
    func errorTemplateItem(_ problem: TemplateItemRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Välj en vecka från 0 till \(TemplateItemRules.lastWeek)."
        case .endBeforeStart: "Den sista veckan kan inte komma före den första."
        case .titleMissing: "Skriv vad punkten gäller."
        case .titleTooLong: "Punktens text är för lång."
        }
    }
    var moveUp: String { "Flytta upp" }
    var moveDown: String { "Flytta ned" }
    var orderSaved: String { "Ordningen är sparad." }

    var applyHeading: String { "Uppdatera pågående program" }
    var applyIntro: String {
        "Välj de program som ska följa mallen som den ser ut nu. Möten som redan är genomförda, som någon själv har planerat eller flyttat, eller som har anteckningar, blir kvar som de är. Detsamma gäller punkter som är klara och punkter som någon har anpassat. Kommande möten följer den nya rytmen. Nya punkter och aktiviteter som ännu inte har ägt rum läggs till, och de aktiviteter som redan finns i ett schema blir kvar som de är."
    }
    var applyLegend: String { "Pågående program av den här typen" }
    var applyButton: String { "Uppdatera de valda programmen" }
    var noRunningProgrammes: String { "Det finns inga pågående program av den här typen." }
    var plannedBeforeLastChange: String { "Planerat före den senaste ändringen" }
    func followsTemplateSince(date: String) -> String { "Följer mallen från \(date)" }
    func appliedFlash(_ count: Int) -> String { count == 1 ? "1 program följer nu mallen." : "\(count) program följer nu mallen." }
    var errorNoProgrammeChosen: String { "Välj minst ett program." }

    var upgradeHeading: String { "Har vikarien blivit tillsvidareanställd?" }
    func upgradeIntro(to variant: String) -> String {
        "När en vikarie blir tillsvidareanställd byter programmet till ”\(variant)” utan att börja om: allt som har gjorts hittills finns kvar, och resten av planen följer mallen för ”\(variant)”."
    }
    var upgradeButton: String { "Gör det till ett standardprogram" }
    func upgradedFlash(variant: String) -> String { "Programmet är nu ”\(variant)”. Allt som har gjorts hittills finns kvar." }

    var assignedToLabel: String { "Ansvarig" }
    var assignedToHint: String { "Välj en viss person, eller låt den som har rollen ansvara." }
    var whoeverHoldsTheRole: String { "Den som har rollen" }
    var peopleInTheProgramme: String { "I programmet" }
    var otherColleagues: String { "Andra kollegor" }
    var assignButton: String { "Spara" }
    var assignLegend: String { "Vem ansvarar" }

    func defaultActivity(_ activity: DefaultActivity) -> String {
        switch activity {
        case .systemTraining: "Upplärning i verksamhetssystemet bredvid en kollega"
        case .meetTheTeam: "Teammöte: den nya kollegan presenteras"
        case .shadowingHomeVisit: "Gå bredvid: hembesök tillsammans med en erfaren kollega"
        case .legislationCourse: "Kurs: lagstiftningen på området"
        }
    }
    func weekdayName(_ isoWeekday: Int) -> String {
        ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"][max(0, min(6, isoWeekday - 1))]
    }
    var templateScheduleHeading: String { "Introduktionsschema" }
    var templateScheduleIntro: String {
        "Aktiviteter som läggs in i varje nyanställds schema, efter vecka och veckodag. Vecka 1 är veckan med första arbetsdagen. Kontaktpersonen kan flytta, ta bort och lägga till aktiviteter för var och en."
    }
    func templateActivityWhen(week: Int, weekday: String, time: String, minutes: Int) -> String {
        "Vecka \(week), \(weekday) kl. \(time), \(minutes) minuter"
    }
    var weekLabel: String { "Vecka" }
    var weekdayLabel: String { "Veckodag" }
    var addTemplateActivityHeading: String { "Lägg till en aktivitet i mallen" }
    var addTemplateActivityButton: String { "Lägg till aktiviteten" }
    var removeTemplateActivity: String { "Ta bort" }
    var templateActivityAdded: String { "Aktiviteten har lagts till i mallen." }
    var templateActivityRemoved: String { "Aktiviteten har tagits bort ur mallen. Scheman som redan har den behåller den." }
    var noTemplateActivities: String { "Mallen lägger ännu inte in några aktiviteter." }
    func errorTemplateActivity(_ problem: TemplateActivityRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Välj en vecka från 1 till \(TemplateItemRules.lastWeek)."
        case .weekdayOutOfRange: "Välj en dag från måndag till fredag."
        case .minutesOutOfRange: "En aktivitet varar från 15 minuter till 8 timmar."
        case .titleMissing: "Skriv vad aktiviteten är."
        case .titleTooLong: "Titeln är för lång."
        }
    }
}
