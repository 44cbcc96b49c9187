import GodstartCore

/// The texts of the audit log: the administrator's log of the organisation, and each person's
/// "who has seen my material".
public protocol AuditTexts: Sendable {
    /// Who acted when no person did: nobody signed in, the server, an integration.
    func auditNoActor(_ kind: AuditKind) -> String
    /// What happened, as a short sentence without the actor ("Read a logbook entry").
    func auditWhat(_ kind: AuditKind, _ detail: AuditDetail?, _ resource: Resource?) -> String
}
