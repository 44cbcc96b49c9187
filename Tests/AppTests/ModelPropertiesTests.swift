import FluentKit
import Foundation
import XCTest
@testable import App

/// Every model writes out its list of fields (`properties`), so Fluent does not look for them by
/// reflection for each row it reads (issue 9: that was most of the time of a page listing many
/// meetings). A field missing from the list would be neither read nor saved: this test finds it.
final class ModelPropertiesTests: XCTestCase {
    static let models: [any Model.Type] = [
        Activity.self, AgreementVersion.self, ApiToken.self, AssignmentOverride.self, AuditEntry.self, CatalogueEntry.self, ChecklistItem.self,
        CompetencePlanChange.self, CompetencePlanRow.self, EarlierMeetingNote.self, EmploymentRecord.self, EvaluationAnswers.self,
        EvaluationBatch.self, FormerMentorship.self, Gathering.self, GatheringAttendance.self, GatheringEvaluation.self,
        GatheringParticipant.self, GatheringSeries.self, Idea.self, KnowledgeArea.self, LearningGoal.self,
        LearningGoalMeeting.self, LogbookEntry.self, Material.self, MaterialFile.self, Meeting.self, MeetingNote.self,
        MentorChangeRequest.self, Organisation.self, OrganisationUnit.self, OutboxMessage.self, OwnClosedDay.self, Person.self,
        PreparationAnswers.self, ProcessJournal.self, Programme.self, ProgrammeTemplateRecord.self, SealingCheck.self,
        SharedAdvice.self, SignInFailure.self, SignedInChange.self, StoredSession.self, TemplateActivity.self, TemplateChecklistItem.self,
    ]

    func testEveryModelListsEachOfItsFieldsOnce() {
        for type in Self.models {
            let model = type.init()
            let written = model.properties.map { ObjectIdentifier($0 as AnyObject) }
            let reflected = Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }
            let missing = Mirror(reflecting: model).children.filter { child in
                guard let property = child.value as? any AnyProperty else { return false }
                return !written.contains(ObjectIdentifier(property as AnyObject))
            }.compactMap(\.label)
            XCTAssertEqual(Set(written).count, written.count, "\(type): a field listed twice")
            XCTAssertTrue(missing.isEmpty, "\(type).properties lacks \(missing.joined(separator: ", "))")
            XCTAssertEqual(written.count, reflected.count, "\(type).properties lists something that is not its field")
        }
    }

    /// A new model goes in the list above, so the test sees it.
    func testTheListHoldsEveryModel() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/App")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        let declared = try files.flatMap { file -> [String] in
            let text = try String(contentsOf: file, encoding: .utf8)
            return text.split(separator: "\n").compactMap { line in
                guard line.hasPrefix("final class "), line.contains(": Model") else { return nil }
                return String(line.dropFirst("final class ".count).prefix { $0 != ":" })
            }
        }
        XCTAssertEqual(Set(declared), Set(Self.models.map { String(describing: $0) }))
    }
}
