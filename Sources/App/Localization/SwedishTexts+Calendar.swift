extension SwedishTexts {
    var navCalendar: String { "Kalender" }
    var calendarTitle: String { "Din kalender" }
    var calendarIntro: String {
        "Prenumerera på din Godstart-kalender i Outlook, Google Kalender eller Apple Kalender: mötena du deltar i, dina aktiviteter "
            + "i introduktionen och gruppträffarna du är inbjuden till. Flyttas eller ställs ett möte in ändras det även där. "
            + "Kalendern visar datum, platser och vilka som deltar – aldrig vad som sägs."
    }
    var calendarNoLink: String { "Du har ingen kalenderadress än." }
    var calendarLinkActive: String { "Din kalenderadress fungerar. Den visades en gång när du skapade den; skapa en ny om du behöver den igen." }
    var makeCalendarLink: String { "Skapa min kalenderadress" }
    var renewCalendarLink: String { "Skapa en ny adress" }
    var renewCalendarHint: String {
        "En ny adress stänger den gamla, till exempel om någon annan har sett den. Stänger du kalendern försvinner den överallt där den prenumereras."
    }
    var stopCalendarLink: String { "Stäng kalendern" }
    var calendarLinkStopped: String { "Din kalenderadress fungerar inte längre." }
    var calendarLinkHeading: String { "Din kalenderadress" }
    var calendarLinkShownOnce: String { "Kopiera den nu – den visas bara den här gången. Alla som har adressen kan se din kalender, så behåll den för dig själv." }
    var calendarLinkLabel: String { "Kalenderadress (ICS)" }
    var calendarHowToSubscribe: String {
        "Outlook: Lägg till kalender, Prenumerera från webben. Google Kalender: Andra kalendrar, Från webbadress. Apple Kalender: Arkiv, Ny kalenderprenumeration."
    }
    func calendarName(_ person: String) -> String { "Godstart – \(person)" }
    func calendarParticipants(_ names: String) -> String { "Deltar: \(names)" }
    var addToCalendar: String { "Lägg till i min kalender (.ics)" }
}
