import GodstartCore

extension DanishTexts {
    var navWorkingDays: String { "Helligdage og lukkedage" }
    var workingDaysTitle: String { "Helligdage og lukkedage" }
    var workingDaysIntro: String {
        "Godstart lægger aldrig møder, aktiviteter eller en første arbejdsdag på en weekend, en helligdag eller en dag, hvor I holder lukket. Et møde, der ville falde på sådan en dag, flyttes til næste arbejdsdag; et afslutningsmøde til dagen før. Det gælder nye forløb, flyttede møder og skabeloner, der lægges ind på ny."
    }
    var holidayCountryLegend: String { "Helligdage efter" }
    func holidayCountryName(_ country: HolidayCountry) -> String {
        switch country {
        case .denmark: "Danmark"
        case .sweden: "Sverige"
        }
    }
    var customaryDaysLabel: String { "Lukket juleaftensdag og nytårsaftensdag (i Danmark også grundlovsdag)" }
    var customaryDaysHint: String { "Det er ikke helligdage, men de fleste arbejdspladser holder lukket." }
    var saveWorkingDaysButton: String { "Gem" }
    var workingDaysSaved: String { "Helligdagene er gemt." }
    var ownClosedDaysHeading: String { "Jeres egne lukkedage" }
    var ownClosedDaysIntro: String { "Dage, hvor hele arbejdspladsen er væk, fx en personaledag eller en fælles temadag." }
    var noOwnClosedDays: String { "I har ingen egne lukkedage." }
    var closedDayNameLabel: String { "Hvad er det for en dag?" }
    var closedDayNameHint: String { "Fx Personaledag." }
    var addClosedDayButton: String { "Tilføj lukkedag" }
    var removeClosedDayButton: String { "Fjern" }
    var closedDayAdded: String { "Lukkedagen er tilføjet." }
    var closedDayRemoved: String { "Lukkedagen er fjernet." }
    var errorClosedDayTwice: String { "Den dag er allerede en lukkedag." }
    func closedDaysOfYear(_ year: Int) -> String { "Lukkedage i \(year)" }
    func holidayName(_ holiday: Holiday) -> String {
        switch holiday {
        case .newYearsDay: "Nytårsdag"
        case .epiphany: "Helligtrekongersdag"
        case .maundyThursday: "Skærtorsdag"
        case .goodFriday: "Langfredag"
        case .easterSunday: "Påskedag"
        case .easterMonday: "2. påskedag"
        case .greatPrayerDay: "Store bededag"
        case .mayDay: "1. maj"
        case .ascensionDay: "Kristi himmelfartsdag"
        case .whitSunday: "Pinsedag"
        case .whitMonday: "2. pinsedag"
        case .nationalDay: "Sveriges nationaldag"
        case .midsummerEve: "Midsommeraften"
        case .midsummerDay: "Midsommerdag"
        case .allSaintsDay: "Allehelgensdag"
        case .christmasDay: "Juledag"
        case .boxingDay: "2. juledag"
        case .constitutionDay: "Grundlovsdag"
        case .christmasEve: "Juleaftensdag"
        case .newYearsEve: "Nytårsaftensdag"
        }
    }
    func dayIsClosed(day: String, name: String) -> String { "\(day) er \(name.lowercased())." }
    var weekendName: String { "Weekend" }
    var closedDayWarningHint: String {
        "Vælg en anden dag, eller sæt flueben herunder, hvis det alligevel skal være den dag."
    }
    var keepClosedDayLabel: String { "Ja, behold dagen" }
    var chooseAnotherDay: String { "Vælg en anden dag." }
    var meetingsOnClosedDaysHeading: String { "Planlagte møder på lukkedage" }
    var noMeetingsOnClosedDays: String { "Ingen planlagte møder ligger på en helligdag eller lukkedag." }
    func meetingsOnClosedDaysIntro(_ count: Int) -> String {
        (count == 1 ? "1 planlagt møde ligger" : "\(count) planlagte møder ligger")
            + " på en dag, I holder lukket; de blev lagt, før dagen blev lukket. Kontaktpersonen eller mentoren flytter dem fra mødets side."
    }
    func meetingOnClosedDay(day: String, closed: String, workingDay: String) -> String { "\(day) (\(closed.lowercased())), hører til \(workingDay)" }
    func errorBeforeFirstDay(_ firstDay: String) -> String { "Forløbet begynder \(firstDay). Vælg en dag fra og med den." }
    func errorAfterProgramme(_ lastDay: String) -> String { "Vælg en dag senest \(lastDay), mens forløbet stadig er i gang." }
}
