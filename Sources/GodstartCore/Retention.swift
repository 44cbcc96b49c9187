/// Retention, the outcome the programme exists for: how many new hires are still employed after
/// 6, 12 and 24 months, estimated with Kaplan and Meier's product-limit method so that people
/// hired recently (still employed, observed for a shorter time) count for as long as they are seen.

/// One employment: when it began and, if it has, when it ended (the last day employed).
public struct Employment: Equatable, Sendable {
    public let start: LocalDate
    public let end: LocalDate?

    public init(start: LocalDate, end: LocalDate?) {
        self.start = start
        self.end = end
    }

    /// What is known of it on `today`: days employed and whether it has ended. An end date still
    /// ahead is not an ending yet. Nil for an employment that has not begun.
    public func observation(on today: LocalDate) -> SurvivalObservation? {
        guard start <= today else { return nil }
        if let end, end <= today, end >= start {
            return SurvivalObservation(days: start.days(until: end), ended: true)
        }
        return SurvivalObservation(days: start.days(until: today), ended: false)
    }
}

/// Days observed, and whether the observation ended in a leaving (otherwise it is censored:
/// still employed when last seen).
public struct SurvivalObservation: Equatable, Sendable {
    public let days: Int
    public let ended: Bool

    public init(days: Int, ended: Bool) {
        self.days = days
        self.ended = ended
    }
}

/// One step of the survival curve: at `day`, how many were at risk, how many left, how many were
/// last seen still employed, and the share still employed just after.
public struct SurvivalStep: Equatable, Sendable {
    public let day: Int
    public let atRisk: Int
    public let events: Int
    public let censored: Int
    public let survival: Double
}

public enum KaplanMeier {
    /// The product-limit estimate: at each day with a leaving, the share still employed is
    /// multiplied by (1 - leavings / at risk). Those censored on a day count as at risk on it.
    public static func estimate(_ observations: [SurvivalObservation]) -> [SurvivalStep] {
        let byDay = Dictionary(grouping: observations, by: \.days)
        var atRisk = observations.count
        var survival = 1.0
        var steps: [SurvivalStep] = []
        for day in byDay.keys.sorted() {
            let here = byDay[day]!
            let events = here.filter(\.ended).count
            if events > 0 { survival *= 1 - Double(events) / Double(atRisk) }
            steps.append(SurvivalStep(day: day, atRisk: atRisk, events: events, censored: here.count - events, survival: survival))
            atRisk -= here.count
        }
        return steps
    }

    /// The share still employed after `day` days; nil when nobody was observed that long, so
    /// the curve says nothing there.
    public static func survival(at day: Int, _ steps: [SurvivalStep]) -> Double? {
        guard let last = steps.last else { return nil }
        // Past the longest observation only a curve that reached zero is known.
        if last.day < day { return last.survival == 0 ? 0 : nil }
        return steps.last(where: { $0.day <= day })?.survival ?? 1
    }

    /// How many were still employed and observed at `day` days.
    public static func atRisk(at day: Int, _ steps: [SurvivalStep]) -> Int {
        steps.first(where: { $0.day >= day })?.atRisk ?? 0
    }
}

/// Hire years put together so that every group has at least the minimum number of people.
public struct Cohort: Equatable, Sendable {
    public let firstYear: Int
    public let lastYear: Int
    public let size: Int

    public init(firstYear: Int, lastYear: Int, size: Int) {
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.size = size
    }

    public func contains(_ year: Int) -> Bool { (firstYear...lastYear).contains(year) }
}

public enum RetentionRules {
    /// Groups smaller than this are merged or not shown, so no one can be recognised.
    public static let minimumGroupSize = 5
    /// The points the coordinator asks about: still employed after 6, 12 and 24 months.
    public static let checkpointMonths = [6, 12, 24]
    /// The points the numbers at risk are given for, under the curve.
    public static let atRiskMonths = [0, 6, 12, 18, 24]

    /// Months as days of observation (a month is a twelfth of an average year).
    public static func days(months: Int) -> Int { Int((Double(months) * 365.25 / 12).rounded()) }

    /// The month after starting that day `day` falls in: 1 for days 0 to a month, 2 for the next.
    public static func month(containing day: Int) -> Int {
        var month = 1
        while days(months: month) < day { month += 1 }
        return month
    }

    /// Hire years merged in order: each group collects consecutive years until it has `minimum`
    /// people; a remainder too small joins the group before it. Empty when all together are too few.
    public static func cohorts(sizes: [Int: Int], minimum: Int = minimumGroupSize) -> [Cohort] {
        var cohorts: [Cohort] = []
        var first: Int?
        var size = 0
        for year in sizes.keys.sorted() where sizes[year]! > 0 {
            first = first ?? year
            size += sizes[year]!
            if size >= minimum {
                cohorts.append(Cohort(firstYear: first!, lastYear: year, size: size))
                first = nil
                size = 0
            }
        }
        if let first, size > 0, let last = cohorts.popLast() {
            let lastYear = sizes.keys.filter { $0 >= first }.max()!
            cohorts.append(Cohort(firstYear: last.firstYear, lastYear: lastYear, size: last.size + size))
        }
        return cohorts
    }
}

