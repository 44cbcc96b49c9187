import GodstartCore

/// The texts of the audit log: the administrator's log of the organisation, and each person's
/// "who has seen my material".
public protocol AuditTexts: Sendable {
    var navAuditLog: String { get }
    var navOwnAuditLog: String { get }
    var auditLogTitle: String { get }
    var auditLogIntro: String { get }
    var ownAuditLogTitle: String { get }
    var ownAuditLogIntro: String { get }
    var auditEmpty: String { get }
    var auditOwnEmpty: String { get }
    func auditOnlyPerson(_ name: String) -> String
    var auditShowEveryone: String { get }
    var auditKindLabel: String { get }
    var auditWhenColumn: String { get }
    var auditWhoColumn: String { get }
    var auditWhatColumn: String { get }
    var auditConcerningColumn: String { get }
    var auditFromColumn: String { get }
    var auditYou: String { get }
    /// A person no longer in Godstart (erased).
    var auditFormerPerson: String { get }
    var auditNewer: String { get }
    var auditOlder: String { get }
    func auditPageNumber(_ number: Int) -> String
    var auditPagesLabel: String { get }
    /// One kind of event, as a choice in the filter.
    func auditKind(_ kind: AuditKind) -> String
    /// Who acted when no person did: nobody signed in, the server, an integration.
    func auditNoActor(_ kind: AuditKind) -> String
    /// What happened, as a short sentence without the actor ("Read a logbook entry").
    func auditWhat(_ kind: AuditKind, _ detail: AuditDetail?, _ resource: Resource?) -> String
    /// A thing the policy guards, with an indefinite article ("a logbook entry", "meeting notes").
    func auditResource(_ resource: Resource) -> String
}
