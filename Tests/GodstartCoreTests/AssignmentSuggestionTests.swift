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
        XCTAssertNil(AssignmentSuggestions.suggestion(unwilling, for: need, as: .mentor), "the unwilling are never suggested as mentor")
        XCTAssertGreaterThan(AssignmentSuggestions.suggestion(trained, for: need, as: .contactPerson)!.score,
                             AssignmentSuggestions.suggestion(unwilling, for: need, as: .contactPerson)!.score)
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
        let opening = RoleOpening(newHire: nil, manager: manager, unit: unitA, starts: LocalDate(year: 2027, month: 3, day: 1))
        XCTAssertEqual(EligibilityRules.review(full, as: .contactPerson, for: opening), [.aboveCapacity])
        XCTAssertEqual(EligibilityRules.review(full, as: .mentor, for: opening), [.aboveCapacity])
        XCTAssertEqual(EligibilityRules.review(full, as: .buddy, for: opening), [])
        let unwillingAndFull = Candidate(id: UUID(), unit: unitA, mentoring: 2, willing: false)
        XCTAssertEqual(EligibilityRules.review(unwillingAndFull, as: .mentor, for: opening), [.needsReason([.notWilling]), .aboveCapacity])
        let aManager = Candidate(id: UUID(), unit: unitB, standing: ColleagueStanding(id: UUID(), managesAnyone: true))
        XCTAssertEqual(EligibilityRules.review(aManager, as: .mentor, for: opening), [.refused(.aManager)])
    }

    /// Before the coordinator has chosen the manager, the unit's managers are treated as the new
    /// hire's: "Vis forslag" above the manager field must not offer them.
    func testWithoutAChosenManagerTheUnitsManagersAreNotSuggested() {
        let unitsManager = Candidate(id: UUID(), unit: unitA, standing: ColleagueStanding(id: UUID(), managesAnyone: true))
        let otherManager = Candidate(id: UUID(), unit: unitB, standing: ColleagueStanding(id: UUID(), managesAnyone: true))
        let colleague = Candidate(id: UUID(), unit: unitA)
        let need = NewHireNeeds(unit: unitA, manager: nil)
        XCTAssertEqual(Set(AssignmentSuggestions.rank([unitsManager, otherManager, colleague], for: need, as: .contactPerson).map(\.candidate)),
                       [otherManager.id, colleague.id])
        XCTAssertEqual(AssignmentSuggestions.rank([unitsManager, otherManager, colleague], for: need, as: .mentor).map(\.candidate),
                       [colleague.id])
    }

    func testOnePersonOneRolePerNewHire() {
        let anne = UUID(), peter = UUID()
        func problems(contact: UUID, mentor: UUID?, both: Bool = false, buddy: UUID?) -> [AssignmentProblem] {
            AssignmentRules.problems(.init(manager: manager, contactPerson: contact, mentor: mentor, contactPersonIsMentor: both, buddy: buddy))
        }
        XCTAssertEqual(problems(contact: anne, mentor: peter, buddy: nil), [])
        XCTAssertEqual(problems(contact: anne, mentor: nil, both: true, buddy: peter), [], "contact person and mentor, chosen as such")
        XCTAssertEqual(problems(contact: anne, mentor: anne, buddy: nil), [.samePersonInTwoRoles(.contactPerson, .mentor)])
        XCTAssertEqual(problems(contact: anne, mentor: peter, buddy: anne), [.samePersonInTwoRoles(.contactPerson, .buddy)])
        XCTAssertEqual(problems(contact: anne, mentor: peter, buddy: peter), [.samePersonInTwoRoles(.mentor, .buddy)])
        XCTAssertEqual(problems(contact: anne, mentor: nil, both: true, buddy: anne), [.samePersonInTwoRoles(.contactPerson, .buddy)])
    }

    /// An intake never gives one person two roles for one new hire, and says why a place is open.
    func testAnIntakeGivesEachPersonOneRolePerNewHireAndExplainsOpenPlaces() {
        // Three willing colleagues with room for one new hire each, in each role, for four new hires.
        let willing = (0..<3).map { _ in Candidate(id: UUID(), unit: unitA, capacity: 1, trainedAsMentor: true) }
        let unwilling = Candidate(id: UUID(), unit: unitA, capacity: 6, willing: false)
        let needs = (0..<4).map { _ in NewHireNeeds(unit: unitA, manager: manager) }
        let intake = IntakeAssignment.suggest(needs, candidates: willing + [unwilling])
        for row in intake.rows {
            let people = [row.contactPerson, row.mentor, row.buddy].compactMap { $0 }
            XCTAssertEqual(Set(people).count, people.count, "one role each: \(row)")
            XCTAssertNotEqual(row.mentor, unwilling.id)
        }
        // The unwilling colleague is a contact person and buddy, never a mentor: one mentor place stays open.
        let openMentors = intake.open.filter { $0.value[.mentor] != nil }
        XCTAssertEqual(openMentors.count, 1)
        XCTAssertEqual(intake.rows.filter { $0.mentor == nil }.count, 1)
        for (_, places) in openMentors {
            guard case .allFull(let best)? = places[.mentor] else { return XCTFail("full, not ineligible: \(places)") }
            XCTAssertFalse(best.isEmpty)
            XCTAssertFalse(best.contains(unwilling.id))
        }
        let nobody = IntakeAssignment.suggest([NewHireNeeds(unit: unitA, manager: manager)], candidates: [unwilling])
        XCTAssertEqual(nobody.open[0]?[.mentor], .nobodyEligible)
    }

    func testNobodyGoesAboveCapacityAndTheRestGetNoOne() {
        let one = Candidate(id: UUID(), unit: unitA, capacity: 1)
        let needs = (0..<3).map { _ in NewHireNeeds(unit: unitA, manager: manager) }
        let chosen = AssignmentSuggestions.balanced(needs, candidates: [one, Candidate(id: manager, unit: unitA)], as: .mentor)
        XCTAssertEqual(chosen.compactMap { $0 }, [one.id])
        XCTAssertEqual(chosen.filter { $0 == nil }.count, 2)
    }

    /// The balanced assignment is optimal: compared with trying every assignment on small cases,
    /// among colleagues some of whom the rules never offer (managers, new hires in their first
    /// year, the unwilling) and new hires some of whose people already hold another role.
    func testTheBalancedAssignmentEqualsBruteForce() {
        var generator = SeededGenerator(seed: 7)
        let areas = ["DUBU", "Signs of Safety", "Serviceloven", "Forvaltningsloven"]
        let starts = LocalDate(year: 2027, month: 3, day: 1)
        for _ in 0..<80 {
            let units = [unitA, unitB]
            let candidates = (0..<Int.random(in: 1...4, using: &generator)).map { _ -> Candidate in
                let id = UUID()
                let standing = ColleagueStanding(id: id, managesAnyone: Int.random(in: 0..<4, using: &generator) == 0,
                                                 ownProgrammeStarted: Bool.random(using: &generator) ? starts.adding(months: -Int.random(in: 1...14, using: &generator)) : nil)
                return Candidate(id: id, unit: units.randomElement(using: &generator), capacity: Int.random(in: 1...2, using: &generator),
                                 mentoring: Int.random(in: 0...1, using: &generator), willing: Bool.random(using: &generator),
                                 trainedAsMentor: Bool.random(using: &generator),
                                 competenceAreas: Set(areas.filter { _ in Bool.random(using: &generator) }), standing: standing)
            }
            let needs = (0..<Int.random(in: 1...4, using: &generator)).map { _ -> NewHireNeeds in
                let opening = RoleOpening(newHire: nil, manager: Bool.random(using: &generator) ? candidates[0].id : manager,
                                          unit: units.randomElement(using: &generator)!, starts: starts)
                return NewHireNeeds(opening: opening, areas: Set(areas.filter { _ in Bool.random(using: &generator) }),
                                    taken: Set(candidates.map(\.id).filter { _ in Int.random(in: 0..<4, using: &generator) == 0 }))
            }
            for role in CandidateRole.allCases {
                let chosen = AssignmentSuggestions.balanced(needs, candidates: candidates, as: role)
                XCTAssertEqual(value(chosen, needs, candidates, role), bestByBruteForce(needs, candidates, role))
                for (need, id) in zip(needs, chosen) {
                    guard let id, let candidate = candidates.first(where: { $0.id == id }) else { continue }
                    XCTAssertFalse(need.taken.contains(id), "one person, one role")
                    XCTAssertEqual(EligibilityRules.eligibility(of: candidate.standing, as: role, for: need.opening), .offered)
                }
            }
        }
    }

    /// Total of (score − penalty for each further new hire of the same person), with nobody over capacity.
    /// An unassigned new hire adds nothing; more assigned new hires always count first.
    private func value(_ chosen: [UUID?], _ needs: [NewHireNeeds], _ candidates: [Candidate], _ role: CandidateRole = .mentor) -> [Int] {
        var taken: [UUID: Int] = [:]
        var total = 0
        for (need, id) in zip(needs, chosen) {
            guard let id, let candidate = candidates.first(where: { $0.id == id }) else { continue }
            let index = taken[id, default: 0]
            guard index < candidate.freeCapacity(as: role),
                  let s = AssignmentSuggestions.suggestion(candidate, for: need, as: role) else { return [-1] }
            taken[id] = index + 1
            total += s.score - AssignmentSuggestions.stackingPenalty * index
        }
        return [chosen.compactMap { $0 }.count, total]
    }

    private func bestByBruteForce(_ needs: [NewHireNeeds], _ candidates: [Candidate], _ role: CandidateRole = .mentor) -> [Int] {
        var best = [Int.min]
        func explore(_ index: Int, _ chosen: [UUID?]) {
            if index == needs.count {
                let v = value(chosen, needs, candidates, role)
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
