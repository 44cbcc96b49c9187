/// Which of a programme's meetings belong in a person's own calendar: those they take part in.
/// A manager reads the whole plan but sits in only the meetings that are theirs.
public enum CalendarFeedRules {
    public static func takesPart(_ roles: Set<ProgrammeRole>, in kind: MeetingKind) -> Bool {
        !roles.isDisjoint(with: kind.participants)
    }

    /// The UID of a dated thing: stable for its whole life, unique across instances of Godstart.
    public static func uid(_ kind: String, _ id: String) -> String { "\(kind)-\(id.lowercased())@godstart" }
}
