/// The questions mentor and mentee each reflect on before the mentoring's start meeting
/// (seed 000, "the preparation phase"). The words live in the localisation layer.
public enum PreparationQuestion: String, CaseIterable, Sendable {
    // The mentor's
    case myCompetences, whatICanOffer, whatMotivatesMe, myOwnLearning, timeICanGive, typicalNeeds
    // The mentee's
    case othersExpectations, myGoals, whatIWantToRaise, readyToBeChallenged, goodMentorAndMentee

    /// The set for the mentor or for the mentee; nil for anyone else.
    public static func set(for relations: Set<ProgrammeRelation>) -> [PreparationQuestion]? {
        if relations.contains(.newcomer) { return menteeSet }
        if relations.contains(.mentor) { return mentorSet }
        return nil
    }

    public static let mentorSet: [PreparationQuestion] = [
        .myCompetences, .whatICanOffer, .whatMotivatesMe, .myOwnLearning, .timeICanGive, .typicalNeeds,
    ]
    public static let menteeSet: [PreparationQuestion] = [
        .othersExpectations, .myGoals, .whatIWantToRaise, .readyToBeChallenged, .goodMentorAndMentee,
    ]
}
