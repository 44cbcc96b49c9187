import Foundation

/// One item of the introduction's checklist as the template has it: what, when (a window of weeks,
/// not a deadline), and whose it is. The words live in the localisation layer, by key.
public struct ChecklistItemTemplate: Equatable, Sendable {
    public let key: DefaultChecklistItem
    /// Week 0 is the time before the first day; week 1 the first week.
    public let fromWeek: Int
    public let toWeek: Int
    public let responsible: ProgrammeRole

    public var isSocialTask: Bool { responsible == .buddy }
}

/// The items Godstart's default introduction template ships with (seed 001: preparing before day
/// one, the first day, practical matters, the first weeks; the buddy's social tasks from seed 002).
public enum DefaultChecklistItem: String, CaseIterable, Sendable {
    case itAccess, deskPhoneKeys, welcomeLetter, teamInformed
    case welcomeOnDayOne, tourOfWorkplace
    case lunchInWeekOne, introduceToTeam, inviteToSocialEvents
    case introductionGoalsAgreed, caseSystem, shadowing, legislationAndGuidelines, meetKnowledgePersons
    case partnersVisited, firstOwnCases

    public var template: ChecklistItemTemplate {
        switch self {
        case .itAccess: .init(key: self, fromWeek: 0, toWeek: 0, responsible: .manager)
        case .deskPhoneKeys: .init(key: self, fromWeek: 0, toWeek: 0, responsible: .manager)
        case .welcomeLetter: .init(key: self, fromWeek: 0, toWeek: 0, responsible: .contactPerson)
        case .teamInformed: .init(key: self, fromWeek: 0, toWeek: 0, responsible: .manager)
        case .welcomeOnDayOne: .init(key: self, fromWeek: 1, toWeek: 1, responsible: .manager)
        case .tourOfWorkplace: .init(key: self, fromWeek: 1, toWeek: 1, responsible: .buddy)
        case .lunchInWeekOne: .init(key: self, fromWeek: 1, toWeek: 1, responsible: .buddy)
        case .introduceToTeam: .init(key: self, fromWeek: 1, toWeek: 2, responsible: .buddy)
        case .inviteToSocialEvents: .init(key: self, fromWeek: 1, toWeek: 8, responsible: .buddy)
        case .introductionGoalsAgreed: .init(key: self, fromWeek: 1, toWeek: 2, responsible: .contactPerson)
        case .caseSystem: .init(key: self, fromWeek: 1, toWeek: 2, responsible: .contactPerson)
        case .shadowing: .init(key: self, fromWeek: 1, toWeek: 4, responsible: .contactPerson)
        case .legislationAndGuidelines: .init(key: self, fromWeek: 2, toWeek: 6, responsible: .contactPerson)
        case .meetKnowledgePersons: .init(key: self, fromWeek: 2, toWeek: 6, responsible: .contactPerson)
        case .partnersVisited: .init(key: self, fromWeek: 4, toWeek: 10, responsible: .contactPerson)
        case .firstOwnCases: .init(key: self, fromWeek: 4, toWeek: 8, responsible: .contactPerson)
        }
    }
}

/// When an item should be covered: a window of days, never a single deadline (the Stockholm lesson).
public struct ChecklistWindow: Equatable, Sendable {
    public let from: LocalDate
    public let to: LocalDate

    public init(from: LocalDate, to: LocalDate) {
        self.from = from
        self.to = to
    }

    /// Weeks counted from the first day: week 0 is the two weeks before it, week 1 the first week.
    public static func weeks(_ fromWeek: Int, _ toWeek: Int, firstDay: LocalDate) -> ChecklistWindow {
        func start(_ week: Int) -> LocalDate { week <= 0 ? firstDay.adding(days: -14) : firstDay.adding(weeks: week - 1) }
        func end(_ week: Int) -> LocalDate { week <= 0 ? firstDay.adding(days: -1) : firstDay.adding(weeks: week).adding(days: -3) }
        // A window may end on a holiday (it says "by then", nobody meets); only weekends move it.
        return ChecklistWindow(from: start(fromWeek), to: WorkingCalendar.weekendsOnly.onOrBefore(end(max(fromWeek, toWeek))))
    }

    /// The week numbers a window spans, as people say them ("in weeks 2-4"); 0 is before the first day.
    public func weeks(firstDay: LocalDate) -> ClosedRange<Int> {
        func week(_ day: LocalDate) -> Int { day < firstDay ? 0 : firstDay.days(until: day) / 7 + 1 }
        return week(from)...max(week(from), week(to))
    }
}

