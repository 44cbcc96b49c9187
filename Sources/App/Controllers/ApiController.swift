import Fluent
import Foundation
import GodstartCore
import SQLKit
import Vapor

/// The JSON API for integrations, under /api/v1. A token answers for its organisation as the pages
/// answer its administrator (the access policy decides, with the administrator's row): programmes
/// and people, meetings as dates and statuses only, retention in aggregate. Errors are RFC 9457
/// problem details.
enum ApiController {
    struct Problem: Error {
        let status: HTTPStatus
        let detail: String
    }

    struct List<Item: Encodable>: Encodable {
        let items: [Item]
        let limit: Int
        let offset: Int
        let total: Int
        /// The address of the next page (after the last item of this one); null on the last page.
        let next: String?

        init(items: [Item], limit: Int, offset: Int, total: Int, next: String? = nil) {
            self.items = items
            self.limit = limit
            self.offset = offset
            self.total = total
            self.next = next
        }

        enum CodingKeys: String, CodingKey { case items, limit, offset, total, next }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(items, forKey: .items)
            try container.encode(limit, forKey: .limit)
            try container.encode(offset, forKey: .offset)
            try container.encode(total, forKey: .total)
            try container.encode(next, forKey: .next)
        }
    }

    struct ProgrammeJSON: Encodable {
        let id: UUID
        let unitId: UUID
        let unit: String
        let variant: String
        let firstDay: String
        let part: String
        let ended: Bool
    }

    struct MeetingJSON: Encodable {
        let id: UUID
        let programmeId: UUID
        let kind: String
        let number: Int
        let startsAt: Date
        let minutes: Int
        let status: String
    }

    struct ChecklistItemJSON: Encodable {
        let id: UUID
        let programmeId: UUID
        /// The template's key for a built-in item; nil for one added by hand.
        let key: String?
        let title: String
        let windowFrom: String
        let windowTo: String
        let responsible: String
        let state: String
        let coveredAt: Date?
    }

    struct PersonJSON: Encodable {
        let id: UUID
        let name: String
        let email: String
        let unitId: UUID?
        let title: String?
    }

    struct AlertJSON: Encodable {
        let programmeId: UUID
        let kind: String
        let count: Int
    }

    struct CohortJSON: Encodable {
        let firstYear: Int
        let lastYear: Int
        let people: Int
        let stillEmployedAfter6Months: Double?
        let stillEmployedAfter12Months: Double?
        let stillEmployedAfter24Months: Double?
    }

    struct RetentionJSON: Encodable {
        let minimumGroupSize: Int
        let cohorts: [CohortJSON]
    }

    /// The token's organisation, once the token is known, not revoked and holds `scope`.
    static func authorise(_ req: Request, _ scope: ApiScope, _ resource: Resource) async throws -> UUID {
        // Read as plain columns, as the pages read (issue 24): Fluent's query was a tenth of a list.
        guard let sent = req.headers.bearerAuthorization?.token, !sent.isEmpty,
              let token = try await PlainColumnRows.all(ApiToken.self, on: req.db, {
                  $0.where("token_hash", .equal, SQLBind(SecretToken.hash(sent))).limit(1)
              }).first,
              token.revokedAt == nil else {
            throw Problem(status: .unauthorized, detail: "Send a valid token as Authorization: Bearer <token>.")
        }
        guard token.scopeSet.contains(scope) else {
            throw Problem(status: .forbidden, detail: "This token does not have the scope \"\(scope.rawValue)\".")
        }
        // The API reads as the organisation's administrator does on the pages.
        guard AccessPolicy.decide([.admin], resource, .read) >= .factsOnly else {
            throw Problem(status: .forbidden, detail: "Not readable through the API.")
        }
        try await AuditLog.record([.init(kind: .exported, detail: .api, resource: resource, item: token.id)],
                                  .init(actor: nil, organisation: token.$organisation.id, address: req.clientAddress,
                                        now: req.application.settings.now()), on: req.db)
        let now = req.application.settings.now()
        if token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            token.lastUsedAt = now
            try await token.update(on: req.db)
        }
        return token.$organisation.id
    }

    /// The token's organisation, read as plain columns.
    private static func organisationRow(_ id: UUID, on db: any Database) async throws -> Organisation? {
        try await PlainColumnRows.all(Organisation.self, where: "id", in: [id], on: db).first
    }

    static func page(_ req: Request) throws -> ApiPage {
        guard let page = ApiPage.read(limit: req.query[String.self, at: "limit"], offset: req.query[String.self, at: "offset"],
                                      after: req.query[String.self, at: "after"]) else {
            throw Problem(status: .badRequest, detail: "limit must be 1 to \(ApiPage.maximumLimit), offset 0 or more, and after "
                + "the cursor from a page's next link.")
        }
        return page
    }

    static var unknownCursor: Problem { Problem(status: .badRequest, detail: "after is not a cursor of this list: follow the next link.") }

    /// The next page's address, after `cursor` (nil: this page is the last).
    static func next(_ req: Request, _ page: ApiPage, after cursor: String?) -> String? {
        cursor.map { "\(req.url.path)?limit=\(page.limit)&after=\($0)" }
    }

    /// The id a page's cursor names, nil without a cursor.
    static func idCursor(_ page: ApiPage) throws -> UUID? {
        guard let after = page.after else { return nil }
        guard let id = UUID(uuidString: after) else { throw unknownCursor }
        return id
    }

    /// A page of rows in id order after the page's cursor (an id), one more read than shown to know
    /// whether another page follows.
    static func idPage<Item: Model>(_ query: QueryBuilder<Item>, _ page: ApiPage) throws -> QueryBuilder<Item> where Item.IDValue == UUID {
        if let id = try idCursor(page) { query.filter(\._$id > id) }
        return query.sort(\._$id).range(page.offset..<(page.offset + page.limit + 1))
    }

    static func id(_ req: Request) throws -> UUID {
        guard let raw = req.parameters.get("id"), let id = UUID(uuidString: raw) else {
            throw noSuchProgramme
        }
        return id
    }

    static func json<T: Encodable>(_ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        let response = Response(status: .ok, body: .init(data: try encoder.encode(value)))
        response.headers.contentType = .json
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        // A browser led to an API address saves the answer instead of showing it (ASVS 14.4.2).
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"api.json\"")
        return response
    }

    static func programmeJSON(_ file: ProgrammeView, unitName: String, now: Date) -> ProgrammeJSON {
        ProgrammeJSON(id: file.id, unitId: file.programme.$unit.id, unit: unitName, variant: file.programme.variant,
                      firstDay: file.programme.firstDay, part: file.stage(now: now).part.rawValue, ended: file.programme.endedAt != nil)
    }

    @Sendable static func programmes(req: Request) async throws -> Response {
        let organisation = try await authorise(req, .programmes, .programme)
        let page = try page(req)
        guard let org = try await organisationRow(organisation, on: req.db) else { throw Problem(status: .notFound, detail: "No organisation.") }
        let list = try await ProgrammeListQuery.run(organisation: organisation, timeZone: org.timeZone, after: try idCursor(page), limit: page.limit + 1,
                                                    offset: page.offset, now: req.application.settings.now(), on: req.db)
        let read = list.rows
        let items = read.prefix(page.limit).map { row in
            ProgrammeJSON(id: row.id, unitId: row.unitID, unit: row.unitName, variant: row.variant, firstDay: row.firstDay,
                          part: row.part.rawValue, ended: row.ended)
        }
        let cursor = read.count > page.limit ? items.last?.id.uuidString.lowercased() : nil
        return try json(List(items: items, limit: page.limit, offset: page.offset, total: list.total, next: next(req, page, after: cursor)))
    }

    private static var noSuchProgramme: Problem { Problem(status: .notFound, detail: "No programme has this id.") }

    static func programmeFile(_ req: Request, organisation: UUID) async throws -> ProgrammeView {
        guard let file = try await ProgrammeQueries.view(try id(req), on: req.db), file.programme.$organisation.id == organisation else {
            throw noSuchProgramme
        }
        return file
    }

    @Sendable static func programme(req: Request) async throws -> Response {
        let organisation = try await authorise(req, .programmes, .programme)
        guard let page = try await ProgrammeQueries.pageView(try id(req), on: req.db),
              page.file.programme.$organisation.id == organisation else { throw noSuchProgramme }
        return try json(programmeJSON(page.file, unitName: page.unitName, now: req.application.settings.now()))
    }

    @Sendable static func meetings(req: Request) async throws -> Response {
        let organisation = try await authorise(req, .meetings, .plan)
        let file = try await programmeFile(req, organisation: organisation)
        let items = file.meetings.map { meeting in
            MeetingJSON(id: meeting.rowID, programmeId: file.id, kind: meeting.meetingKind.rawValue, number: meeting.number,
                        startsAt: meeting.startsAt, minutes: meeting.minutes, status: meeting.status.rawValue)
        }
        return try pagedJSON(req, items, id: \.id)
    }

    /// A programme's checklist as facts: each item's title, period, responsible role and state (never
    /// why an item was found not relevant). Built-in items are titled in the organisation's language.
    @Sendable static func checklist(req: Request) async throws -> Response {
        let organisation = try await authorise(req, .checklists, .introductionChecklist)
        let file = try await programmeFile(req, organisation: organisation)
        let texts = (Language(rawValue: file.organisation.defaultLanguage) ?? .fallback).texts
        let items = try await ChecklistItem.query(on: req.db).filter(\.$programme.$id == file.id).all()
            .sorted(by: ChecklistItem.windowOrder).map { item in
                ChecklistItemJSON(id: item.id!, programmeId: file.id, key: item.templateKey, title: item.title(texts),
                                  windowFrom: item.windowFrom, windowTo: item.windowTo, responsible: item.responsibleRole,
                                  state: apiName(item.state), coveredAt: item.coveredAt)
            }
        return try pagedJSON(req, items, id: \.id)
    }

    /// A page of one programme's short list, read whole in its order, with the link to the next
    /// page after its last item (`ApiPage.slice`).
    static func pagedJSON<Item: Encodable>(_ req: Request, _ items: [Item], id: (Item) -> UUID) throws -> Response {
        let page = try page(req)
        guard let slice = page.slice(items, id: id) else { throw unknownCursor }
        return try json(List(items: slice.items, limit: page.limit, offset: page.offset, total: items.count,
                             next: next(req, page, after: slice.continueAfter?.uuidString.lowercased())))
    }

    static func apiName(_ state: ChecklistState) -> String {
        switch state {
        case .open: "open"
        case .covered: "covered"
        case .notRelevant: "notRelevant"
        case .movedToMentoring: "movedToMentoring"
        }
    }

    /// The coordinator's alert list, most urgent first: facts only, never content.
    @Sendable static func alerts(req: Request) async throws -> Response {
        let organisation = try await authorise(req, .programmes, .programme)
        let now = req.application.settings.now()
        let page = try page(req)
        guard let org = try await organisationRow(organisation, on: req.db) else { throw Problem(status: .notFound, detail: "No organisation.") }
        let all = try await OverviewQuery.alerts(organisation: organisation, timeZone: org.timeZone, now: now, on: req.db)
        var rest = all[...]
        if let after = page.after {
            guard let last = ProgrammeAlert(cursor: after) else { throw unknownCursor }
            rest = rest.drop { !Alerts.comesBefore(last, $0) }
        }
        rest = rest.dropFirst(page.offset)
        let shown = Array(rest.prefix(page.limit))
        let items = shown.map { AlertJSON(programmeId: $0.programme, kind: $0.kind.name, count: $0.count) }
        return try json(List(items: items, limit: page.limit, offset: page.offset, total: all.count,
                             next: next(req, page, after: rest.count > page.limit ? shown.last?.cursor : nil)))
    }

    @Sendable static func people(req: Request) async throws -> Response {
        let organisation = try await authorise(req, .people, .people)
        let page = try page(req)
        let query = Person.query(on: req.db).filter(\.$organisation.$id == organisation)
        let total = try await query.count()
        let read = try await idPage(query.copy(), page).all()
        let people = read.prefix(page.limit)
        let items = people.map { PersonJSON(id: $0.id!, name: $0.name, email: $0.email, unitId: $0.$unit.id, title: $0.title) }
        let cursor = read.count > page.limit ? people.last?.id?.uuidString.lowercased() : nil
        return try json(List(items: items, limit: page.limit, offset: page.offset, total: total, next: next(req, page, after: cursor)))
    }

    @Sendable static func retention(req: Request) async throws -> Response {
        let organisation = try await authorise(req, .retention, .statistics)
        guard let org = try await organisationRow(organisation, on: req.db) else { throw Problem(status: .notFound, detail: "No organisation.") }
        let today = LocalDate(req.application.settings.now(), in: org.timeZone)
        let employments = try await RetentionController.employments(of: organisation, unit: nil, on: req.db)
        let figures = RetentionFigures.of(employments, on: today, programmeStart: nil)
        let cohorts = figures.cohorts.compactMap { curve -> CohortJSON? in
            guard case .cohort(let cohort) = curve.group else { return nil }
            return CohortJSON(firstYear: cohort.firstYear, lastYear: cohort.lastYear, people: curve.size,
                              stillEmployedAfter6Months: curve.survival(afterMonths: 6), stillEmployedAfter12Months: curve.survival(afterMonths: 12),
                              stillEmployedAfter24Months: curve.survival(afterMonths: 24))
        }
        return try json(RetentionJSON(minimumGroupSize: RetentionRules.minimumGroupSize, cohorts: cohorts))
    }

    @Sendable static func openAPI(req: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(data: try ApiDocument.json()))
        response.headers.contentType = .json
        return response
    }
}

/// Every error under /api/v1 as problem details (RFC 9457), never an HTML page.
struct ApiProblemMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let problem as ApiController.Problem {
            return Self.response(problem.status, problem.detail)
        } catch let abort as any AbortError {
            return Self.response(abort.status, abort.status == .notFound ? "Not found." : abort.reason)
        } catch {
            request.logger.error("API request failed")
            return Self.response(.internalServerError, "Something went wrong on our side.")
        }
    }

    static func response(_ status: HTTPStatus, _ detail: String) -> Response {
        let body: [String: Any] = ["type": "about:blank", "title": status.reasonPhrase, "status": Int(status.code), "detail": detail]
        let response = Response(status: status, body: .init(data: (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()))
        response.headers.replaceOrAdd(name: .contentType, value: "application/problem+json")
        if status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
        return response
    }
}
