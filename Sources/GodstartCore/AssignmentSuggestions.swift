import Foundation

/// A colleague who could take a role in a new hire's programme, as the coordinator knows them.
public struct Candidate: Equatable, Sendable {
    public let id: UUID
    public let unit: UUID?
    /// How many new hires they can have at once in a role (seed 004: five or six mentees was too many).
    public let capacity: Int
    /// Running programmes they are mentor, contact person and buddy in now.
    public let mentoring: Int
    public let contactFor: Int
    public let buddyFor: Int
    public let willing: Bool
    public let trainedAsMentor: Bool
    /// What they know well: systems, legislation, methods, areas of work.
    public let competenceAreas: Set<String>

    public init(id: UUID, unit: UUID?, capacity: Int = AssignmentSuggestions.defaultCapacity, mentoring: Int = 0, contactFor: Int = 0,
                buddyFor: Int = 0, willing: Bool = true, trainedAsMentor: Bool = false, competenceAreas: Set<String> = []) {
        self.id = id
        self.unit = unit
        self.capacity = capacity
        self.mentoring = mentoring
        self.contactFor = contactFor
        self.buddyFor = buddyFor
        self.willing = willing
        self.trainedAsMentor = trainedAsMentor
        self.competenceAreas = competenceAreas
    }

    /// How many more new hires they can take in `role` before reaching their capacity.
    public func freeCapacity(as role: CandidateRole) -> Int {
        switch role {
        case .mentor: capacity - mentoring
        case .contactPerson: capacity - contactFor
        case .buddy: capacity - buddyFor
        }
    }
}

/// What a new hire needs from the people around them.
public struct NewHireNeeds: Equatable, Sendable {
    public let unit: UUID
    public let manager: UUID
    /// Words for the work they will own ("DUBU", "underretninger"); a candidate shares an area
    /// whose name contains one of them.
    public let areas: Set<String>

    public init(unit: UUID, manager: UUID, areas: Set<String> = []) {
        self.unit = unit
        self.manager = manager
        self.areas = areas
    }
}

public enum CandidateRole: String, CaseIterable, Sendable {
    case contactPerson, mentor, buddy
}

/// Why a candidate ranks where they do, in words the coordinator reads.
public enum SuggestionReason: Equatable, Sendable {
    case freeCapacity(Int)
    case atCapacity
    case willing
    case notWilling
    case trainedAsMentor
    case sharedArea(String)
    case sameUnit
    /// A mentor from another team is allowed, and can make it easier to speak freely.
    case otherUnit
}

public struct Suggestion: Equatable, Sendable {
    public let candidate: UUID
    public let score: Int
    public let reasons: [SuggestionReason]
    /// Above capacity as contact person or mentor: only with an explicit override and a reason.
    public let needsOverride: Bool
}

public enum AssignmentSuggestions {
    /// Two new hires at a time, unless a person's profile says otherwise.
    public static let defaultCapacity = 2
    /// Each further new hire in one batch costs a candidate this much of their score, so the
    /// balanced assignment spreads new hires rather than stacking them on the best-scored person.
    public static let stackingPenalty = 40

    /// How well `candidate` fits `role` for a new hire, and why. Nil for the new hire's manager:
    /// the manager is never contact person, mentor or buddy.
    public static func suggestion(_ candidate: Candidate, for need: NewHireNeeds, as role: CandidateRole) -> Suggestion? {
        guard candidate.id != need.manager else { return nil }
        var score = 0
        var reasons: [SuggestionReason] = []
        let free = candidate.freeCapacity(as: role)
        if free > 0 {
            score += 10 * min(free, 3)
            reasons.append(.freeCapacity(free))
        } else {
            score -= 100
            reasons.append(.atCapacity)
        }
        if candidate.willing {
            score += role == .buddy ? 10 : 30
            reasons.append(.willing)
        } else {
            score -= 60
            reasons.append(.notWilling)
        }
        if role == .mentor && candidate.trainedAsMentor {
            score += 25
            reasons.append(.trainedAsMentor)
        }
        if role != .buddy {
            let shared = candidate.competenceAreas.sorted().filter { area in
                need.areas.contains { area.lowercased().contains($0.lowercased()) }
            }
            for area in shared.prefix(2) {
                score += 15
                reasons.append(.sharedArea(area))
            }
        }
        let sameUnit = candidate.unit == need.unit
        switch role {
        case .contactPerson, .buddy:
            if sameUnit {
                score += 40
                reasons.append(.sameUnit)
            }
        case .mentor:
            reasons.append(sameUnit ? .sameUnit : .otherUnit)
        }
        return Suggestion(candidate: candidate.id, score: score, reasons: reasons, needsOverride: free <= 0 && role.hasHardCapacity)
    }

