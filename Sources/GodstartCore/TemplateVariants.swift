import Foundation

/// What differs between the variants of a workplace's introduction template, and the rules for
/// editing one (DOMAIN.md, "The timeline": a lighter programme for temporary hires that can be
/// upgraded, a shorter one for experienced hires).
extension ProgrammeVariant {
    /// A temporary hire can be made permanent; their programme then becomes a standard one in place.
    public var upgradesTo: ProgrammeVariant? { self == .temporaryHire ? .standard : nil }
}

extension DefaultChecklistItem {
    /// Whether Godstart's default template for `variant` has this item. The temporary hire's
    /// checklist is lighter: the practical start and the case work, without the visits to partners
    /// or the round of knowledge persons.
    public func isIncluded(in variant: ProgrammeVariant) -> Bool {
        switch (variant, self) {
        case (.temporaryHire, .partnersVisited), (.temporaryHire, .meetKnowledgePersons): false
        default: true
        }
    }

    /// The default checklist of a variant, in the order it ships.
    public static func defaults(for variant: ProgrammeVariant) -> [DefaultChecklistItem] {
        allCases.filter { $0.isIncluded(in: variant) }
    }
}

/// The rules for one checklist item of a template, whose window is counted in weeks.
public enum TemplateItemRules {
    /// The last week a template item may name; a window reaching past a shorter introduction ends with it.
    public static let lastWeek = 26

    public enum Problem: Equatable, Sendable {
        case weekOutOfRange, endBeforeStart, titleMissing, titleTooLong
    }

    public enum Field: Hashable, Sendable {
        case title, fromWeek, toWeek
    }

    /// Every problem of an item, by the field it belongs to. A nil week was not a number (the
    /// caller says so); a nil title is a built-in item's, which is not typed.
    public static func problems(fromWeek: Int?, toWeek: Int?, title: String?) -> [Field: Problem] {
        var problems: [Field: Problem] = [:]
        switch title.flatMap({ TitleRule.problem($0, maximum: ChecklistRules.maximumTitleLength) }) {
        case .missing?: problems[.title] = .titleMissing
        case .tooLong?: problems[.title] = .titleTooLong
        default: break
        }
        let weeks = 0...lastWeek
        if let fromWeek, !weeks.contains(fromWeek) { problems[.fromWeek] = .weekOutOfRange }
        if let toWeek, !weeks.contains(toWeek) {
            problems[.toWeek] = .weekOutOfRange
        } else if let fromWeek, let toWeek, problems[.fromWeek] == nil, toWeek < fromWeek {
            problems[.toWeek] = .endBeforeStart
        }
        return problems
    }
}

/// A title someone types: not empty, not too long.
enum TitleRule {
    enum Problem { case missing, tooLong }

    static func problem(_ title: String, maximum: Int) -> Problem? {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .missing }
        return trimmed.count > maximum ? .tooLong : nil
    }
}

/// The activities Godstart's default introduction template plans on every new hire's schedule
/// (seed 001: side-by-side training in the systems, shadowing, courses, meeting the team). Their
/// titles live in the localisation layer, by key.
public enum DefaultActivity: String, CaseIterable, Sendable {
    case systemTraining, meetTheTeam, shadowingHomeVisit, legislationCourse

    public var kind: ActivityKind {
        switch self {
        case .systemTraining: .sideBySideTraining
        case .meetTheTeam: .meeting
        case .shadowingHomeVisit: .shadowing
        case .legislationCourse: .course
        }
    }

    /// Week 1 is the week of the first day; weekdays are 1 (Monday) to 5 (Friday).
    public var week: Int { switch self { case .systemTraining, .meetTheTeam: 1; case .shadowingHomeVisit: 2; case .legislationCourse: 3 } }
    public var weekday: Int { switch self { case .systemTraining: 2; case .meetTheTeam: 4; case .shadowingHomeVisit: 3; case .legislationCourse: 1 } }
    public var time: LocalTime { self == .shadowingHomeVisit ? LocalTime(hour: 10) : LocalTime(hour: 9) }
    public var minutes: Int {
        switch self {
        case .systemTraining: 120
        case .meetTheTeam: 60
        case .shadowingHomeVisit: 180
        case .legislationCourse: 240
        }
    }
}

/// The rules for one activity of a template, placed by week and weekday.
public enum TemplateActivityRules {
    public enum Problem: Equatable, Sendable {
        case weekOutOfRange, weekdayOutOfRange, minutesOutOfRange, titleMissing, titleTooLong
    }

    public enum Field: Hashable, Sendable {
        case title, week, weekday, minutes
    }

    /// Every problem of an activity, by the field it belongs to; nil values were not numbers
    /// (the caller says so), a nil title is a built-in activity's.
    public static func problems(week: Int?, weekday: Int?, minutes: Int?, title: String?) -> [Field: Problem] {
        var problems: [Field: Problem] = [:]
        switch title.flatMap({ TitleRule.problem($0, maximum: ScheduleRules.maximumTitleLength) }) {
        case .missing?: problems[.title] = .titleMissing
        case .tooLong?: problems[.title] = .titleTooLong
        default: break
        }
        if let week, !(1...TemplateItemRules.lastWeek).contains(week) { problems[.week] = .weekOutOfRange }
        if let weekday, !(1...5).contains(weekday) { problems[.weekday] = .weekdayOutOfRange }
        if let minutes, !ScheduleRules.minutesRange.contains(minutes) { problems[.minutes] = .minutesOutOfRange }
        return problems
    }
}

extension ScheduleRules {
    /// How long an activity may last, in minutes.
    public static let minutesRange = 15...480

    /// The day of week `week` (1: the week of the first day) and `weekday` (1: Monday), never
    /// before the first day; on a holiday or closed day, the next working day.
    public static func day(week: Int, weekday: Int, firstDay: LocalDate, calendar: WorkingCalendar) -> LocalDate {
        let monday = firstDay.adding(days: 1 - firstDay.isoWeekday)
        return calendar.onOrAfter(max(firstDay, monday.adding(days: 7 * (week - 1) + weekday - 1)))
    }
}

extension Replanning {
    /// An activity of the template the programme is brought in line with.
    public struct TemplateActivity: Equatable, Sendable {
        public let matchKeys: Set<String>
        public let week: Int
        public let weekday: Int

        public init(matchKeys: Set<String>, week: Int, weekday: Int) {
            self.matchKeys = matchKeys
            self.week = week
            self.weekday = weekday
        }
    }

    /// The template's activities the schedule lacks, with their day: only those from tomorrow to
    /// the introduction's end. Activities already on the schedule are people's plans and stay as they are.
    public static func activitiesToAdd(existing: [Set<String>], template: [TemplateActivity], firstDay: LocalDate,
                                       introductionEnds: LocalDate, today: LocalDate,
                                       calendar: WorkingCalendar) -> [(templateActivity: Int, day: LocalDate)] {
        template.enumerated().compactMap { index, activity in
            guard !existing.contains(where: { !$0.isDisjoint(with: activity.matchKeys) }) else { return nil }
            let day = ScheduleRules.day(week: activity.week, weekday: activity.weekday, firstDay: firstDay, calendar: calendar)
            return day > today && day <= introductionEnds ? (index, day) : nil
        }
    }
}
