import Fluent
import Foundation
import GodstartCore
import Vapor

/// The materials library: everyone in the organisation reads and downloads; the coordinator
/// uploads, tags, replaces and removes (the "materials library" row of ACCESS.md).
enum MaterialController {
    /// What a request carrying a file may weigh: the largest file and the form around it.
    static let bodyLimit = MaterialRules.maximumBytes + 1_000_000

    struct Filter: Content {
        var phase: String?
        var role: String?
        var language: String?

        var materialPhase: MaterialPhase? { phase.flatMap(MaterialPhase.init(rawValue:)) }
        var programmeRole: ProgrammeRole? { role.flatMap(ProgrammeRole.init(rawValue:)) }
        var chosenLanguage: Language? { language.flatMap(Language.init(rawValue:)) }
    }

    struct MaterialForm: FormInput {
        var title: String?
        var details: String?
        var phase: String?
        var roles: [String]?
        var language: String?
        var file: File?

        init() {}

        init(_ material: Material) {
            title = material.title
            details = material.details
            phase = material.phase
            roles = material.roleList.map(\.rawValue)
            language = material.language
        }
    }

    typealias Errors = [String: String]

    struct UploadedFile {
        let name: String
        let kind: MaterialFileKind
        let bytes: [UInt8]
    }

    /// A checked form: what to store.
    struct Values {
        let title: String
        let details: String?
        let phase: MaterialPhase
        let roles: [ProgrammeRole]
        let language: Language
        let file: UploadedFile?
    }

    static func context(_ req: Request) async throws -> PageContext {
        PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
    }

