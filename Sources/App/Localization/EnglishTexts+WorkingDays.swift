import GodstartCore

extension EnglishTexts {
    var navWorkingDays: String { "Holidays and closed days" }
    var workingDaysTitle: String { "Holidays and closed days" }
    var workingDaysIntro: String {
        "Godstart never puts a meeting, an activity or a first day on a weekend, a public holiday or a day you are closed. A meeting that would fall on such a day moves to the next working day; a closing meeting to the day before. This holds for new programmes, moved meetings and templates applied again."
    }
    var holidayCountryLegend: String { "Public holidays of" }
    func holidayCountryName(_ country: HolidayCountry) -> String {
        switch country {
        case .denmark: "Denmark"
        case .sweden: "Sweden"
        }
    }
    var customaryDaysLabel: String { "Closed on Christmas Eve and New Year's Eve (in Denmark also on Constitution Day)" }
    var customaryDaysHint: String { "They are not public holidays, but most workplaces close." }
    var saveWorkingDaysButton: String { "Save" }
    var workingDaysSaved: String { "The holidays are saved." }
    var ownClosedDaysHeading: String { "Your own closed days" }
    var ownClosedDaysIntro: String { "Days the whole workplace is away, such as a staff day or a shared theme day." }
    var noOwnClosedDays: String { "You have no closed days of your own." }
    var closedDayNameLabel: String { "What day is it?" }
    var closedDayNameHint: String { "For example Staff day." }
    var addClosedDayButton: String { "Add closed day" }
    var removeClosedDayButton: String { "Remove" }
    var closedDayAdded: String { "The closed day is added." }
    var closedDayRemoved: String { "The closed day is removed." }
    var errorClosedDayTwice: String { "That day is already a closed day." }
    func closedDaysOfYear(_ year: Int) -> String { "Closed days in \(year)" }
    func holidayName(_ holiday: Holiday) -> String {
        switch holiday {
        case .newYearsDay: "New Year's Day"
        case .epiphany: "Epiphany"
        case .maundyThursday: "Maundy Thursday"
        case .goodFriday: "Good Friday"
        case .easterSunday: "Easter Sunday"
        case .easterMonday: "Easter Monday"
        case .greatPrayerDay: "Great Prayer Day"
        case .mayDay: "May Day"
        case .ascensionDay: "Ascension Day"
        case .whitSunday: "Whit Sunday"
        case .whitMonday: "Whit Monday"
        case .nationalDay: "National Day of Sweden"
        case .midsummerEve: "Midsummer Eve"
        case .midsummerDay: "Midsummer Day"
        case .allSaintsDay: "All Saints' Day"
        case .christmasDay: "Christmas Day"
        case .boxingDay: "Boxing Day"
        case .constitutionDay: "Constitution Day"
        case .christmasEve: "Christmas Eve"
        case .newYearsEve: "New Year's Eve"
        }
    }
    func dayIsClosed(day: String, name: String) -> String { "\(day) is \(name)." }
    var weekendName: String { "Weekend" }
    var closedDayWarningHint: String { "Choose another day, or tick the box below if it should be that day all the same." }
    var keepClosedDayLabel: String { "Yes, keep the day" }
    var chooseAnotherDay: String { "Choose another day." }
    var meetingsOnClosedDaysHeading: String { "Planned meetings on closed days" }
    var noMeetingsOnClosedDays: String { "No planned meeting falls on a holiday or closed day." }
    func meetingsOnClosedDaysIntro(_ count: Int) -> String {
        (count == 1 ? "1 planned meeting falls" : "\(count) planned meetings fall")
            + " on a day you are closed; they were planned before the day was closed. The contact person or the mentor moves them from the meeting's page."
    }
    func meetingOnClosedDay(day: String, closed: String, workingDay: String) -> String { "\(day) (\(closed)), belongs on \(workingDay)" }
    func errorBeforeFirstDay(_ firstDay: String) -> String { "The programme starts on \(firstDay). Choose that day or a later one." }
    func errorAfterProgramme(_ lastDay: String) -> String { "Choose a day no later than \(lastDay), while the programme is still running." }
}
