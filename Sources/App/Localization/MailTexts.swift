import GodstartCore

/// The texts of the mails Godstart sends, the person's mail settings and the administrator's outbox.
/// Mails state facts (a meeting's kind, date, place, who takes part), never what was said.
public protocol MailTexts: Sendable {

    // Reminders
    func mailChecklistBody(item: String, newcomer: String?, closes: String) -> String
    func mailEvaluationBody(_ evaluation: String, newcomer: String?) -> String

    // The administrator's outbox
    func outboxState(_ state: String) -> String
    func outboxWaiting(attempts: Int, next: String) -> String
}
