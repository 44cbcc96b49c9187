import XCTest
@testable import GodstartCore

/// ACCESS.md, transcribed cell by cell, checked against the policy under the contexts that
/// each kind of cell depends on.
final class AccessMatrixTests: XCTestCase {
    let relations: [ProgrammeRelation] = [.newcomer, .contactPerson, .mentor, .buddy, .manager, .coordinator, .admin, .colleague]

    /// Columns: newcomer, contact person, mentor, buddy, manager, coordinator, admin, colleague.
    let table: [(Resource, [String])] = [
        (.programme, ["R", "R", "R", "R", "R", "RW", "R", "-"]),
        (.plan, ["RW", "RW(intro)", "RW(mentoring)", "R(first weeks)", "R, RW as participant", "R", "F", "-"]),
        (.introductionChecklist, ["RW", "RW", "R", "R, social W", "RW", "R", "F", "own activities R"]),
        (.statusMeetingNotes, ["RW", "RW", "-", "-", "-", "F", "-", "-"]),
        (.introductionClosingNotes, ["RW", "RW", "-", "-", "RW", "F", "-", "-"]),
        (.mentoringMeetingNotes, ["RW", "-", "RW", "-", "participant RW else F", "F", "-", "-"]),
        (.preparationAnswers, ["own RW, S", "-", "own RW, S", "-", "-", "-", "-", "-"]),
        (.agreement, ["RW", "-", "RW", "-", "F", "F", "-", "-"]),
        (.learningGoals, ["RW", "R(intro)", "RW", "-", "S", "F", "-", "-"]),
        (.competencePlan, ["RW", "-", "RW", "-", "S", "-", "-", "-"]),
        (.logbookEntry, ["RW", "-", "S", "-", "-", "-", "-", "-"]),
        (.processJournal, ["RW", "-", "S", "-", "-", "-", "-", "-"]),
        (.caseAnalysis, ["RW", "-", "RW", "-", "-", "-", "-", "-"]),
        (.evaluationAnswers, ["own RW", "own RW", "own RW, S", "-", "own RW", "aggregate", "-", "-"]),
        (.developmentTalkNotes, ["RW", "-", "-", "-", "RW", "F", "-", "-"]),
        (.statistics, ["-", "-", "-", "-", "aggregate own units", "R", "R", "-"]),
        (.materials, ["R", "R", "R", "R", "R", "RW", "R", "R"]),
        (.learningGoalCatalogue, ["R", "R", "R", "R", "R", "RW", "R", "R"]),
        (.knowledgePersons, ["R", "R", "R", "R", "R", "RW", "R", "R"]),
        (.ideas, ["own RW", "own RW", "own RW", "own RW", "own RW", "R", "-", "own RW"]),
        (.people, ["-", "-", "-", "-", "R own units", "R", "RW", "-"]),
        (.auditLog, ["own R", "own R", "own R", "own R", "own R", "own R", "R", "own R"]),
        // Not a row of ACCESS.md: its reading in docs/access-additions.md (issue 23).
        (.employmentDates, ["-", "-", "-", "-", "-", "RW", "RW", "-"]),
    ]

    func testEveryResourceIsInTheTable() {
        XCTAssertEqual(Set(table.map(\.0)), Set(Resource.allCases))
    }

    func testTheTableCellByCell() {
        for (resource, cells) in table {
            XCTAssertEqual(cells.count, relations.count, "\(resource)")
            for (relation, cell) in zip(relations, cells) {
                check(cell, relation, resource)
            }
        }
    }

    func testOutsidersGetNothingAnywhere() {
        let generous = AccessContext(isAuthor: true, isSharedWithPerson: true, isParticipant: true, part: .mentoring,
                                     isInFirstWeeks: true, isSocialTask: true, isOwnActivity: true, isOwnUnit: true,
                                     aboveMinimumGroupSize: true)
        for resource in Resource.allCases {
            for action in Action.allCases {
                XCTAssertEqual(AccessPolicy.decide([.outsider], resource, action, generous), .deny, "\(resource) \(action)")
                XCTAssertEqual(AccessPolicy.decide([.outsider, .coordinator], resource, action, generous), .deny)
            }
        }
    }