    static func reader(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .materials, .read)
        return person
    }

    static func coordinator(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .materials, .write)
        return person
    }

    static func material(_ req: Request, of person: Person) async throws -> Material {
        guard let material = try await Material.query(on: req.db).filter(\.$id == (try req.idParameter()))
            .filter(\.$organisation.$id == person.$organisation.id).first() else { throw Abort(.notFound) }
        return material
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let person = try reader(req)
        let filter = (try? req.query.decode(Filter.self)) ?? Filter()
        var query = Material.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id)
        if let phase = filter.materialPhase { query = query.group(.or) { $0.filter(\.$phase == phase.rawValue).filter(\.$phase == MaterialPhase.any.rawValue) } }
        if let language = filter.chosenLanguage { query = query.filter(\.$language == language.rawValue) }
        var materials = try await query.sort(\.$phase).sort(\.$title).all()
        if let role = filter.programmeRole { materials = materials.filter { $0.roleList.isEmpty || $0.roleList.contains(role) } }
        return MaterialPages.list(try await context(req), materials, filter: filter, canEdit: person.isCoordinator)
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let person = try reader(req)
        let material = try await material(req, of: person)
        guard let file = try await MaterialFile.query(on: req.db).filter(\.$material.$id == material.requireID()).first(),
              let kind = material.kind else { throw Abort(.notFound) }
        let response = Response(status: .ok, body: .init(data: file.bytes))
        response.headers.replaceOrAdd(name: .contentType, value: kind.contentType)
        let name = MaterialRules.downloadName(material.fileName)
        let ascii = String(name.unicodeScalars.map { $0.isASCII ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    @Sendable static func new(req: Request) async throws -> Response {
        _ = try coordinator(req)
        var typed = MaterialForm()
        typed.phase = MaterialPhase.any.rawValue
        typed.language = req.language.rawValue
        return MaterialPages.form(try await context(req), nil, typed: typed, errors: [:])
    }

    /// What the form says, checked; a file is needed for a new document and optional when changing one.
    static func read(_ form: MaterialForm, fileRequired: Bool, t: Texts) -> (values: Values?, errors: Errors) {
        var errors: Errors = [:]
        let title = (form.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { errors["title"] = t.errorRequired }
        if title.count > MaterialRules.maximumTitleLength { errors["title"] = t.errorTooLongLimit(MaterialRules.maximumTitleLength) }
        let details = (form.details ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if details.count > 2000 { errors["details"] = t.errorTooLongLimit(2000) }
        let phase = form.phase.flatMap(MaterialPhase.init(rawValue:))
        if phase == nil { errors["phase"] = t.errorUnknownChoice }
        let roles = (form.roles ?? []).compactMap(ProgrammeRole.init(rawValue:))
        let language = form.language.flatMap(Language.init(rawValue:))
        if language == nil { errors["language"] = t.errorUnknownChoice }
        var file: UploadedFile?
        if let upload = form.file, upload.data.readableBytes > 0 || !upload.filename.isEmpty {
            let bytes = Array(buffer: upload.data)
            switch MaterialRules.check(fileName: upload.filename, bytes: bytes) {
            case .success(let kind): file = UploadedFile(name: MaterialRules.downloadName(upload.filename), kind: kind, bytes: bytes)
            case .failure(let problem): errors["file"] = t.materialFileProblem(problem, maximumMB: MaterialRules.maximumBytes / 1_000_000)
            }
        } else if fileRequired {
            errors["file"] = t.materialFileProblem(.missing, maximumMB: MaterialRules.maximumBytes / 1_000_000)
        }
        guard errors.isEmpty, let phase, let language else { return (nil, errors) }
        return (Values(title: title, details: details.isEmpty ? nil : details, phase: phase, roles: roles, language: language, file: file), errors)
    }

    static func refuse(_ req: Request, _ material: Material?, _ form: MaterialForm, _ errors: Errors) async throws -> Response {
        let response = MaterialPages.form(try await context(req), material, typed: form, errors: errors)
        response.status = .unprocessableEntity
        return response
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let t = req.language.texts
        let form = req.form(MaterialForm.self)
        let (values, errors) = read(form, fileRequired: true, t: t)
        guard let values, let file = values.file else { return try await refuse(req, nil, form, errors) }
        try await req.db.transaction { db in
            let material = Material()
            material.$organisation.id = person.$organisation.id
            material.$uploadedBy.id = person.id
            apply(values, to: material)
            try await material.create(on: db)
            try await MaterialFile(materialID: material.requireID(), bytes: Data(file.bytes)).create(on: db)
        }
        req.flash(t.materialAdded)
        return req.redirect(to: SiteURL.materials.path)
    }

    static func apply(_ values: Values, to material: Material) {
        material.title = values.title
        material.details = values.details
        material.phase = values.phase.rawValue
        material.roles = values.roles.map(\.rawValue).joined(separator: ",")
        material.language = values.language.rawValue
        if let file = values.file {
            material.fileName = file.name
            material.fileKind = file.kind.rawValue
            material.byteCount = file.bytes.count
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let material = try await material(req, of: person)
        return MaterialPages.form(try await context(req), material, typed: MaterialForm(material), errors: [:])
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let material = try await material(req, of: person)
        let t = req.language.texts
        let form = req.form(MaterialForm.self)
        let (values, errors) = read(form, fileRequired: false, t: t)
        guard let values else { return try await refuse(req, material, form, errors) }
        try await req.db.transaction { db in
            apply(values, to: material)
            try await material.update(on: db)
            if let file = values.file {
                try await MaterialFile.query(on: db).filter(\.$material.$id == material.requireID()).delete()
                try await MaterialFile(materialID: material.requireID(), bytes: Data(file.bytes)).create(on: db)
            }
        }
        req.flash(t.materialSaved)
        return req.redirect(to: SiteURL.materials.path)
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let material = try await material(req, of: person)
        try await req.db.transaction { db in
            try await MaterialFile.query(on: db).filter(\.$material.$id == material.requireID()).delete()
            try await material.delete(on: db)
        }
        req.flash(req.language.texts.materialRemoved)
        return req.redirect(to: SiteURL.materials.path)
    }
}
