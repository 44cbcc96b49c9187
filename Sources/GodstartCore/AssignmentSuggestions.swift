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
    public var willing: Bool { standing.willingToMentor }
    public let trainedAsMentor: Bool
    /// What they know well: systems, legislation, methods, areas of work.
    public let competenceAreas: Set<String>
    /// The same, sorted, each with its lower-case form, made once for the many comparisons of an intake.
    let matchableAreas: [MatchableArea]
    /// What decides whether they may be chosen at all (`EligibilityRules`); its id, unit and
    /// willingness are this candidate's.
    public let standing: ColleagueStanding

    public init(id: UUID, unit: UUID?, capacity: Int = AssignmentSuggestions.defaultCapacity, mentoring: Int = 0, contactFor: Int = 0,
                buddyFor: Int = 0, willing: Bool = true, trainedAsMentor: Bool = false, competenceAreas: Set<String> = [],
                standing: ColleagueStanding? = nil) {
        self.id = id
        self.unit = unit
        self.capacity = capacity
        self.mentoring = mentoring
        self.contactFor = contactFor
        self.buddyFor = buddyFor
        var standing = standing ?? ColleagueStanding(id: id)
        standing.id = id
        standing.unit = unit
        standing.willingToMentor = willing
        self.standing = standing
        self.trainedAsMentor = trainedAsMentor
        self.competenceAreas = competenceAreas
        matchableAreas = competenceAreas.sorted().map(MatchableArea.init)
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
    /// Who the new hire is, when they start, their manager and unit: what eligibility is judged against.
    public var opening: RoleOpening
    public var unit: UUID? { opening.unit }
    public var manager: UUID? { opening.manager }
    /// Words for the work they will own ("DUBU", "underretninger"); a candidate shares an area
    /// whose name contains one of them.
    public let areas: Set<String>
    /// The same words in lower case, made once.
    let lowercasedAreas: [LowercasedText]
    /// People who already hold another role for this new hire: one person, one role.
    public var taken: Set<UUID>

    public init(opening: RoleOpening, areas: Set<String> = [], taken: Set<UUID> = []) {
        self.opening = opening
        self.areas = areas
        self.taken = taken
        lowercasedAreas = areas.map { LowercasedText($0) }
    }

    /// A new hire whose first day does not matter (no colleague's dates are known).
    public init(unit: UUID?, manager: UUID?, areas: Set<String> = [], starts: LocalDate = LocalDate(year: 2026, month: 1, day: 1)) {
        self.init(opening: RoleOpening(newHire: nil, manager: manager, unit: unit, starts: starts), areas: areas)
    }

    /// The same new hire with `people` holding other roles.
    public func taking(_ people: [UUID?]) -> NewHireNeeds {
        var needs = self
        needs.taken.formUnion(people.compactMap { $0 })
        return needs
    }
}

/// An area of competence as written, and in lower case for matching.
struct MatchableArea: Equatable, Sendable {
    let name: String
    let lowercased: LowercasedText

    init(_ name: String) {
        self.name = name
        lowercased = LowercasedText(name)
    }
}

/// Text in lower case as bytes, for the many "does this area name contain that word" checks of an
/// intake: a plain byte search, where String's own search costs microseconds each.
struct LowercasedText: Equatable, Sendable {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.lowercased().utf8) }

    func contains(_ other: LowercasedText) -> Bool {
        let needle = other.bytes
        guard !needle.isEmpty else { return true }
        guard needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            var matched = true
            for offset in 1..<needle.count where bytes[start + offset] != needle[offset] {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
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

    /// How well `candidate` fits `role` for a new hire, and why. Nil for anyone the rules do not
    /// offer (`EligibilityRules`: the manager, a manager as mentor, an unwilling mentor ...) and
    /// for someone who already holds another role for this new hire.
    public static func suggestion(_ candidate: Candidate, for need: NewHireNeeds, as role: CandidateRole) -> Suggestion? {
        guard !need.taken.contains(candidate.id),
              EligibilityRules.eligibility(of: candidate.standing, as: role, for: need.opening).isOffered else { return nil }
        var score = 0
        var reasons: [SuggestionReason] = []
        reasons.reserveCapacity(6)
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
        if role != .buddy && !need.lowercasedAreas.isEmpty {
            let shared = candidate.matchableAreas.lazy.filter { area in
                need.lowercasedAreas.contains { area.lowercased.contains($0) }
            }
            for area in shared.prefix(2) {
                score += 15
                reasons.append(.sharedArea(area.name))
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

    /// The candidates for `role`, best first; those at capacity come last, those the rules do not offer not at all.
    public static func rank(_ candidates: [Candidate], for need: NewHireNeeds, as role: CandidateRole) -> [Suggestion] {
        candidates.compactMap { suggestion($0, for: need, as: role) }
            .sorted { ($0.needsOverride ? 1 : 0, -$0.score) < ($1.needsOverride ? 1 : 0, -$1.score) }
    }

    /// One balanced choice of a person in `role` for each new hire of an intake, at once: the
    /// assignment with the highest total score in which nobody goes above their capacity, each
    /// further new hire of the same person counting `stackingPenalty` less. Nil for a new hire
    /// nobody can take. An optimal assignment (Hungarian method), not a greedy one.
    ///
    /// Each free place of a candidate is a column. A new hire is only ever best placed in one of
    /// their n cheapest columns (n new hires: at most n − 1 of those are taken by others, and moving
    /// to a free one costs no more), so only the columns some new hire has among its n cheapest are
    /// kept. For 500 new hires and 2,000 candidates that leaves a fraction of the places.
    public static func balanced(_ needs: [NewHireNeeds], candidates: [Candidate], as role: CandidateRole) -> [UUID?] {
        let n = needs.count
        // One slot per free place of each candidate: (candidate index, how many new hires before it).
        var slots: [(candidate: Int, index: Int)] = []
        for (number, candidate) in candidates.enumerated() {
            for index in 0..<min(max(0, candidate.freeCapacity(as: role)), n) { slots.append((number, index)) }
        }
        guard n > 0, !slots.isEmpty else { return needs.map { _ in nil } }
        let forbidden = Hungarian.forbidden
        // The score of each candidate for each new hire, once (not once per place).
        var scores = [Int?](repeating: nil, count: n * candidates.count)
        for (row, need) in needs.enumerated() {
            for (number, candidate) in candidates.enumerated() {
                scores[row * candidates.count + number] = suggestion(candidate, for: need, as: role)?.score
            }
        }
        func cost(_ row: Int, _ slot: Int) -> Int {
            guard let score = scores[row * candidates.count + slots[slot].candidate] else { return forbidden }
            return 1_000 - (score - stackingPenalty * slots[slot].index)
        }
        var kept = Set<Int>()
        for row in 0..<n {
            let costs = (0..<slots.count).map { cost(row, $0) }
            let open = (0..<slots.count).filter { costs[$0] < forbidden }
            kept.formUnion(open.count <= n ? open : Array(open.sorted { (costs[$0], $0) < (costs[$1], $1) }.prefix(n)))
        }
        let columns = kept.sorted()
        var matrix = Hungarian.Matrix(rows: n, columns: max(columns.count, n))
        for row in 0..<n {
            for (column, slot) in columns.enumerated() { matrix[row, column] = cost(row, slot) }
        }
        let chosen = Hungarian.minimumCostAssignment(matrix)
        return chosen.enumerated().map { row, column in
            guard column < columns.count, matrix[row, column] < forbidden else { return nil }
            return candidates[slots[columns[column]].candidate].id
        }
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