/// One curve of the retention page: who it is about and what the estimate says.
public struct RetentionCurve: Equatable, Sendable {
    public enum Group: Equatable, Sendable {
        case cohort(Cohort)
        case beforeProgramme
        case sinceProgramme
    }

    public let group: Group
    public let size: Int
    public let steps: [SurvivalStep]

    public func survival(afterMonths months: Int) -> Double? {
        KaplanMeier.survival(at: RetentionRules.days(months: months), steps)
    }

    public func atRisk(afterMonths months: Int) -> Int {
        KaplanMeier.atRisk(at: RetentionRules.days(months: months), steps)
    }

    /// The curve in whole months, as it leaves Godstart (the retention file): how many were
    /// employed and followed when each month began, how many left in it, how many were last seen
    /// in it still employed, and the share employed at its end. Never the day of a leaving, which
    /// in a group of a few people tells who left (ACCESS.md, "Aggregates").
    public var byMonth: [RetentionMonth] {
        guard let lastDay = steps.last?.day else { return [] }
        let lastMonth = RetentionRules.month(containing: lastDay)
        var stepsByMonth = [Int: [SurvivalStep]]()
        for step in steps { stepsByMonth[RetentionRules.month(containing: step.day), default: []].append(step) }
        var stillFollowed = size
        return (1...lastMonth).map { month in
            let here = stepsByMonth[month] ?? []
            let left = here.reduce(0) { $0 + $1.events }, lastSeen = here.reduce(0) { $0 + $1.censored }
            defer { stillFollowed -= left + lastSeen }
            return RetentionMonth(month: month, atStart: stillFollowed, left: left, lastSeenEmployed: lastSeen,
                                  survivalAtEnd: survival(afterMonths: month))
        }
    }
}

/// One month of a retention curve (`RetentionCurve.byMonth`); month 1 is the first after starting.
public struct RetentionMonth: Equatable, Sendable {
    public let month: Int
    public let atStart: Int
    public let left: Int
    public let lastSeenEmployed: Int
    /// Nil past the longest observation, where the curve says nothing.
    public let survivalAtEnd: Double?
}

public struct RetentionFigures: Equatable, Sendable {
    /// One curve per cohort of hire years, each of at least the minimum size.
    public let cohorts: [RetentionCurve]
    /// Hired in the years before the programme began and in the years since; a side with too few
    /// people is left out.
    public let comparison: [RetentionCurve]
    /// The first hire year counted as "since": the cohort the programme's start falls in.
    public let comparisonFromYear: Int?
    /// Employments counted: those begun by today.
    public let counted: Int

    /// The figures on `today` for `employments`. The comparison splits by whole cohorts, as
    /// Skärholmen compared years: the cohorts before the one the programme began in against that
    /// one and those after. So each side is a union of cohorts shown above, and no subtraction of
    /// one figure from another isolates fewer than the minimum group size.
    public static func of(_ employments: [Employment], on today: LocalDate, programmeStart: LocalDate?,
                          minimum: Int = RetentionRules.minimumGroupSize) -> RetentionFigures {
        let begun = employments.filter { $0.start <= today }
        let sizes = Dictionary(grouping: begun, by: \.start.year).mapValues(\.count)
        let groups = RetentionRules.cohorts(sizes: sizes, minimum: minimum)
        let cohorts = groups.map { cohort in
            curve(.cohort(cohort), begun.filter { cohort.contains($0.start.year) }, today)
        }
        var comparison: [RetentionCurve] = []
        var fromYear: Int?
        if let programmeStart {
            // The first cohort reaching the start's year: it and those after count as "since".
            let split = groups.first { $0.lastYear >= programmeStart.year }?.firstYear ?? programmeStart.year
            let before = begun.filter { $0.start.year < split }
            let since = begun.filter { $0.start.year >= split }
            if before.count >= minimum && since.count >= minimum {
                comparison = [curve(.beforeProgramme, before, today), curve(.sinceProgramme, since, today)]
                fromYear = split
            }
        }
        return RetentionFigures(cohorts: cohorts, comparison: comparison, comparisonFromYear: fromYear, counted: begun.count)
    }

    private static func curve(_ group: RetentionCurve.Group, _ employments: [Employment], _ today: LocalDate) -> RetentionCurve {
        let observations = employments.compactMap { $0.observation(on: today) }
        return RetentionCurve(group: group, size: observations.count, steps: KaplanMeier.estimate(observations))
    }
}