    func testANewMentorSeesNothingOfTheEarlierMentoringUnlessShared() {
        let earlier = AccessContext(part: .mentoring, isFromEarlierMentorship: true)
        for resource in Resource.allCases where resource.belongsToTheMentorship {
            XCTAssertEqual(AccessPolicy.decide([.mentor], resource, .read, earlier), .deny, "\(resource)")
            XCTAssertEqual(AccessPolicy.decide([.newcomer], resource, .read, earlier), .allow, "\(resource): the mentee keeps it")
        }
        let shared = AccessContext(isSharedWithPerson: true, part: .mentoring, isFromEarlierMentorship: true)
        XCTAssertEqual(AccessPolicy.decide([.mentor], .learningGoals, .read, shared), .allow)
        for resource in Resource.allCases where resource.belongsToTheMentorship {
            XCTAssertEqual(AccessPolicy.decide([.mentor], resource, .write, shared), .deny, "\(resource): shared is read only (S)")
            XCTAssertEqual(AccessPolicy.decide([.newcomer], resource, .write, shared), .allow, "\(resource): the mentee's own")
        }
        XCTAssertEqual(AccessPolicy.decide([.mentor], .plan, .read, earlier), .allow, "the dates of the plan are not the mentoring's content")
    }

    func testSeveralRelationsGetTheUnion() {
        // Contact person who is also mentor writes both halves' meetings.
        XCTAssertEqual(AccessPolicy.decide([.contactPerson, .mentor], .plan, .write, AccessContext(part: .introduction)), .allow)
        XCTAssertEqual(AccessPolicy.decide([.contactPerson, .mentor], .plan, .write, AccessContext(part: .mentoring)), .allow)
        XCTAssertEqual(AccessPolicy.decide([.contactPerson, .mentor], .mentoringMeetingNotes, .read), .allow)
        // A coordinator who manages nobody still sees only facts of mentoring notes.
        XCTAssertEqual(AccessPolicy.decide([.coordinator, .admin], .mentoringMeetingNotes, .read), .factsOnly)
    }

    func testFormerMentorKeepsOnlyWhatWasSharedUntilTheEnd() {
        let shared = AccessContext(isSharedWithPerson: true)
        XCTAssertEqual(AccessPolicy.decide([.formerMentor], .logbookEntry, .read, shared), .allow)
        XCTAssertEqual(AccessPolicy.decide([.formerMentor], .logbookEntry, .read, AccessContext()), .deny)
        XCTAssertEqual(AccessPolicy.decide([.formerMentor], .logbookEntry, .read,
                                           AccessContext(isSharedWithPerson: true, programmeEnded: true)), .deny)
        XCTAssertEqual(AccessPolicy.decide([.formerMentor], .mentoringMeetingNotes, .read, shared), .deny)
        // Advice sent from an evaluation is kept like a shared logbook entry.
        XCTAssertEqual(AccessPolicy.decide([.formerMentor], .evaluationAnswers, .read, shared), .allow)
        XCTAssertEqual(AccessPolicy.decide([.formerMentor], .evaluationAnswers, .write, shared), .deny)
        XCTAssertEqual(AccessPolicy.decide([.formerMentor], .evaluationAnswers, .read,
                                           AccessContext(isSharedWithPerson: true, programmeEnded: true)), .deny)
        XCTAssertEqual(AccessPolicy.decide([.formerMentor], .programme, .read), .deny)
    }

    // MARK: - Reading a cell

    private func decide(_ r: ProgrammeRelation, _ res: Resource, _ a: Action, _ c: AccessContext = AccessContext()) -> Decision {
        AccessPolicy.decide([r], res, a, c)
    }