/// Where one checklist item stands.
public enum ChecklistState: Equatable, Sendable {
    case open
    case covered
    case notRelevant
    /// Not covered in the introduction; carried into the mentoring as a learning goal.
    case movedToMentoring
}

public enum ChecklistRules {
    /// An item is waiting when its window has closed and it is neither covered nor set aside.
    /// Nothing turns red on the day itself: only the day after the window's end.
    public static func isWaiting(_ state: ChecklistState, window: ChecklistWindow, today: LocalDate) -> Bool {
        state == .open && today > window.to
    }

    public enum WindowProblem: Equatable, Sendable {
        case endBeforeStart, reasonMissing, outsideProgramme
    }

    /// Why a window cannot be used, or nil. A moved window needs a reason; it must lie between two
    /// weeks before the first day and the end of the introduction.
    public static func problem(moving window: ChecklistWindow, reason: String?, firstDay: LocalDate,
                               introductionEnds: LocalDate, isNew: Bool) -> WindowProblem? {
        if window.to < window.from { return .endBeforeStart }
        if window.from < firstDay.adding(days: -28) || window.to > introductionEnds { return .outsideProgramme }
        if !isNew && (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .reasonMissing }
        return nil
    }

    public static let maximumTitleLength = 200
    public static let maximumReasonLength = 500
}

/// Dating a template's checklist for one programme.
public enum ChecklistTemplate {
    /// The window of a template item for one programme: weeks counted from the first day, squeezed
    /// into the introduction when it is shorter than the template assumed.
    public static func window(fromWeek: Int, toWeek: Int, firstDay: LocalDate, introductionEnds: LocalDate) -> ChecklistWindow {
        let window = ChecklistWindow.weeks(fromWeek, toWeek, firstDay: firstDay)
        let to = min(window.to, introductionEnds)
        return ChecklistWindow(from: min(window.from, to), to: to)
    }
}

extension ChecklistRules {
    /// Contact person and manager adapt the new hire's checklist; the new hire ticks items off,
    /// the buddy the social tasks (ACCESS.md: introduction checklist).
    public static func mayAdapt(_ relations: Set<ProgrammeRelation>) -> Bool {
        (relations.contains(.contactPerson) || relations.contains(.manager))
            && AccessPolicy.decide(relations, .introductionChecklist, .write) == .allow
    }

    /// The place an item moves to when moved up or down, given the week each item of the list
    /// starts in: its neighbour's, within the same week (a week's heading stays a week), or nil.
    public static func neighbour(of index: Int, up: Bool, weeks: [Int]) -> Int? {
        let target = up ? index - 1 : index + 1
        return weeks.indices.contains(target) && weeks.indices.contains(index) && weeks[target] == weeks[index] ? target : nil
    }

    /// Whose an item can be.
    public static let responsibleRoles: [ProgrammeRole] = [.contactPerson, .manager, .newcomer, .buddy]
}

/// The kinds of activity on the introduction's schedule (seed 001: følordning, sidemandsoplæring ...).
public enum ActivityKind: String, CaseIterable, Sendable {
    case shadowing, sideBySideTraining, course, meeting, other
}

public enum ScheduleRules {
    public enum Problem: Equatable, Sendable {
        case outsideIntroduction
    }

    /// An activity belongs to the introduction: from the first day to the introduction's end.
    public static func problem(date: LocalDate, firstDay: LocalDate, introductionEnds: LocalDate) -> Problem? {
        date < firstDay || date > introductionEnds ? .outsideIntroduction : nil
    }

    /// The working week (Monday to Friday) that holds `day`.
    public static func week(of day: LocalDate) -> [LocalDate] {
        let monday = day.adding(days: 1 - day.isoWeekday)
        return (0..<5).map { monday.adding(days: $0) }
    }

    public static let maximumTitleLength = 200
}

/// What a knowledge person knows about (seed 001: vidensperson for systems, legislation, methods).
public enum KnowledgeKind: String, CaseIterable, Sendable {
    case system, legislation, method, other

    public static let maximumAreaLength = 120

    /// Whether an area or a name matches what someone searched for: every word, in any order, any case.
    public static func matches(_ query: String, area: String, name: String) -> Bool {
        let words = query.lowercased().split(whereSeparator: \.isWhitespace)
        let haystack = (area + " " + name).lowercased()
        return words.allSatisfy { haystack.contains($0) }
    }
}
