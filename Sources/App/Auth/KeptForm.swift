import Foundation
import GodstartCore
import Vapor

/// What a person wrote when their session had run out: kept, sealed, in a session of its own,
/// carried through their signing in again, and put back into the same form afterwards, unsaved, for
/// them to check and save. It is theirs alone (`KeptTextRules`): kept only from a form that carries
/// the form token of the session that ran out, handed back only to that session's person within
/// `KeptTextRules.waitsFor`, and dropped unread when anyone else signs in in that browser. The
/// reminder run deletes a session holding it once unwritten for `SessionRules.storedFor`.
enum KeptForm {
    static let key = "keptForm"

    private struct Stored: Codable {
        let writer: UUID
        let keptAt: Date
        let page: String
        let fields: [String: String]
    }

    /// The page that shows the form again for a form sent to `path`; nil for forms that do not come back.
    static func page(forPost path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        switch parts.count {
        case 1 where parts[0] == "journals": return SiteURL.newJournal.path
        case 1 where parts[0] == "logbook": return SiteURL.newLogbookEntry.path
        case 2 where (parts[0] == "journals" || parts[0] == "logbook") && UUID(uuidString: parts[1]) != nil: return path
        default: return nil
        }
    }

    /// Keeps a form sent just as its writer's session ran out, for them alone. Returns whether it was kept.
    static func keep(_ req: Request) -> Bool {
        guard req.currentPerson == nil, req.method == .POST, let page = page(forPost: req.url.path),
              let ended = req.endedSession, var fields = try? req.content.decode([String: String].self) else { return false }
        let sent = fields[CSRF.fieldName] ?? ""
        let carriesToken = ended.formToken.map { !sent.isEmpty && CSRF.constantTimeEqual(sent, $0) } ?? false
        guard KeptTextRules.mayKeep(carriesTheEndedSessionsToken: carriesToken, fetchSite: req.headers.first(name: "Sec-Fetch-Site")) else {
            return false
        }
        fields[CSRF.fieldName] = nil
        fields["action"] = nil
        let stored = Stored(writer: ended.personID, keptAt: req.application.settings.now(), page: page, fields: fields)
        guard let data = try? JSONEncoder().encode(stored) else { return false }
        req.session.data[key] = TextSealing.seal(String(decoding: data, as: UTF8.self))
        return true
    }

    /// On signing in: the kept form, still sealed, and the page it belongs on, when it is this
    /// person's and still waiting; nil otherwise, and then it is not carried into their session.
    static func handOver(from data: SessionData, to person: UUID, now: Date) -> (sealed: String, page: String)? {
        guard let sealed = data[key], let stored = opened(sealed),
              KeptTextRules.handsBack(keptFor: stored.writer, keptAt: stored.keptAt, to: person, now: now) else { return nil }
        return (sealed, stored.page)
    }

    /// The kept form for the page being shown, once; nil when there is none for this page and this person.
    static func take<Form: Decodable>(_ req: Request, as type: Form.Type) -> Form? {
        guard let person = req.currentPerson?.id, let sealed = req.session.data[key], let stored = opened(sealed) else { return nil }
        guard KeptTextRules.handsBack(keptFor: stored.writer, keptAt: stored.keptAt, to: person, now: req.application.settings.now()) else {
            req.session.data[key] = nil
            return nil
        }
        guard stored.page == req.url.path, let json = try? JSONEncoder().encode(stored.fields),
              let form = try? JSONDecoder().decode(Form.self, from: json) else { return nil }
        req.session.data[key] = nil
        req.flash(req.language.texts.keptTextRestored)
        return form
    }

    private static func opened(_ sealed: String) -> Stored? {
        try? JSONDecoder().decode(Stored.self, from: Data(TextSealing.open(sealed).utf8))
    }
}
