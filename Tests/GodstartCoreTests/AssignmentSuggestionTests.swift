import XCTest
@testable import GodstartCore

final class AssignmentSuggestionTests: XCTestCase {
    let unitA = UUID(), unitB = UUID(), manager = UUID()

    func testTheManagerIsNeverSuggestedAndAFullPersonComesLast() {
        let need = NewHireNeeds(unit: unitA, manager: manager, areas: ["børnefaglig undersøgelse"])
        let full = Candidate(id: UUID(), unit: unitA, mentoring: 2, trainedAsMentor: true)
        let free = Candidate(id: UUID(), unit: unitB, mentoring: 0)
        let managerAsCandidate = Candidate(id: manager, unit: unitA)
        let ranked = AssignmentSuggestions.rank([full, free, managerAsCandidate], for: need, as: .mentor)
        XCTAssertEqual(ranked.map(\.candidate), [free.id, full.id])
        XCTAssertTrue(ranked[1].needsOverride)
        XCTAssertTrue(ranked[1].reasons.contains(.atCapacity))
        XCTAssertTrue(ranked[0].reasons.contains(.otherUnit), "a mentor from another team is allowed")
    }

    func testReasonsFollowTheProfile() {
        let need = NewHireNeeds(unit: unitA, manager: manager, areas: ["Signs of Safety", "DUBU"])
        let trained = Candidate(id: UUID(), unit: unitA, willing: true, trainedAsMentor: true, competenceAreas: ["DUBU"])
        let unwilling = Candidate(id: UUID(), unit: unitA, willing: false, trainedAsMentor: true, competenceAreas: ["DUBU"])
        let s = AssignmentSuggestions.suggestion(trained, for: need, as: .mentor)!
        XCTAssertEqual(s.reasons, [.freeCapacity(2), .willing, .trainedAsMentor, .sharedArea("DUBU"), .sameUnit])
        XCTAssertGreaterThan(s.score, AssignmentSuggestions.suggestion(unwilling, for: need, as: .mentor)!.score)
        // Proximity matters for the contact person, not for the mentor.
        let near = Candidate(id: UUID(), unit: unitA), far = Candidate(id: UUID(), unit: unitB)
        XCTAssertEqual(AssignmentSuggestions.rank([far, near], for: need, as: .contactPerson).first?.candidate, near.id)
        XCTAssertEqual(AssignmentSuggestions.suggestion(near, for: need, as: .mentor)!.score,
                       AssignmentSuggestions.suggestion(far, for: need, as: .mentor)!.score)
    }

    func testAnIntakeIsSpreadWithinCapacityNotStackedOnTheBest() {
        let star = Candidate(id: UUID(), unit: unitA, capacity: 3, trainedAsMentor: true)
        let others = (0..<3).map { _ in Candidate(id: UUID(), unit: unitB, capacity: 2) }
        let needs = (0..<4).map { _ in NewHireNeeds(unit: unitA, manager: manager) }
        let chosen = AssignmentSuggestions.balanced(needs, candidates: [star] + others, as: .mentor)
        XCTAssertEqual(chosen.compactMap { $0 }.count, 4)
        let counts = Dictionary(grouping: chosen.compactMap { $0 }, by: { $0 }).mapValues(\.count)
        XCTAssertLessThanOrEqual(counts.values.max() ?? 0, 2, "spread out: \(counts)")
    }

    func testAFullContactPersonOrMentorNeedsAReasonAFullBuddyDoesNot() {
        let full = Candidate(id: UUID(), unit: unitA, mentoring: 2, contactFor: 2, buddyFor: 2)
        let free = Candidate(id: UUID(), unit: unitA)
        let candidates = [full.id: full, free.id: free]
        let bothRoles = ProposedAssignment(manager: manager, contactPerson: full.id, mentor: nil, contactPersonIsMentor: true, buddy: full.id)
        XCTAssertEqual(AssignmentSuggestions.aboveCapacity(bothRoles, candidates: candidates), [full.id], "named once")
        let buddyOnly = ProposedAssignment(manager: manager, contactPerson: free.id, mentor: free.id, contactPersonIsMentor: false, buddy: full.id)
        XCTAssertEqual(AssignmentSuggestions.aboveCapacity(buddyOnly, candidates: candidates), [])
    }

    func testNobodyGoesAboveCapacityAndTheRestGetNoOne() {
        let one = Candidate(id: UUID(), unit: unitA, capacity: 1)
        let needs = (0..<3).map { _ in NewHireNeeds(unit: unitA, manager: manager) }
        let chosen = AssignmentSuggestions.balanced(needs, candidates: [one, Candidate(id: manager, unit: unitA)], as: .mentor)
        XCTAssertEqual(chosen.compactMap { $0 }, [one.id])
        XCTAssertEqual(chosen.filter { $0 == nil }.count, 2)
    }

    /// The balanced assignment is optimal: compared with trying every assignment on small cases.
    func testTheBalancedAssignmentEqualsBruteForce() {
        var generator = SeededGenerator(seed: 7)
        let areas = ["DUBU", "Signs of Safety", "Serviceloven", "Forvaltningsloven"]
        for _ in 0..<60 {
            let units = [unitA, unitB]
            let candidates = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                Candidate(id: UUID(), unit: units.randomElement(using: &generator), capacity: Int.random(in: 1...2, using: &generator),
                          mentoring: Int.random(in: 0...1, using: &generator), willing: Bool.random(using: &generator),
                          trainedAsMentor: Bool.random(using: &generator),
                          competenceAreas: Set(areas.filter { _ in Bool.random(using: &generator) }))
            }
            let needs = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                NewHireNeeds(unit: units.randomElement(using: &generator)!, manager: Bool.random(using: &generator) ? candidates[0].id : manager,
                             areas: Set(areas.filter { _ in Bool.random(using: &generator) }))
            }
            let chosen = AssignmentSuggestions.balanced(needs, candidates: candidates, as: .mentor)
            XCTAssertEqual(value(chosen, needs, candidates), bestByBruteForce(needs, candidates))
        }
    }

    /// Total of (score − penalty for each further new hire of the same person), with nobody over capacity.
    /// An unassigned new hire adds nothing; more assigned new hires always count first.
    private func value(_ chosen: [UUID?], _ needs: [NewHireNeeds], _ candidates: [Candidate]) -> [Int] {
        var taken: [UUID: Int] = [:]
        var total = 0
        for (need, id) in zip(needs, chosen) {
            guard let id, let candidate = candidates.first(where: { $0.id == id }) else { continue }
            let index = taken[id, default: 0]
            guard index < candidate.freeCapacity(as: .mentor),
                  let s = AssignmentSuggestions.suggestion(candidate, for: need, as: .mentor) else { return [-1] }
            taken[id] = index + 1
            total += s.score - AssignmentSuggestions.stackingPenalty * index
        }
        return [chosen.compactMap { $0 }.count, total]
    }

    private func bestByBruteForce(_ needs: [NewHireNeeds], _ candidates: [Candidate]) -> [Int] {
        var best = [Int.min]
        func explore(_ index: Int, _ chosen: [UUID?]) {
            if index == needs.count {
                let v = value(chosen, needs, candidates)
                if v.lexicographicallyPrecedes(best) == false && v != [-1] { best = v }
                return
            }
            explore(index + 1, chosen + [nil])
            for candidate in candidates { explore(index + 1, chosen + [candidate.id]) }
        }
        explore(0, [])
        return best
    }
}

/// A small deterministic random number generator, so the brute-force cases are the same each run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
