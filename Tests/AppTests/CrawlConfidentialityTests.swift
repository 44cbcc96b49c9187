import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 8, item 5: each role signs in and follows every link it can reach; a marked private text
/// appears on the pages of exactly those ACCESS.md lets read it, and nowhere else.
final class CrawlConfidentialityTests: AppTestCase {
    /// A private text planted for the crawl, and who may read it (demo keys).
    struct Marked {
        let text: String
        let readers: Set<String>
    }

    /// Ida's programme: Karen contact person, Thomas mentor, Sofie buddy, Henrik manager.
    func plant() async throws -> [Marked] {
        let ida = try await person("ida"), thomas = try await person("thomas"), emma = try await person("emma")
        let idas = try await programme(of: "ida"), emmas = try await programme(of: "emma")
        var marked: [Marked] = []
        func mark(_ name: String, _ readers: Set<String>) -> String {
            let text = "KANARIE-\(name)-\(UUID().uuidString.prefix(8))"
            marked.append(Marked(text: text, readers: readers))
            return text
        }

        let privateEntry = LogbookEntry(programmeID: idas.id!, authorID: ida.id!)
        privateEntry.unsure = mark("logbog-privat", ["ida"])
        let sharedEntry = LogbookEntry(programmeID: idas.id!, authorID: ida.id!)
        sharedEntry.unsure = mark("logbog-delt", ["ida", "thomas"])
        sharedEntry.$sharedWith.id = thomas.id
        let journal = ProcessJournal(programmeID: idas.id!, authorID: ida.id!)
        journal.title = "Hjemmebesøg"
        journal.account = mark("journal-privat", ["ida"])
        let emmasEntry = LogbookEntry(programmeID: emmas.id!, authorID: emma.id!)
        emmasEntry.unsure = mark("emma-logbog", ["emma"])
        try await [privateEntry, sharedEntry, emmasEntry].create(on: app.db)
        try await journal.create(on: app.db)

        let dialogue = try await meetings(of: "ida", .dialogueMeeting).first { $0.isHeld }!
        let status = try await meetings(of: "ida", .statusMeeting).first { $0.isHeld }!
        let talk = try await meetings(of: "ida", .developmentTalk).first!
        try await MeetingNote.query(on: app.db).filter(\.$meeting.$id ~~ [dialogue.id!, status.id!, talk.id!]).delete()
        try await [
            MeetingNote(meetingID: dialogue.id!, agendaPoint: .onYourMind, text: mark("mentornoter", ["ida", "thomas"]), updatedByID: ida.id!),
            MeetingNote(meetingID: status.id!, agendaPoint: .whatIsDifficult, text: mark("statusnoter", ["ida", "karen"]), updatedByID: ida.id!),
            MeetingNote(meetingID: talk.id!, agendaPoint: .lookForward, text: mark("mus-noter", ["ida", "henrik"]),
                        updatedByID: try await person("henrik").id!),
        ].create(on: app.db)

        let ownPreparation = PreparationAnswers(programmeID: idas.id!, authorID: thomas.id!)
        ownPreparation.answers = [PreparationQuestion.myCompetences.rawValue: mark("forberedelse-privat", ["thomas"])]
        let sharedPreparation = PreparationAnswers(programmeID: idas.id!, authorID: ida.id!)
        sharedPreparation.answers = [PreparationQuestion.allCases.last!.rawValue: mark("forberedelse-delt", ["ida", "thomas"])]
        sharedPreparation.$sharedWith.id = thomas.id
        try await [ownPreparation, sharedPreparation].create(on: app.db)

        let row = CompetencePlanRow(programmeID: idas.id!, fields: [.taskType: mark("kompetenceplan", ["ida", "thomas"])])
        try await row.create(on: app.db)
        let evaluation = EvaluationAnswers(programmeID: idas.id!, authorID: ida.id!, kind: .threeMonths, role: .newcomer)
        evaluation.answers = [EvaluationQuestion.whatWeDid.rawValue: mark("evaluering", ["ida"]),
                              EvaluationQuestion.adviceForTheMentor.rawValue: mark("evaluering-råd-sendt", ["ida", "thomas"])]
        evaluation.rating = 4
        try await evaluation.create(on: app.db)
        try await SharedAdvice(answersID: evaluation.id!, programmeID: idas.id!, sharedWithID: thomas.id!, sharedAt: testNow).create(on: app.db)
        let unsent = EvaluationAnswers(programmeID: idas.id!, authorID: ida.id!, kind: .sixMonths, role: .newcomer)
        unsent.answers = [EvaluationQuestion.adviceForTheMentor.rawValue: mark("evaluering-råd-privat", ["ida"])]
        unsent.rating = 3
        try await unsent.create(on: app.db)
        return marked
    }

