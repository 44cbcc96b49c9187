import Fluent
import GodstartCore

/// A day typed by hand (a first day, a meeting's new date) that the organisation does not work:
/// allowed, but only once the person has seen what day it is. Weekends move as they always have.
enum ClosedDayCheck {
    /// The warning for `day`, naming the holiday or closed day; nil on a day the organisation works.
    /// `offerToKeep`: the form has the box that keeps the day anyway.
    static func warning(_ day: LocalDate, calendar: WorkingCalendar, dates: DateText, texts t: Texts, offerToKeep: Bool = true) -> String? {
        guard let name = calendar.closedDay(on: day) else { return nil }
        let said = t.dayIsClosed(day: dates.day(day), name: t.closedDayName(name))
        return "\(said) \(offerToKeep ? t.closedDayWarningHint : t.chooseAnotherDay)"
    }

    /// The warning for `day` in `organisation`'s calendar, unless the person has kept the day:
    /// every form where a day is typed by hand (a meeting, a group meeting, an activity, the
    /// mentoring's start meeting) asks this, and offers the box that keeps it once warned.
    static func warning(_ day: LocalDate, organisation: Organisation, kept: Bool, language: Language,
                        on db: any Database) async throws -> String? {
        guard !kept else { return nil }
        return warning(day, calendar: try await organisation.workingCalendar(on: db),
                       dates: DateText(language: language, timeZone: organisation.timeZone), texts: language.texts)
    }
}

extension ClosedDayCheck {
    /// What is wrong with `date` as the day of a meeting of `file`, typed by hand: outside the
    /// programme's period (refused), or a holiday or closed day not yet kept (warned, with the box
    /// to keep it: `offerToKeep`).
    static func meetingDay<M, P>(_ date: LocalDate, in file: ProgrammeFileOf<M, P>, kept: Bool, language: Language,
                           on db: any Database) async throws -> (error: String?, offerToKeep: Bool) {
        let t = language.texts
        let dates = DateText(language: language, timeZone: file.timeZone)
        let period = ProgrammePeriod.days(firstDay: file.programme.firstLocalDay,
                                          developmentTalk: file.firstMeeting(.developmentTalk).map { LocalDate($0.startsAt, in: file.timeZone) })
        if date < period.lowerBound { return (t.errorBeforeFirstDay(dates.day(period.lowerBound)), false) }
        if date > period.upperBound { return (t.errorAfterProgramme(dates.day(period.upperBound)), false) }
        let warning = try await warning(date, organisation: file.organisation, kept: kept, language: language, on: db)
        return (warning, kept || warning != nil)
    }
}
