import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 23, item 7: the new hire's advice to the mentor in the 3- and 6-month evaluations reaches
/// the mentor only if the new hire sends it (ACCESS.md, S per answer, undoable).
final class SharedAdviceTests: AppTestCase {
    let t = Language.da.texts
    let advice = "Giv mig gerne flere konkrete eksempler fra dine egne sager"
    let rest = "Vi har mest talt om myndighedsrollen"

    func answers(_ send: Bool, advice: String? = nil) -> [String: String] {
        var form = ["whatWeDid": rest, "adviceForTheMentor": advice ?? self.advice, "rating": "4"]
        if send { form[EvaluationPages.sendAdviceField] = "yes" }
        return form
    }

    func testTheNewHireSendsHerAdviceToTheMentorAndTakesItBack() async throws {
        let programme = try await programme(of: "ida")
        let path = SiteURL.evaluation(programme.id, .threeMonths).path
        let ida = try await signedIn("ida")

        // The form says who would read the advice, and that it stays hers without the box.
        let form = try await ida.get(path)
        XCTAssertTrue(form.contains(HTMLEscape.text(t.sendAdviceLabel(name: "Thomas Kristensen"))), form.body)
        XCTAssertTrue(form.contains(HTMLEscape.text(t.adviceKeptPrivate(name: "Thomas Kristensen"))))

        // Ticked with no advice: a clear message, and everything typed is still there.
        let empty = try await ida.post(path, answers(true, advice: "  "))
        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.contains(HTMLEscape.text(t.errorNoAdviceToSend)))
        XCTAssertTrue(empty.contains(rest))
        XCTAssertTrue(empty.contains("name=\"sendAdvice\" value=\"yes\" checked"), "the box stays ticked")
        let sharesAfterRefusal = try await SharedAdvice.query(on: app.db).count()
        XCTAssertEqual(sharesAfterRefusal, 0)

        let sent = try await ida.post(path, answers(true))
        XCTAssertEqual(sent.status, .seeOther)
        let list = try await ida.follow(sent)
        XCTAssertTrue(list.contains(HTMLEscape.text(t.evaluationSavedAdviceSent(name: "Thomas Kristensen"))))
        XCTAssertTrue(list.contains(HTMLEscape.text(t.adviceSentTo(name: "Thomas Kristensen", date: DateText(language: .da,
            timeZone: TimeZone(identifier: "Europe/Copenhagen")!).day(testNow)))))
        let reread = try await ida.get(path)
        XCTAssertTrue(reread.contains("name=\"sendAdvice\" value=\"yes\" checked"))

