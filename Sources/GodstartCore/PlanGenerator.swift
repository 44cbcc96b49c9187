/// One meeting of a generated plan, on a local day in the organisation's time zone.
public struct PlannedMeeting: Equatable, Sendable {
    public let kind: MeetingKind
    /// 1 for the first meeting of its kind in the programme, 2 for the second ...
    public let number: Int
    public let date: LocalDate
    public let time: LocalTime
    public let minutes: Int
}

/// The key days of a programme, from which the plan and the current phase follow.
public struct Milestones: Equatable, Sendable {
    public let firstDay: LocalDate
    public let mentoringStart: LocalDate
    public let mentoringEnd: LocalDate
    public let developmentTalk: LocalDate

    public init(firstDay: LocalDate, mentoringStart: LocalDate, mentoringEnd: LocalDate, developmentTalk: LocalDate) {
        self.firstDay = firstDay
        self.mentoringStart = mentoringStart
        self.mentoringEnd = mentoringEnd
        self.developmentTalk = developmentTalk
    }
}

/// Turns a template and a first working day into a dated plan. Every meeting falls on a working
/// day of the organisation's calendar (`WorkingCalendar`: no weekend, public holiday or closed
/// day): regular meetings move forward past it, closing meetings move back so they stay inside
/// their half.
public enum PlanGenerator {
    public static func milestones(template: ProgrammeTemplate, firstDay: LocalDate, calendar: WorkingCalendar) -> Milestones {
        let start = calendar.onOrAfter(firstDay)
        let mentoringStart = calendar.onOrAfter(start.adding(months: template.introductionMonths))
        let mentoringEnd = start.adding(months: template.introductionMonths + template.mentoringMonths)
        let talk = calendar.onOrAfter(start.adding(months: template.developmentTalkAtMonths))
        return Milestones(firstDay: start, mentoringStart: mentoringStart, mentoringEnd: mentoringEnd, developmentTalk: talk)
    }

    public static func plan(template: ProgrammeTemplate, firstDay: LocalDate, calendar: WorkingCalendar) -> [PlannedMeeting] {
        let m = milestones(template: template, firstDay: firstDay, calendar: calendar)
        var meetings: [PlannedMeeting] = []
        func add(_ kind: MeetingKind, _ date: LocalDate) {
            let number = meetings.filter { $0.kind == kind }.count + 1
            meetings.append(PlannedMeeting(kind: kind, number: number, date: date,
                                           time: template.meetingTime, minutes: template.meetingMinutes))
        }

        // Introduction: start meeting on the first day, status meetings at the template's cadence,
        // closing meeting in the last week before the mentoring starts.
        add(.introductionStart, m.firstDay)
        let introClosing = calendar.onOrBefore(m.mentoringStart.adding(days: -3))
        var status = calendar.onOrAfter(m.firstDay.adding(weeks: template.statusMeetingEveryWeeks))
        var step = 1
        while status.days(until: introClosing) >= 5 {
            add(.statusMeeting, status)
            step += 1
            status = calendar.onOrAfter(m.firstDay.adding(weeks: template.statusMeetingEveryWeeks * step))
        }
        add(.introductionClosing, introClosing)

        // Mentoring: start meeting, weekly dialogue meetings for the first weeks, then sparser,
        // and a closing meeting in the last week.
        add(.mentoringStart, m.mentoringStart)
        let mentoringClosing = calendar.onOrBefore(m.mentoringEnd.adding(days: -3))
        var offsetWeeks = 1
        while true {
            let date = calendar.onOrAfter(m.mentoringStart.adding(weeks: offsetWeeks))
            guard date.days(until: mentoringClosing) >= 5 else { break }
            add(.dialogueMeeting, date)
            // The start meeting is the first week's meeting; weeks 2 ... N are weekly.
            offsetWeeks += offsetWeeks < template.weeklyDialogueWeeks - 1 ? 1 : template.dialogueEveryWeeksAfter
        }
        if template.stockholmCadence { addStockholmMeetings(from: m.mentoringStart, until: mentoringClosing, calendar: calendar, add) }
        add(.mentoringClosing, mentoringClosing)

        add(.developmentTalk, max(m.developmentTalk, calendar.onOrAfter(mentoringClosing.adding(days: 1))))
        return meetings.sorted { $0.date < $1.date }
    }

    /// Three-party meetings two days after the mentoring's weekly rhythm, weekly for four weeks and then
    /// every second week; manager + mentor meetings three days after it, every second week.
    private static func addStockholmMeetings(from start: LocalDate, until closing: LocalDate, calendar: WorkingCalendar, _ add: (MeetingKind, LocalDate) -> Void) {
        var week = 0
        while true {
            let date = calendar.onOrAfter(start.adding(weeks: week).adding(days: 2))
            guard date.days(until: closing) >= 5 else { break }
            add(.threePartyMeeting, date)
            week += week < ProgrammeTemplate.stockholmWeeklyThreePartyWeeks - 1 ? 1 : ProgrammeTemplate.stockholmEveryWeeks
        }
        week = 1
        while true {
            let date = calendar.onOrAfter(start.adding(weeks: week).adding(days: 3))
            guard date.days(until: closing) >= 5 else { break }
            add(.managerMentorMeeting, date)
            week += ProgrammeTemplate.stockholmEveryWeeks
        }
    }
}