    /// The candidates for `role`, best first; those at capacity come last, the manager not at all.
    public static func rank(_ candidates: [Candidate], for need: NewHireNeeds, as role: CandidateRole) -> [Suggestion] {
        candidates.compactMap { suggestion($0, for: need, as: role) }
            .sorted { ($0.needsOverride ? 1 : 0, -$0.score) < ($1.needsOverride ? 1 : 0, -$1.score) }
    }

    /// Who in `assignment` takes a role with hard capacity (contact person, mentor) while already
    /// full: they may be chosen only with a written reason. Each person once, in role order.
    public static func aboveCapacity(_ assignment: ProposedAssignment, candidates: [UUID: Candidate]) -> [UUID] {
        let chosen: [(CandidateRole, UUID?)] = [(.contactPerson, assignment.contactPerson), (.mentor, assignment.effectiveMentor),
                                                (.buddy, assignment.buddy)]
        var full: [UUID] = []
        for case let (role, id?) in chosen where role.hasHardCapacity {
            if let candidate = candidates[id], candidate.freeCapacity(as: role) <= 0, !full.contains(id) { full.append(id) }
        }
        return full
    }

    /// One balanced choice of a person in `role` for each new hire of an intake, at once: the
    /// assignment with the highest total score in which nobody goes above their capacity, each
    /// further new hire of the same person counting `stackingPenalty` less. Nil for a new hire
    /// nobody can take. An optimal assignment (Hungarian method), not a greedy one.
    public static func balanced(_ needs: [NewHireNeeds], candidates: [Candidate], as role: CandidateRole) -> [UUID?] {
        // One slot per free place of each candidate.
        var slots: [(candidate: Candidate, index: Int)] = []
        for candidate in candidates {
            for index in 0..<max(0, candidate.freeCapacity(as: role)) { slots.append((candidate, index)) }
        }
        guard !needs.isEmpty, !slots.isEmpty else { return needs.map { _ in nil } }
        let forbidden = 1_000_000_000
        let columns = max(slots.count, needs.count)
        var cost = [[Int]](repeating: [Int](repeating: forbidden, count: columns), count: needs.count)
        for (row, need) in needs.enumerated() {
            for (column, slot) in slots.enumerated() {
                guard let s = suggestion(slot.candidate, for: need, as: role) else { continue }
                cost[row][column] = 1_000 - (s.score - stackingPenalty * slot.index)
            }
        }
        let chosen = Hungarian.minimumCostAssignment(cost)
        return chosen.enumerated().map { row, column in
            guard column < slots.count, cost[row][column] < forbidden else { return nil }
            return slots[column].candidate.id
        }
    }
}

/// The Hungarian method for a rectangular cost matrix (rows ≤ columns): the column for each row
/// that makes the total cost least, each column used at most once. O(rows² · columns).
enum Hungarian {
    static func minimumCostAssignment(_ cost: [[Int]]) -> [Int] {
        let n = cost.count
        guard n > 0 else { return [] }
        let m = cost[0].count
        precondition(m >= n, "more rows than columns")
        var u = [Int](repeating: 0, count: n + 1), v = [Int](repeating: 0, count: m + 1)
        var p = [Int](repeating: 0, count: m + 1), way = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            p[0] = i
            var j0 = 0
            var minv = [Int](repeating: Int.max / 2, count: m + 1)
            var used = [Bool](repeating: false, count: m + 1)
            repeat {
                used[j0] = true
                let i0 = p[j0]
                var delta = Int.max / 2, j1 = 0
                for j in 1...m where !used[j] {
                    let current = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if current < minv[j] { minv[j] = current; way[j] = j0 }
                    if minv[j] < delta { delta = minv[j]; j1 = j }
                }
                for j in 0...m {
                    if used[j] { u[p[j]] += delta; v[j] -= delta } else { minv[j] -= delta }
                }
                j0 = j1
            } while p[j0] != 0
            repeat {
                let j1 = way[j0]
                p[j0] = p[j1]
                j0 = j1
            } while j0 != 0
        }
        var result = [Int](repeating: 0, count: n)
        for j in 1...m where p[j] != 0 { result[p[j] - 1] = j - 1 }
        return result
    }
}

extension CandidateRole {
    /// Contact person and mentor carry real load: going above capacity needs an override with a
    /// reason. A buddy above capacity only ranks lower.
    public var hasHardCapacity: Bool { self != .buddy }

    /// The role in a programme this candidate role fills.
    public var programmeRole: ProgrammeRole {
        switch self {
        case .contactPerson: .contactPerson
        case .mentor: .mentor
        case .buddy: .buddy
        }
    }
}
