import GodstartCore

/// The texts of the start meeting's collaboration agreement.
public protocol AgreementTexts: Sendable {
    var agreementTitle: String { get }
    var agreementIntro: String { get }
    func agreementSection(_ section: AgreementSection) -> String
    func agreementSectionIntro(_ section: AgreementSection) -> String
    func agreementTopic(_ topic: AgreementTopic) -> String
    /// The question that guides the conversation on one topic.
    func agreementTopicHint(_ topic: AgreementTopic) -> String
    /// A first proposal for the confidentiality topic, which matters most.
    var agreementProposedConfidentiality: String { get }
    func agreementProposedFrequency(weeklyWeeks: Int, everyWeeksAfter: Int) -> String
    func agreementProposedDuration(from: String, to: String, minutes: Int) -> String
    var agreementProposalHint: String { get }
    var saveAgreement: String { get }
    var agreementSaved: String { get }
    func agreementSavedAsNewVersion(number: Int) -> String
    var agreementUnchanged: String { get }
    func agreementConflict(name: String, number: Int) -> String
    func agreementVersion(number: Int) -> String
    var agreementNotMadeYet: String { get }
    var agreementDraft: String { get }
    func agreementAwaiting(name: String) -> String
    func agreementConfirmedOn(date: String) -> String
    func agreementYouConfirmedOn(date: String) -> String
    /// Your part confirmed, the other's still to come: never read as the whole agreement confirmed.
    func agreementYouConfirmedYourPart(date: String, other: String) -> String
    func agreementSavedBy(name: String, date: String) -> String
    var confirmAgreement: String { get }
    var confirmAgreementHint: String { get }
    var agreementConfirmedFlash: String { get }
    var agreementChangedBeforeConfirm: String { get }
    var agreementChangeAfterConfirmHint: String { get }
    var agreementEarlierVersions: String { get }
    var agreementReplaced: String { get }
    func agreementMadeWith(name: String) -> String
    var agreementPrintable: String { get }
    var agreementPrintHint: String { get }
    func agreementBetween(mentee: String, mentor: String) -> String
    var agreementBackToCurrent: String { get }
    var agreementFactLabel: String { get }
    var openAgreement: String { get }
}
