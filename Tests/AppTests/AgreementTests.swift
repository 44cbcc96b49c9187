import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class AgreementTests: AppTestCase {
    private func fields(_ texts: [AgreementTopic: String], basedOn: UUID?) -> [String: String] {
        var fields = Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value) })
        fields["based_on"] = basedOn?.uuidString ?? ""
        return fields
    }

    private func versions(_ programmeID: UUID?) async throws -> [AgreementVersion] {
        try await AgreementVersion.query(on: app.db).filter(\.$programme.$id == programmeID!).sort(\.$number).all()
    }

    func testBothConfirmAndAChangeAfterwardsIsANewVersionBothConfirmAgain() async throws {
        let programme = try await programme(of: "laura")
        let path = SiteURL.agreement(programme.id).path
        let t = Language.da.texts
        let laura = try await signedIn("laura")

        let first = try await laura.get(path)
        XCTAssertEqual(first.status, .ok)
        XCTAssertTrue(first.contains(HTMLEscape.text(t.agreementProposedConfidentiality)), "confidentiality starts with a proposal")
        XCTAssertTrue(first.contains(HTMLEscape.text(t.agreementTopicHint(.room))))

        let saved = try await laura.post(path, fields([.purpose: "At blive tryg i myndighedsrollen", .room: "Mødelokale 2"], basedOn: nil))
        XCTAssertEqual(saved.status, .seeOther)
        var all = try await versions(programme.id)
        XCTAssertEqual(all.count, 1)
        XCTAssertEqual(all[0].status, .draft)

        // Editing before anyone confirmed changes the same version.
        _ = try await laura.post(path, fields([.purpose: "At blive tryg i myndighedsrollen", .room: "Mødelokale 3"], basedOn: all[0].id))
        all = try await versions(programme.id)
        XCTAssertEqual(all.count, 1)
        XCTAssertEqual(all[0].topicTexts[.room], "Mødelokale 3")

        _ = try await laura.post(SiteURL.agreementConfirmation(programme.id).path, ["version": all[0].id!.uuidString])
        // Her part is confirmed, the agreement not yet: the page never says both "waiting" and "confirmed".
        let lauraWaits = try await laura.get(path)
        XCTAssertTrue(lauraWaits.contains(HTMLEscape.text(t.agreementAwaiting(name: "Thomas Kristensen"))))
        XCTAssertTrue(lauraWaits.contains("Du bekræftede din del"))
        XCTAssertFalse(lauraWaits.contains("Du bekræftede aftalen"))
        let thomas = try await signedIn("thomas")
        let mentorsView = try await thomas.get(path)
        XCTAssertTrue(mentorsView.contains("Mødelokale 3"))
        XCTAssertTrue(mentorsView.contains(HTMLEscape.text(t.agreementAwaiting(name: "Thomas Kristensen"))))
        _ = try await thomas.post(SiteURL.agreementConfirmation(programme.id).path, ["version": all[0].id!.uuidString])
        all = try await versions(programme.id)
        XCTAssertEqual(all[0].status, .confirmed)

        // The manager and the coordinator see that it is confirmed, never what it says.
        for key in ["jens", "marianne"] {
            let page = try await signedIn(key).get(SiteURL.programme(programme.id).path)
            XCTAssertTrue(page.contains(HTMLEscape.text(t.agreementFactLabel)), key)
            XCTAssertFalse(page.contains("Mødelokale 3"), key)
            let agreement = try await signedIn(key).get(path)
            XCTAssertEqual(agreement.status, .notFound, key)
            let version = try await signedIn(key).get(SiteURL.agreementVersion(all[0].id).path)
            XCTAssertEqual(version.status, .notFound, key)
        }

        // A change after confirmation starts version 2; version 1 stays as it was.
        let changed = try await thomas.post(path, fields([.purpose: "At blive tryg i myndighedsrollen", .room: "Mødelokale 4"], basedOn: all[0].id))
        XCTAssertEqual(changed.status, .seeOther)
        all = try await versions(programme.id)
        XCTAssertEqual(all.count, 2)
        XCTAssertEqual(all[0].topicTexts[.room], "Mødelokale 3")
        XCTAssertEqual(all[0].status, .confirmed)
        XCTAssertEqual(all[1].status, .draft)
        let old = try await laura.get(SiteURL.agreementVersion(all[0].id).path)
        XCTAssertEqual(old.status, .ok)
        XCTAssertTrue(old.contains("Mødelokale 3"))
        let current = try await laura.get(path)
        XCTAssertTrue(current.contains(HTMLEscape.text(t.agreementEarlierVersions)))

        // Confirming a version that has since been replaced confirms nothing.
        _ = try await laura.post(SiteURL.agreementConfirmation(programme.id).path, ["version": all[0].id!.uuidString])
        all = try await versions(programme.id)
        XCTAssertNil(all[1].menteeConfirmedAt)
    }

    func testASaveOnTopOfSomeoneElsesKeepsWhatWasTyped() async throws {
        let programme = try await programme(of: "laura")
        let path = SiteURL.agreement(programme.id).path
        let laura = try await signedIn("laura")
        let thomas = try await signedIn("thomas")
        _ = try await laura.post(path, fields([.room: "Mødelokale 2"], basedOn: nil))
        // Thomas opened the page before Laura saved.
        let conflict = try await thomas.post(path, fields([.room: "Kantinen", .feedback: "Vi siger det, som det er"], basedOn: nil))
        XCTAssertEqual(conflict.status, .conflict)
        XCTAssertTrue(conflict.contains("Kantinen"))
        XCTAssertTrue(conflict.contains("Vi siger det, som det er"))
        XCTAssertTrue(conflict.contains("Mødelokale 2"), "the version saved meanwhile is shown to compare with")
        let all = try await versions(programme.id)
        XCTAssertEqual(all.count, 1)
        XCTAssertEqual(all[0].topicTexts[.room], "Mødelokale 2")
    }

    func testTooLongAnAnswerComesBackWithTheText() async throws {
        let programme = try await programme(of: "laura")
        let laura = try await signedIn("laura")
        let long = String(repeating: "a", count: AgreementRules.maximumTopicLength + 1)
        let page = try await laura.post(SiteURL.agreement(programme.id).path, fields([.methods: long, .room: "Lokale 1"], basedOn: nil))
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(long))
        XCTAssertTrue(page.contains("Lokale 1"))
        let count = try await versions(programme.id).count
        XCTAssertEqual(count, 0)
    }

    func testOnlyTheMenteeAndTheMentorOpenIt() async throws {
        let programme = try await programme(of: "laura")
        for key in ["birgitte", "camilla", "rasmus", "lone", "mette"] {
            let page = try await signedIn(key).get(SiteURL.agreement(programme.id).path)
            XCTAssertEqual(page.status, .notFound, key)
        }
    }
}
