import Fluent
import SQLKit

/// Every migration, in the order it runs. Landed migrations are never edited; a change is a new one.
enum GodstartMigrations {
    static let all: [any Migration] = [
        SessionRecord.migration,
        M001_CreateOrganisations(),
        M002_CreatePeople(),
        M003_CreateProgrammes(),
        M004_CreateMeetings(),
        M005_AddInvitations(),
        M006_CreatePrivateWriting(),
        M007_CreatePreparationAnswers(),
        M008_CreateAgreements(),
        M009_CreateLearningGoals(),
        M010_CreateCompetencePlans(),
        M011_CreateEvaluationsAndMentorChanges(),
        M012_AddJournalMeeting(),
        M013_CreateChecklists(),
        M014_CreateActivities(),
        M015_CreateKnowledgeAreas(),
        M016_CreateIntroductionTemplates(),
        M017_AddMentorProfiles(),
        M018_CreateEmployments(),
        M019_CreateIdeas(),
        M020_CreateMaterials(),
        M021_CreateGatherings(),
        M022_IndexProgrammeEnd(),
        M023_AddCalendarFeeds(),
        M024_EndProgrammesWithTheirTalk(),
        M025_CreateApiTokens(),
        M026_CreateOutbox(),
        M027_AddMailPreferences(),
        M028_AddStaffImport(),
        M029_AddSignInSettings(),
        M030_CreateSignInFailures(),
        M031_CreateAuditEntries(),
        M032_SealPrivateTexts(),
        M033_AddDataRights(),
        M034_IndexForNationalScale(),
        M035_AddSessionWrittenAt(),
        M036_SetAsideEarlierMentorships(),
        M037_CreateEvaluationBatches(),
        M038_AddEligibility(),
        M039_AddWorkingCalendar(),
        M040_AddEarlyStartReason(),
        M041_IndexForPersonPages(),
        M042_IndexForPeopleList(),
        M043_AddSignedInChanges(),
        M044_AddSharedAdvice(),
        M045_CreateProgrammeSummaries(),
    ]
}

extension Database {
    /// A plain index, in SQL that SQLite and PostgreSQL both accept.
    func createIndex(_ name: String, on table: String, columns: [String]) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        var builder = sql.create(index: name).on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }
}
