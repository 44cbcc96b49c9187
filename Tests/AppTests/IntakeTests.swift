import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class IntakeAppTests: AppTestCase {
    let t = Language.da.texts

    func selected(_ id: String, in body: String) -> String? { Self.selectedValue(id, in: body) }

    /// The value of the selected option of the select with `id`, or nil.
    static func selectedValue(_ id: String, in body: String) -> String? {
        guard let start = body.range(of: "id=\"\(id)\"") else { return nil }
        let select = body[start.upperBound...].prefix { _ in true }
        guard let end = select.range(of: "</select>") else { return nil }
        let options = select[..<end.lowerBound]
        guard let mark = options.range(of: "\" selected>") else { return nil }
        let before = options[..<mark.lowerBound]
        guard let valueStart = before.range(of: "value=\"", options: .backwards) else { return nil }
        return String(before[valueStart.upperBound...])
    }

    func rows(_ count: Int) async throws -> [String: String] {
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        let henrik = try await person("henrik").id!.uuidString
        var fields = ["rows": String(count)]
        for index in 0..<count {
            fields["name-\(index)"] = "Hold Nyansat \(index + 1)"
            fields["email-\(index)"] = "hold\(index + 1)@demo.godstart.dk"
            fields["unit-\(index)"] = unit.id!.uuidString
            fields["firstDay-\(index)"] = "2027-08-02"
            fields["manager-\(index)"] = henrik
            fields["variant-\(index)"] = "standard"
        }
        return fields
    }

    func testABalancedIntakeIsSuggestedEditedAndRegistered() async throws {
        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.intake.path)
        XCTAssertEqual(page.status, .ok)
        var fields = try await rows(5)
        fields["intent"] = "suggest"
        let suggested = try await marianne.post(SiteURL.intake.path, fields)
        XCTAssertEqual(suggested.status, .ok)
        XCTAssertTrue(suggested.contains(HTMLEscape.text(t.intakeSuggested)))
        XCTAssertTrue(suggested.contains("value=\"Hold Nyansat 5\""), "what was typed is kept")
        let count = try await Programme.query(on: app.db).count()
        XCTAssertEqual(count, 5, "a suggestion registers nothing")

        // The suggestion fills every row, and nobody above capacity.
        var typed = fields
        for index in 0..<5 {
            for field in ["contactPerson", "mentor", "buddy"] {
                typed["\(field)-\(index)"] = selected("\(field)-\(index)", in: suggested.body)
            }
            XCTAssertNotNil(typed["mentor-\(index)"], "row \(index) has a mentor")
        }
        let counts = Dictionary(grouping: (0..<5).compactMap { typed["mentor-\($0)"] }, by: { $0 }).mapValues(\.count)
        XCTAssertLessThanOrEqual(counts.values.max() ?? 0, AssignmentSuggestions.defaultCapacity)

        // Registered as the page posts it back.
        typed["intent"] = "register"
        let registered = try await marianne.post(SiteURL.intake.path, typed)
        XCTAssertEqual(registered.status, .seeOther, registered.body)
        let after = try await Programme.query(on: app.db).count()
        XCTAssertEqual(after, 10)
        let colleagues = try await marianne.follow(registered)
        XCTAssertTrue(colleagues.contains(HTMLEscape.text(t.intakeRegistered(5))))
    }

    func testAnIntakeIsRefusedWholeAndCountsItsOwnLoad() async throws {
        let marianne = try await signedIn("marianne")
        let peter = try await person("peter")    // mentors Emma: room for one more
        var fields = try await rows(2)
        for (index, contact) in ["anne", "karen"].enumerated() {
            fields["mentor-\(index)"] = peter.id!.uuidString
            fields["contactPerson-\(index)"] = try await person(contact).id!.uuidString
        }
        fields["email-1"] = "hold1@demo.godstart.dk"
        fields["intent"] = "register"
        let refused = try await marianne.post(SiteURL.intake.path, fields)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorEmailTaken)), "the same e-mail twice in one intake")
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.aboveCapacityAs(name: "Peter Nielsen", role: t.role(.mentor)))),
                      "the second row counts the first row's mentee")
        XCTAssertTrue(refused.contains("value=\"Hold Nyansat 2\""))
        let count = try await Programme.query(on: app.db).count()
        XCTAssertEqual(count, 5, "nothing is registered from a refused intake")
        for key in ["mette", "henrik"] {
            let status = try await signedIn(key).get(SiteURL.intake.path).status
            XCTAssertEqual(status, .notFound, key)
        }
    }
}
