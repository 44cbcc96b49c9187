import GodstartCore

extension SwedishTexts {
    var navWorkingDays: String { "Helgdagar och stängda dagar" }
    var workingDaysTitle: String { "Helgdagar och stängda dagar" }
    var workingDaysIntro: String {
        "Godstart lägger aldrig möten, aktiviteter eller en första arbetsdag på en helg, en helgdag eller en dag då ni har stängt. Ett möte som skulle hamna på en sådan dag flyttas till nästa arbetsdag, ett avslutande möte till dagen före. Det gäller nya program, flyttade möten och mallar som läggs in på nytt."
    }
    var holidayCountryLegend: String { "Helgdagar enligt" }
    func holidayCountryName(_ country: HolidayCountry) -> String {
        switch country {
        case .denmark: "Danmark"
        case .sweden: "Sverige"
        }
    }
    var customaryDaysLabel: String { "Stängt på julafton och nyårsafton (i Danmark även grundlagsdagen)" }
    var customaryDaysHint: String { "De är inte helgdagar, men de flesta arbetsplatser har stängt." }
    var saveWorkingDaysButton: String { "Spara" }
    var workingDaysSaved: String { "Helgdagarna är sparade." }
    var ownClosedDaysHeading: String { "Era egna stängda dagar" }
    var ownClosedDaysIntro: String { "Dagar då hela arbetsplatsen är borta, till exempel en personaldag eller en gemensam temadag." }
    var noOwnClosedDays: String { "Ni har inga egna stängda dagar." }
    var closedDayNameLabel: String { "Vad är det för dag?" }
    var closedDayNameHint: String { "Till exempel Personaldag." }
    var addClosedDayButton: String { "Lägg till stängd dag" }
    var removeClosedDayButton: String { "Ta bort" }
    var closedDayAdded: String { "Den stängda dagen är tillagd." }
    var closedDayRemoved: String { "Den stängda dagen är borttagen." }
    var errorClosedDayTwice: String { "Den dagen är redan en stängd dag." }
    func closedDaysOfYear(_ year: Int) -> String { "Stängda dagar \(year)" }
    func holidayName(_ holiday: Holiday) -> String {
        switch holiday {
        case .newYearsDay: "Nyårsdagen"
        case .epiphany: "Trettondedag jul"
        case .maundyThursday: "Skärtorsdagen"
        case .goodFriday: "Långfredagen"
        case .easterSunday: "Påskdagen"
        case .easterMonday: "Annandag påsk"
        case .greatPrayerDay: "Stora bededagen"
        case .mayDay: "Första maj"
        case .ascensionDay: "Kristi himmelsfärdsdag"
        case .whitSunday: "Pingstdagen"
        case .whitMonday: "Annandag pingst"
        case .nationalDay: "Sveriges nationaldag"
        case .midsummerEve: "Midsommarafton"
        case .midsummerDay: "Midsommardagen"
        case .allSaintsDay: "Alla helgons dag"
        case .christmasDay: "Juldagen"
        case .boxingDay: "Annandag jul"
        case .constitutionDay: "Grundlagsdagen"
        case .christmasEve: "Julafton"
        case .newYearsEve: "Nyårsafton"
        }
    }
    func dayIsClosed(day: String, name: String) -> String { "\(day) är \(name.lowercased())." }
    var weekendName: String { "Helg" }
    var closedDayWarningHint: String {
        "Välj en annan dag, eller kryssa i rutan nedan om det ändå ska vara den dagen."
    }
    var keepClosedDayLabel: String { "Ja, behåll dagen" }
    var chooseAnotherDay: String { "Välj en annan dag." }
    var meetingsOnClosedDaysHeading: String { "Planerade möten på stängda dagar" }
    var noMeetingsOnClosedDays: String { "Inga planerade möten ligger på en helgdag eller stängd dag." }
    func meetingsOnClosedDaysIntro(_ count: Int) -> String {
        (count == 1 ? "1 planerat möte ligger" : "\(count) planerade möten ligger")
            + " på en dag då ni har stängt; de lades innan dagen stängdes. Kontaktpersonen eller mentorn flyttar dem från mötets sida."
    }
    func meetingOnClosedDay(day: String, closed: String, workingDay: String) -> String { "\(day) (\(closed.lowercased())), hör till \(workingDay)" }
    func errorBeforeFirstDay(_ firstDay: String) -> String { "Programmet börjar \(firstDay). Välj en dag från och med den." }
    func errorAfterProgramme(_ lastDay: String) -> String { "Välj en dag senast \(lastDay), medan programmet fortfarande pågår." }
}
