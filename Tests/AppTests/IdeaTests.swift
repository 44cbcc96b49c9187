import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class IdeaTests: AppTestCase {
    let t = Language.da.texts

    func testAnIdeaSentWithoutANameReachesTheCoordinatorWithoutItAndTheAnswerReachesTheSender() async throws {
        let anne = try await signedIn("anne")
        let empty = try await anne.post(SiteURL.ideas.path, ["text": "   ", "anonymous": "on"])
        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.contains(HTMLEscape.text(t.errorIdeaEmpty)))
        XCTAssertTrue(empty.contains("checked"), "the choice is kept")
        let sent = try await anne.post(SiteURL.ideas.path, ["text": "Fælles frokost for alle nyansatte hver måned", "anonymous": "on"])
        XCTAssertEqual(sent.status, .seeOther)
        try await anne.post(SiteURL.ideas.path, ["text": "Læsegruppe om Barnets Lov"])

        let marianne = try await signedIn("marianne")
        let inbox = try await marianne.get(SiteURL.ideaInbox.path)
        XCTAssertEqual(inbox.status, .ok)
        XCTAssertTrue(inbox.contains("Fælles frokost for alle nyansatte hver måned"))
        XCTAssertTrue(inbox.contains(HTMLEscape.text(t.anonymousAuthor)))
        XCTAssertEqual(inbox.body.components(separatedBy: "Anne Sørensen").count - 1, 1, "her name is on the named idea only")

        let anonymous = try await Idea.query(on: app.db).filter(\.$anonymous == true).first()!
        let refused = try await marianne.post(SiteURL.ideaAnswer(anonymous.id).path, ["status": "declined", "answer": ""])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorDeclineNeedsAnswer)))
        let answered = try await marianne.post(SiteURL.ideaAnswer(anonymous.id).path,
                                               ["status": "takenUp", "answer": "Første frokost er i januar."])
        XCTAssertEqual(answered.status, .seeOther)
        let taken = try await marianne.get(SiteURL.ideaInbox.path + "?status=takenUp")
        XCTAssertTrue(taken.contains("Fælles frokost"))
        XCTAssertFalse(taken.contains("Læsegruppe"), "the filter shows taken-up ideas only")

        let own = try await anne.get(SiteURL.ideas.path)
        XCTAssertTrue(own.contains("Første frokost er i januar."))
        XCTAssertTrue(own.contains(HTMLEscape.text(t.ideaStatus(.takenUp))))
    }

    func testOnlyTheAuthorAndTheCoordinatorSeeAnIdea() async throws {
        let anne = try await signedIn("anne")
        try await anne.post(SiteURL.ideas.path, ["text": "Mentorkaffe om fredagen"])
        let peter = try await signedIn("peter")
        let his = try await peter.get(SiteURL.ideas.path)
        XCTAssertFalse(his.contains("Mentorkaffe"), "a colleague sees only their own ideas")
        let inbox = try await peter.get(SiteURL.ideaInbox.path)
        XCTAssertEqual(inbox.status, .notFound)
        let idea = try await Idea.query(on: app.db).first()!
        let answer = try await peter.post(SiteURL.ideaAnswer(idea.id).path, ["status": "declined", "answer": "Nej"])
        XCTAssertEqual(answer.status, .notFound)
        let lone = try await signedIn("lone")
        let admin = try await lone.get(SiteURL.ideaInbox.path)
        XCTAssertEqual(admin.status, .notFound, "the admin does not read ideas")
    }

    func testTheCoordinatorSendsIdeasOfHerOwn() async throws {
        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.ideas.path)
        XCTAssertEqual(page.status, .ok)
        let sent = try await marianne.post(SiteURL.ideas.path, ["text": "Fælles introduktionsdag i august"])
        XCTAssertEqual(sent.status, .seeOther)
        let own = try await marianne.get(SiteURL.ideas.path)
        XCTAssertTrue(own.contains("Fælles introduktionsdag i august"))
    }
}