        // Thomas reads the advice on the programme's page and from "shared with you", never the rest.
        let thomas = try await signedIn("thomas")
        let page = try await thomas.get(SiteURL.programme(programme.id).path)
        XCTAssertTrue(page.contains(HTMLEscape.text(advice)))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.adviceFromEvaluationsTitle)))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.adviceFrom(.threeMonths, date: DateText(language: .da,
            timeZone: TimeZone(identifier: "Europe/Copenhagen")!).day(testNow)))), "marked as from the evaluation")
        XCTAssertFalse(page.contains(rest))
        let shared = try await thomas.get(SiteURL.sharedWithMe.path)
        XCTAssertTrue(shared.contains(SiteURL.sharedAdvice(programme.id, .threeMonths).path))
        let own = try await thomas.get(SiteURL.sharedAdvice(programme.id, .threeMonths).path)
        XCTAssertEqual(own.status, .ok)
        XCTAssertTrue(own.contains(HTMLEscape.text(advice)))
        XCTAssertFalse(own.contains(rest))
        let hisForm = try await thomas.get(path)
        XCTAssertFalse(hisForm.contains(advice), "his own form shows his own answers only")
        let reads = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.contentRead.rawValue)
            .filter(\.$resource == Resource.evaluationAnswers.rawValue).filter(\.$actorID == person("thomas").id).count()
        XCTAssertGreaterThanOrEqual(reads, 2, "each read of her advice is in the audit log")
        let sharing = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.accessChanged.rawValue)
            .filter(\.$resource == Resource.evaluationAnswers.rawValue).count()
        XCTAssertEqual(sharing, 1)

        // Nobody else: contact person, buddy, manager, coordinator.
        for key in ["karen", "sofie", "henrik", "marianne"] {
            let browser = try await signedIn(key)
            let programmePage = try await browser.get(SiteURL.programme(programme.id).path)
            XCTAssertFalse(programmePage.contains(advice), key)
            let status = try await browser.get(SiteURL.sharedAdvice(programme.id, .threeMonths).path).status
            XCTAssertEqual(status, .notFound, key)
        }

        // Saving without the box takes it back.
        let unsent = try await ida.post(path, answers(false))
        XCTAssertEqual(unsent.status, .seeOther)
        let left = try await SharedAdvice.query(on: app.db).count()
        XCTAssertEqual(left, 0)
        let after = try await thomas.get(SiteURL.programme(programme.id).path)
        XCTAssertFalse(after.contains(advice))
        let gone = try await thomas.get(SiteURL.sharedAdvice(programme.id, .threeMonths).path).status
        XCTAssertEqual(gone, .notFound)
        let listed = try await ida.get(SiteURL.evaluations(programme.id).path)
        XCTAssertTrue(listed.contains(HTMLEscape.text(t.adviceNotSent)))
    }

    func testTheMentorCannotSendHisOwnAnswersAnywhere() async throws {
        let programme = try await programme(of: "ida")
        let path = SiteURL.evaluation(programme.id, .threeMonths).path
        let thomas = try await signedIn("thomas")
        let form = try await thomas.get(path)
        XCTAssertFalse(form.contains("name=\"sendAdvice\""))
        let saved = try await thomas.post(path, answers(true))
        XCTAssertEqual(saved.status, .seeOther)
        let shares = try await SharedAdvice.query(on: app.db).count()
        XCTAssertEqual(shares, 0)
    }

    func testAFormerMentorKeepsTheAdviceUntilTheEndAndTheNewMentorSeesItOnlyIfSentAgain() async throws {
        let programme = try await programme(of: "ida")
        let path = SiteURL.evaluation(programme.id, .threeMonths).path
        let ida = try await signedIn("ida")
        _ = try await ida.post(path, answers(true))
        let peter = try await person("peter")
        let changed = try await signedIn("marianne").post(SiteURL.mentorChange(programme.id).path,
                                                          ["mentor": peter.id!.uuidString, "reason": "betterFit"])
        XCTAssertEqual(changed.status, .seeOther)

        let thomas = try await signedIn("thomas")
        let kept = try await thomas.get(SiteURL.sharedAdvice(programme.id, .threeMonths).path)
        XCTAssertEqual(kept.status, .ok)
        XCTAssertTrue(kept.contains(HTMLEscape.text(advice)))
        XCTAssertTrue(kept.contains(SiteURL.sharedWithMe.path), "back to what is shared with him, not the programme he left")
        let peterBrowser = try await signedIn("peter")
        let newPage = try await peterBrowser.get(SiteURL.programme(programme.id).path)
        XCTAssertEqual(newPage.status, .ok)
        XCTAssertFalse(newPage.contains(advice))
        let notHis = try await peterBrowser.get(SiteURL.sharedAdvice(programme.id, .threeMonths).path).status
        XCTAssertEqual(notHis, .notFound)

        // Ida's form says where the advice is; sending it again moves it to Peter.
        let form = try await ida.get(path)
        XCTAssertTrue(form.contains(HTMLEscape.text(t.adviceWithFormerMentor(name: "Thomas Kristensen", mentor: peter.name))), form.body)
        XCTAssertFalse(form.contains("name=\"sendAdvice\" value=\"yes\" checked"))
        _ = try await ida.post(path, answers(true))
        let moved = try await peterBrowser.get(SiteURL.programme(programme.id).path)
        XCTAssertTrue(moved.contains(HTMLEscape.text(advice)))
        let withdrawn = try await thomas.get(SiteURL.sharedAdvice(programme.id, .threeMonths).path).status
        XCTAssertEqual(withdrawn, .notFound)
    }
}