    private func check(_ cell: String, _ r: ProgrammeRelation, _ res: Resource, file: StaticString = #filePath, line: UInt = #line) {
        let label = "\(res) / \(r) / \(cell)"
        func expect(_ a: Action, _ c: AccessContext, _ d: Decision) {
            XCTAssertEqual(decide(r, res, a, c), d, "\(label) \(a) \(c)", file: file, line: line)
        }
        let none = AccessContext()
        switch cell {
        case "R":
            expect(.read, none, .allow); expect(.write, none, .deny)
        case "RW":
            expect(.read, none, .allow); expect(.write, none, .allow)
        case "F":
            expect(.read, none, .factsOnly); expect(.write, none, .deny)
        case "-":
            for c in [none, AccessContext(isAuthor: true, isSharedWithPerson: true, isParticipant: true, part: .mentoring,
                                          isInFirstWeeks: true, isOwnUnit: true, aboveMinimumGroupSize: true)] {
                expect(.read, c, .deny); expect(.write, c, .deny)
            }
        case "RW(intro)":
            expect(.read, AccessContext(part: .mentoring), .allow)
            expect(.write, AccessContext(part: .introduction), .allow)
            expect(.write, AccessContext(part: .mentoring), .deny)
        case "RW(mentoring)":
            expect(.write, AccessContext(part: .mentoring), .allow)
            expect(.write, AccessContext(part: .introduction), .deny)
            expect(.read, AccessContext(part: .introduction), .allow)
        case "R(first weeks)":
            expect(.read, AccessContext(isInFirstWeeks: true), .allow)
            expect(.read, AccessContext(isInFirstWeeks: false), .deny)
            expect(.write, AccessContext(isInFirstWeeks: true), .deny)
        case "R, RW as participant":
            expect(.read, none, .allow); expect(.write, none, .deny)
            expect(.write, AccessContext(isParticipant: true), .allow)
        case "R, social W":
            expect(.read, none, .allow); expect(.write, none, .deny)
            expect(.write, AccessContext(isSocialTask: true), .allow)
        case "own activities R":
            expect(.read, AccessContext(isOwnActivity: true), .allow)
            expect(.read, none, .deny); expect(.write, AccessContext(isOwnActivity: true), .deny)
        case "participant RW else F":
            expect(.read, AccessContext(isParticipant: true), .allow)
            expect(.write, AccessContext(isParticipant: true), .allow)
            expect(.read, none, .factsOnly); expect(.write, none, .deny)
        case "own RW, S":
            expect(.read, AccessContext(isAuthor: true), .allow); expect(.write, AccessContext(isAuthor: true), .allow)
            expect(.read, AccessContext(isSharedWithPerson: true), .allow)
            expect(.write, AccessContext(isSharedWithPerson: true), .deny)
            expect(.read, none, .deny)
        case "own RW":
            expect(.read, AccessContext(isAuthor: true), .allow); expect(.write, AccessContext(isAuthor: true), .allow)
            expect(.read, AccessContext(isSharedWithPerson: true), .deny); expect(.read, none, .deny)
        case "own R":
            expect(.read, AccessContext(isAuthor: true), .allow); expect(.write, AccessContext(isAuthor: true), .deny)
            expect(.read, none, .deny)
        case "S":
            expect(.read, AccessContext(isSharedWithPerson: true), .allow); expect(.read, none, .deny)
            expect(.write, AccessContext(isSharedWithPerson: true), .deny)
        case "R(intro)":
            expect(.read, AccessContext(part: .introduction), .allow); expect(.read, AccessContext(part: .mentoring), .deny)
            expect(.write, AccessContext(part: .introduction), .deny)
        case "aggregate":
            expect(.read, AccessContext(aboveMinimumGroupSize: true), .allow); expect(.read, none, .deny)
            expect(.read, AccessContext(isAuthor: true), .deny)
        case "aggregate own units":
            expect(.read, AccessContext(isOwnUnit: true, aboveMinimumGroupSize: true), .allow)
            expect(.read, AccessContext(isOwnUnit: false, aboveMinimumGroupSize: true), .deny)
            expect(.read, AccessContext(isOwnUnit: true, aboveMinimumGroupSize: false), .deny)
        case "R own units":
            expect(.read, AccessContext(isOwnUnit: true), .allow); expect(.read, none, .deny)
            expect(.write, AccessContext(isOwnUnit: true), .deny)
        default:
            XCTFail("Unknown cell \(cell) in \(label)", file: file, line: line)
        }
    }
}
