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
        evaluation.answers = [EvaluationQuestion.whatWeDid.rawValue: mark("evaluering", ["ida"])]
        evaluation.rating = 4
        try await evaluation.create(on: app.db)
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
        for key in ["ida", "thomas", "karen", "sofie", "henrik", "marianne", "lone", "rasmus", "emma", "peter"] {
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
}
