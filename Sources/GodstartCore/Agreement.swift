import Foundation

/// What mentor and mentee agree on at the start meeting (DOMAIN.md, "Start meeting"), in the order
/// the guided page takes them. The words live in the localisation layer.
public enum AgreementTopic: String, CaseIterable, Sendable {
    case purpose, learningNeeds, learningGoals
    case mentorRole, methods, tools
    case meetingFrequency, duration, room, noInterruptions, comingPrepared
    case confidentiality, openness, responsibility, feedback, otherGroundRules
}

/// The sections of the guided start meeting, each a handful of topics.
public enum AgreementSection: String, CaseIterable, Sendable {
    case purposeAndLearning, roleAndMethods, frame, groundRules

    public var topics: [AgreementTopic] {
        switch self {
        case .purposeAndLearning: [.purpose, .learningNeeds, .learningGoals]
        case .roleAndMethods: [.mentorRole, .methods, .tools]
        case .frame: [.meetingFrequency, .duration, .room, .noInterruptions, .comingPrepared]
        case .groundRules: [.confidentiality, .openness, .responsibility, .feedback, .otherGroundRules]
        }
    }
}

/// Where a version of the collaboration agreement stands.
public enum AgreementStatus: Equatable, Sendable {
    /// Saved, confirmed by nobody.
    case draft
    /// One of the two has confirmed; the other has not.
    case awaitingConfirmation(from: ProgrammeRole)
    /// Both confirmed this version.
    case confirmed
}

/// The rules of the collaboration agreement: both confirm the same text, and a change after anyone
/// confirmed starts a new version that both confirm again; earlier versions stay as they were.
public enum AgreementRules {
    public static func status(menteeConfirmed: Bool, mentorConfirmed: Bool) -> AgreementStatus {
        switch (menteeConfirmed, mentorConfirmed) {
        case (true, true): .confirmed
        case (true, false): .awaitingConfirmation(from: .mentor)
        case (false, true): .awaitingConfirmation(from: .newcomer)
        case (false, false): .draft
        }
    }

    /// How a save lands: nothing changed, the unconfirmed latest version is edited in place, or a
    /// new version starts because someone already confirmed the latest one.
    public enum Save: Equatable, Sendable {
        case unchanged, editLatest, newVersion
    }

    public static func save(
        _ texts: [AgreementTopic: String], latest: [AgreementTopic: String]?, menteeConfirmed: Bool, mentorConfirmed: Bool
    ) -> Save {
        guard let latest else { return texts.isEmpty ? .unchanged : .newVersion }
        if texts == latest { return .unchanged }
        return menteeConfirmed || mentorConfirmed ? .newVersion : .editLatest
    }

    /// The longest answer to one topic.
    public static let maximumTopicLength = 4_000
}
