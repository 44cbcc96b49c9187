/// Where an idea for the programme stands, as the coordinator marks it.
public enum IdeaStatus: String, CaseIterable, Codable, Sendable {
    case new, takenUp, declined
}

public enum IdeaRules {
    /// An idea is declined only with an answer saying why; taking one up may be answered too.
    public static func needsAnswer(_ status: IdeaStatus) -> Bool { status == .declined }
}
