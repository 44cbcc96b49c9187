/// A new hire's first working day that is probably typed wrong: weeks back, when the plan's first
/// meetings are already over, or more than a year ahead (a year typed wrong: "6 January 2025"
/// registered a finished programme with thirty meetings never held). It is asked about, never
/// refused: a coordinator who starts using Godstart registers people who began months ago.
public enum FirstDayCheck {
    public enum Finding: Equatable, Sendable {
        case longAgo
        case farAhead
    }

    public static let weeksBack = 4
    public static let monthsAhead = 12

    /// What is unusual about `firstDay` registered on `today`, if anything.
    public static func finding(_ firstDay: LocalDate, today: LocalDate) -> Finding? {
        if firstDay < today.adding(days: -7 * weeksBack) { return .longAgo }
        if firstDay > today.adding(months: monthsAhead) { return .farAhead }
        return nil
    }
}
