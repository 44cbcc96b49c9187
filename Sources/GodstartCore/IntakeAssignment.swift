import Foundation

/// One balanced choice of contact person, mentor and buddy for every new hire of an intake, and
/// for the places it could not fill, why.
public struct IntakeAssignment: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var contactPerson: UUID?
        public var mentor: UUID?
        public var buddy: UUID?

        public func chosen(_ role: CandidateRole) -> UUID? {
            switch role {
            case .contactPerson: contactPerson
            case .mentor: mentor
            case .buddy: buddy
            }
        }

        mutating func set(_ role: CandidateRole, _ id: UUID?) {
            switch role {
            case .contactPerson: contactPerson = id
            case .mentor: mentor = id
            case .buddy: buddy = id
            }
        }
    }

    /// Why a place was left open.
    public enum OpenPlace: Equatable, Sendable {
        /// Nobody the rules offer for this role and new hire (before anyone's load is counted).
        case nobodyEligible
        /// Everyone the rules offer is full, counting this intake; `best` are the best-suited of
        /// them, whose capacity the coordinator could raise.
        case allFull(best: [UUID])
    }

    public var rows: [Row]
    /// The places left open, per row and role.
    public var open: [Int: [CandidateRole: OpenPlace]]

    /// Contact persons first, then mentors, then buddies, each balanced over the whole intake
    /// (`AssignmentSuggestions.balanced`); a person chosen for one role of a new hire is not offered
    /// another role for the same new hire, and each role counts the intake's earlier placements.
    public static func suggest(_ needs: [NewHireNeeds], candidates: [Candidate]) -> IntakeAssignment {
        var rows = needs.map { _ in Row() }
        var open: [Int: [CandidateRole: OpenPlace]] = [:]
        for role in [CandidateRole.contactPerson, .mentor, .buddy] {
            let roleNeeds = needs.enumerated().map { index, need in
                need.taking(CandidateRole.allCases.filter { $0 != role }.map { rows[index].chosen($0) })
            }
            let chosen = AssignmentSuggestions.balanced(roleNeeds, candidates: candidates, as: role)
            var loaded = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, $0) })
            for (index, id) in chosen.enumerated() {
                rows[index].set(role, id)
                if let id, let candidate = loaded[id] { loaded[id] = candidate.adding(role) }
            }
            let afterwards = candidates.map { loaded[$0.id]! }
            for (index, id) in chosen.enumerated() where id == nil {
                open[index, default: [:]][role] = whyOpen(roleNeeds[index], candidates: afterwards, as: role)
            }
        }
        return IntakeAssignment(rows: rows, open: open)
    }

    /// Why nobody could take `role` for `need` among `candidates` (with their loads as they stand).
    public static func whyOpen(_ need: NewHireNeeds, candidates: [Candidate], as role: CandidateRole) -> OpenPlace {
        let offered = candidates.compactMap { AssignmentSuggestions.suggestion($0, for: need, as: role) }
        guard !offered.isEmpty else { return .nobodyEligible }
        return .allFull(best: offered.sorted { ($0.score, $1.candidate.uuidString) > ($1.score, $0.candidate.uuidString) }.prefix(3).map(\.candidate))
    }
}

extension Candidate {
    /// The same colleague with one more new hire in `role`.
    public func adding(_ role: CandidateRole) -> Candidate {
        Candidate(id: id, unit: unit, capacity: capacity, mentoring: mentoring + (role == .mentor ? 1 : 0),
                  contactFor: contactFor + (role == .contactPerson ? 1 : 0), buddyFor: buddyFor + (role == .buddy ? 1 : 0),
                  willing: willing, trainedAsMentor: trainedAsMentor, competenceAreas: competenceAreas, standing: standing)
    }
}
