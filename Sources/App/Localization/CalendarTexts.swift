/// The texts of calendar feeds and calendar files.
public protocol CalendarTexts: Sendable {
    var navCalendar: String { get }
    var calendarTitle: String { get }
    var calendarIntro: String { get }
    var calendarNoLink: String { get }
    var calendarLinkActive: String { get }
    var makeCalendarLink: String { get }
    var renewCalendarLink: String { get }
    var renewCalendarHint: String { get }
    var stopCalendarLink: String { get }
    var calendarLinkStopped: String { get }
    var calendarLinkHeading: String { get }
    var calendarLinkShownOnce: String { get }
    var calendarLinkLabel: String { get }
    var calendarHowToSubscribe: String { get }
    func calendarName(_ person: String) -> String
    func calendarParticipants(_ names: String) -> String
    var addToCalendar: String { get }
}
