extension DanishTexts {
    var navCalendar: String { "Kalender" }
    var calendarTitle: String { "Din kalender" }
    var calendarIntro: String {
        "Abonnér på din Godstart-kalender i Outlook, Google Kalender eller Apple Kalender: de møder, du deltager i, dine aktiviteter "
            + "i introduktionen og de gruppemøder, du er inviteret til. Flyttes eller aflyses et møde, ændres det også dér. "
            + "Kalenderen viser datoer, steder og hvem der deltager – aldrig hvad der bliver sagt."
    }
    var calendarNoLink: String { "Du har ikke en kalenderadresse endnu." }
    var calendarLinkActive: String { "Din kalenderadresse virker. Den blev vist én gang, da du lavede den; lav en ny, hvis du får brug for den igen." }
    var makeCalendarLink: String { "Lav min kalenderadresse" }
    var renewCalendarLink: String { "Lav en ny adresse" }
    var renewCalendarHint: String {
        "En ny adresse stopper den gamle, fx hvis andre har set den. Stopper du kalenderen, forsvinder den alle de steder, hvor der abonneres på den."
    }
    var stopCalendarLink: String { "Stop kalenderen" }
    var calendarLinkStopped: String { "Din kalenderadresse virker ikke længere." }
    var calendarLinkHeading: String { "Din kalenderadresse" }
    var calendarLinkShownOnce: String { "Kopiér den nu – den vises kun denne ene gang. Alle med adressen kan se din kalender, så del den ikke." }
    var calendarLinkLabel: String { "Kalenderadresse (ICS)" }
    var calendarHowToSubscribe: String {
        "Outlook: Tilføj kalender, Abonner fra internettet. Google Kalender: Andre kalendere, Fra webadresse. Apple Kalender: Arkiv, Nyt kalenderabonnement."
    }
    func calendarName(_ person: String) -> String { "Godstart – \(person)" }
    func calendarParticipants(_ names: String) -> String { "Deltagere: \(names)" }
    var addToCalendar: String { "Føj til min kalender (.ics)" }
}
