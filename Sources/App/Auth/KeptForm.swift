import Foundation
import Vapor

/// What a person wrote when their session had run out: kept in the new session, through sign-in,
/// and put back into the same form afterwards, unsaved, for them to check and save. The sessions
/// table is a database table like any other, so the kept text is sealed there too.
enum KeptForm {
    static let key = "keptForm"

    private struct Stored: Codable {
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

    /// Keeps a form that a signed-out person sent, and sends them back to it after sign-in.
    /// Returns whether it was kept.
    static func keep(_ req: Request) -> Bool {
        guard req.currentPerson == nil, req.method == .POST, let page = page(forPost: req.url.path),
              var fields = try? req.content.decode([String: String].self) else { return false }
        fields[CSRF.fieldName] = nil
        fields["action"] = nil
        guard let data = try? JSONEncoder().encode(Stored(page: page, fields: fields)) else { return false }
        req.session.data[key] = TextSealing.seal(String(decoding: data, as: UTF8.self))
        req.session.data[SessionKeys.returnTo] = page
        return true
    }

    /// The kept form for the page being shown, once; nil when there is none for this page.
    static func take<Form: Decodable>(_ req: Request, as type: Form.Type) -> Form? {
        guard let raw = req.session.data[key].map(TextSealing.open), let stored = try? JSONDecoder().decode(Stored.self, from: Data(raw.utf8)),
              stored.page == req.url.path,
              let json = try? JSONEncoder().encode(stored.fields),
              let form = try? JSONDecoder().decode(Form.self, from: json) else { return nil }
        req.session.data[key] = nil
        req.flash(req.language.texts.keptTextRestored)
        return form
    }
}
