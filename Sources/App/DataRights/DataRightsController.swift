import Fluent
import GodstartCore
import Vapor

/// Storage and rights: each person downloads what Godstart holds about them; the administrator
/// sets how long private texts are kept and erases a person.
enum DataRightsController {
    @Sendable static func myData(req: Request) async throws -> Response {
        let person = try req.person()
        return MyDataPage.render(PageContext.make(req, homes: try await Access.homes(of: person, req)))
    }

    /// The archive, in the person's language; the download is in the audit log.
    @Sendable static func archive(req: Request) async throws -> Response {
        let person = try req.person()
        let now = req.application.settings.now()
        let archive = try await PersonalData.archive(of: person, language: req.language, now: now, on: req.db)
        let bytes = try archive.zip(modified: now)
        try await AuditLog.record(.init(kind: .exported, detail: .personalData, subject: person.id), req)
        let response = Response(status: .ok, body: .init(data: Data(bytes)))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "zip")
        response.headers.contentDisposition = .init(.attachment, filename: req.language.texts.myDataFileName + ".zip")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    static func administrator(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .people, .write)
        return person
    }

    struct StorageForm: FormInput {
        var months: String?
    }

    @Sendable static func storage(req: Request) async throws -> Response { try await storagePage(req, error: nil) }

    static func storagePage(_ req: Request, error: String?) async throws -> Response {
        let person = try administrator(req)
        guard let organisation = try await Organisation.find(person.$organisation.id, on: req.db) else { throw Abort(.notFound) }
        let purged = try await Programme.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id)
            .filter(\.$textsPurgedAt != nil).count()
        let ctx = PageContext.make(req, homes: try await Access.homes(of: person, req))
        let response = StoragePage.render(ctx, months: organisation.storageMonths ?? StoragePeriod.defaultMonths, purged: purged,
                                          error: error)
        if error != nil { response.status = .unprocessableEntity }
        return response
    }

    @Sendable static func saveStorage(req: Request) async throws -> Response {
        let person = try administrator(req)
        guard let organisation = try await Organisation.find(person.$organisation.id, on: req.db) else { throw Abort(.notFound) }
        guard let months = req.form(StorageForm.self).months.flatMap(Int.init), StoragePeriod.monthChoices.contains(months) else {
            return try await storagePage(req, error: req.language.texts.errorChooseStoragePeriod)
        }
        organisation.storageMonths = months
        try await req.db.transaction { db in
            try await organisation.update(on: db)
            try await AuditLog.record(.init(kind: .accessChanged, detail: .storagePeriod), req, on: db)
        }
        req.flash(req.language.texts.storageSaved)
        return req.redirect(to: SiteURL.storage.path)
    }

    /// A person of the administrator's own organisation; anyone else is a 404.
    static func personToErase(_ req: Request) async throws -> (Person, Person) {
        let administrator = try administrator(req)
        guard let person = try await Person.query(on: req.db).filter(\.$id == req.idParameter())
            .filter(\.$organisation.$id == administrator.$organisation.id).first() else { throw Abort(.notFound) }
        return (person, administrator)
    }

    struct ErasureForm: FormInput {
        var confirm: String?
    }

    @Sendable static func confirmErasure(req: Request) async throws -> Response {
        try await erasurePage(req, missingConfirmation: false)
    }

    static func erasurePage(_ req: Request, missingConfirmation: Bool) async throws -> Response {
        let (person, administrator) = try await personToErase(req)
        let ctx = PageContext.make(req, homes: try await Access.homes(of: administrator, req))
        let response = ErasurePage.render(ctx, person, refusal: try await PersonErasure.refusal(of: person, by: administrator, on: req.db),
                                          runningParts: try await PersonErasure.runningParts(of: person, on: req.db),
                                          missingConfirmation: missingConfirmation)
        if missingConfirmation { response.status = .unprocessableEntity }
        return response
    }

    @Sendable static func erase(req: Request) async throws -> Response {
        let (person, administrator) = try await personToErase(req)
        guard try await PersonErasure.refusal(of: person, by: administrator, on: req.db) == nil else {
            let response = try await erasurePage(req, missingConfirmation: false)
            response.status = .conflict
            return response
        }
        guard req.form(ErasureForm.self).confirm == "on" else { return try await erasurePage(req, missingConfirmation: true) }
        let formerName = person.name
        let organisation = try await person.$organisation.get(on: req.db)
        let erasedName = (Language(rawValue: organisation.defaultLanguage) ?? .fallback).texts.erasedPersonName
        do {
            try await PersonErasure.erase(person, by: administrator, name: erasedName, origin: AuditLog.Origin(req), on: req.db)
        } catch is PersonErasure.Refused {
            let response = try await erasurePage(req, missingConfirmation: false)
            response.status = .conflict
            return response
        }
        req.flash(req.language.texts.erasureDone(formerName))
        return req.redirect(to: SiteURL.people.path)
    }
}
