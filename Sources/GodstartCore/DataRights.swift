import Foundation

/// How long a programme's private texts are kept after it ends (issue 8, item 3). After that a job
/// purges them; the facts (dates, statuses, counts, ratings) stay for the statistics.
public enum StoragePeriod {
    /// The periods an administrator chooses from, in months.
    public static let monthChoices = [6, 12, 24, 36, 60]
    public static let defaultMonths = 24

    /// The day a programme ends: the day it was ended early, the day of the development talk once
    /// held, or 30 days after the planned talk (when the programme counts as finished).
    public static func endDay(plannedDevelopmentTalk: LocalDate, developmentTalkHeldOn: LocalDate?,
                              endedOn: LocalDate?) -> LocalDate {
        endedOn ?? developmentTalkHeldOn ?? plannedDevelopmentTalk.adding(days: 30)
    }

    /// The first day the texts of a programme that ended on `end` are purged.
    public static func purgeDay(endedOn end: LocalDate, months: Int) -> LocalDate { end.adding(months: months) }

    public static func isDue(endedOn end: LocalDate, months: Int, today: LocalDate) -> Bool {
        today >= purgeDay(endedOn: end, months: months)
    }
}

/// When an administrator may erase a person (GDPR art. 17): never themselves, and never the
/// organisation's last administrator.
public enum ErasureRules {
    public enum Refusal: Equatable, Sendable { case yourself, lastAdministrator, alreadyErased }

    public static func refusal(isSelf: Bool, isAdministrator: Bool, otherAdministrators: Int, alreadyErased: Bool) -> Refusal? {
        if alreadyErased { return .alreadyErased }
        if isSelf { return .yourself }
        if isAdministrator && otherAdministrators == 0 { return .lastAdministrator }
        return nil
    }
}
