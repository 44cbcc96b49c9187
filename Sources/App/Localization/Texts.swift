import GodstartCore

/// Every text Godstart shows. The texts themselves are in the catalogues (Sources/App/Catalogues,
/// one per language); the build writes a member of `Texts` for each of them (CatalogueTexts.swift,
/// generated from da.po). The few texts below still put sentences together in Swift, in each
/// language's own file, until they move into the catalogues too.
public protocol Texts: AssignmentTexts, AuditTexts, DataRightsTexts, DeskTexts, EligibilityTexts, EvaluationTexts, GatheringTexts, IntroductionTexts, LearningTexts, MailTexts, MentoringStartTexts, OverviewTexts, SingleSignOnTexts, StaffImportTexts, TemplateTexts, WorkingDaysTexts {
    /// The language's catalogue, which the generated members read.
    var catalogue: Catalogue { get }
    func meetingTitle(_ kind: MeetingKind, number: Int) -> String
}