    /// Every page a person reaches by following links from their home, breadth first.
    func crawl(as key: String, limit: Int = 400) async throws -> [String: String] {
        let browser = try await signedIn(key)
        var queue = [SiteURL.root.path]
        var pages: [String: String] = [:]
        var seen = Set(queue)
        while !queue.isEmpty && pages.count < limit {
            let path = queue.removeFirst()
            var page = try await browser.get(path)
            if page.location != nil { page = try await browser.follow(page) }
            guard page.status == .ok else { continue }
            pages[path] = page.body
            for link in WebSecurityTests.localLinks(in: page.body) where seen.insert(link).inserted {
                queue.append(link)
            }
        }
        return pages
    }

    func testEachRoleReadsExactlyThePrivateTextsItMayRead() async throws {
        let marked = try await plant()
        try await assertEachReadsExactlyTheirs(
            marked, crawling: ["ida", "thomas", "karen", "sofie", "henrik", "marianne", "lone", "rasmus", "emma", "peter"])
    }

    /// Each person follows every link from their home and finds each marked text exactly when they are one of its readers.
    func assertEachReadsExactlyTheirs(_ marked: [Marked], crawling keys: [String]) async throws {
        for key in keys {
            let pages = try await crawl(as: key)
            XCTAssertGreaterThan(pages.count, 3, key)
            for mark in marked {
                let shownOn = pages.filter { $0.value.contains(mark.text) }.keys.sorted()
                if mark.readers.contains(key) {
                    XCTAssertFalse(shownOn.isEmpty, "\(key) should reach \(mark.text) by following links")
                } else {
                    XCTAssertTrue(shownOn.isEmpty, "\(key) sees \(mark.text) on \(shownOn)")
                }
            }
        }
    }

    /// Issue 20, item 1: markers written by each of them before Ida's mentor changes from Thomas to
    /// Peter, and by Peter after; each role follows every link after the change.
    func testAfterAMentorChangeEachRoleReadsExactlyWhatTheRuleAllows() async throws {
        let ida = try await person("ida"), thomas = try await person("thomas"), peter = try await person("peter")
        let idas = try await programme(of: "ida")
        var marked: [Marked] = []
        func mark(_ name: String, _ readers: Set<String>) -> String {
            let text = "KANARIE-\(name)-\(UUID().uuidString.prefix(8))"
            marked.append(Marked(text: text, readers: readers))
            return text
        }
        let next = try await meetings(of: "ida", .dialogueMeeting).first { $0.startsAt > testNow && $0.isOpen }!
        let start = try await meetings(of: "ida", .mentoringStart).first!
        try await MeetingNote.query(on: app.db).filter(\.$meeting.$id ~~ [next.id!, start.id!]).delete()
        try await [
            MeetingNote(meetingID: next.id!, agendaPoint: .onYourMind, text: mark("før-skiftet-møde-forude", ["ida"]), updatedByID: ida.id!),
            MeetingNote(meetingID: start.id!, agendaPoint: .expectations, text: mark("før-skiftet-startmøde", ["ida"]),
                        updatedByID: thomas.id!),
        ].create(on: app.db)
        try await CompetencePlanRow(programmeID: idas.id!, fields: [.taskType: mark("før-skiftet-plan", ["ida"])]).create(on: app.db)
        try await LearningGoal(programmeID: idas.id!, catalogueEntryID: nil, ownTitle: mark("før-skiftet-mål", ["ida"]),
                               createdByID: ida.id!).create(on: app.db)
        let highest = try await AgreementVersion.query(on: app.db).filter(\.$programme.$id == idas.id!).max(\.$number) ?? 0
        try await AgreementVersion(programmeID: idas.id!, mentorID: thomas.id!, number: highest + 1,
                                   texts: [.otherGroundRules: mark("før-skiftet-aftale", ["ida"])], writtenByID: thomas.id!).create(on: app.db)
        let shared = LogbookEntry(programmeID: idas.id!, authorID: ida.id!)
        shared.unsure = mark("før-skiftet-logbog-delt", ["ida", "thomas"])
        shared.$sharedWith.id = thomas.id
        try await shared.create(on: app.db)
        let evaluation = EvaluationAnswers(programmeID: idas.id!, authorID: ida.id!, kind: .threeMonths, role: .newcomer)
        evaluation.answers = [EvaluationQuestion.adviceForTheMentor.rawValue: mark("før-skiftet-råd-sendt", ["ida", "thomas"])]
        evaluation.rating = 4
        try await evaluation.create(on: app.db)
        try await SharedAdvice(answersID: evaluation.id!, programmeID: idas.id!, sharedWithID: thomas.id!, sharedAt: testNow).create(on: app.db)

        let marianne = try await signedIn("marianne")
        let changed = try await marianne.post(SiteURL.mentorChange(idas.id).path, ["mentor": peter.id!.uuidString, "reason": "betterFit"])
        XCTAssertEqual(changed.status, .seeOther)
        try await MeetingNote(meetingID: next.id!, agendaPoint: .plannedTheme, text: mark("efter-skiftet-peter", ["ida", "peter"]),
                              updatedByID: peter.id!).create(on: app.db)

        try await assertEachReadsExactlyTheirs(marked, crawling: ["ida", "thomas", "peter", "karen", "sofie", "henrik", "marianne", "lone"])
    }
}
