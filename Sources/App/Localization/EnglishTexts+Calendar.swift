extension EnglishTexts {
    var navCalendar: String { "Calendar" }
    var calendarTitle: String { "Your calendar" }
    var calendarIntro: String {
        "Subscribe to your Godstart calendar in Outlook, Google Calendar or Apple Calendar: the meetings you take part in, your "
            + "activities in the introduction and the group meetings you are invited to. A moved or cancelled meeting changes there too. "
            + "The calendar holds dates, places and who takes part, never what is said."
    }
    var calendarNoLink: String { "You have no calendar address yet." }
    var calendarLinkActive: String { "Your calendar address works. It was shown once when you made it; make a new one if you need it again." }
    var makeCalendarLink: String { "Make my calendar address" }
    var renewCalendarLink: String { "Make a new address" }
    var renewCalendarHint: String { "A new address stops the old one, for example if someone else has seen it. Stopping removes the calendar from wherever it is subscribed." }
    var stopCalendarLink: String { "Stop the calendar" }
    var calendarLinkStopped: String { "Your calendar address no longer works." }
    var calendarLinkHeading: String { "Your calendar address" }
    var calendarLinkShownOnce: String { "Copy it now: it is shown only this once. Anyone with the address can see your calendar, so keep it to yourself." }
    var calendarLinkLabel: String { "Calendar address (ICS)" }
    var calendarHowToSubscribe: String {
        "Outlook: Add calendar, Subscribe from web. Google Calendar: Other calendars, From URL. Apple Calendar: File, New Calendar Subscription."
    }
    func calendarName(_ person: String) -> String { "Godstart – \(person)" }
    func calendarParticipants(_ names: String) -> String { "Taking part: \(names)" }
    var addToCalendar: String { "Add to my calendar (.ics)" }
}
