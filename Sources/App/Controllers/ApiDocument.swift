import Foundation
import GodstartCore

/// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. A test fuzzes the API
/// from it (schemathesis), so it must say exactly what the routes answer.
enum ApiDocument {
    static func json() throws -> Data {
        try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
    static var uuid: [String: Any] { ["type": "string", "format": "uuid"] }

    static func object(_ properties: [String: [String: Any]], required: [String]? = nil) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required ?? Array(properties.keys).sorted()]
    }

    static func list(_ item: String) -> [String: Any] {
        object(["items": ["type": "array", "items": ref(item)], "limit": ["type": "integer"], "offset": ["type": "integer"],
                "total": ["type": "integer"], "next": ["type": ["string", "null"]]])
    }

    static var problems: [String: Any] {
        ["400": problem("The query is not understood."), "401": problem("No valid token."),
         "403": problem("The token lacks the scope."), "404": problem("Not found.")]
    }

    static func problem(_ description: String) -> [String: Any] {
        ["description": description, "content": ["application/problem+json": ["schema": ref("Problem")]]]
    }

    static func ok(_ schema: [String: Any]) -> [String: Any] {
        ["description": "OK", "content": ["application/json": ["schema": schema]]]
    }

    /// The parameters of a list read a page at a time; `cursor` is the pattern of its cursors.
    static func paging(cursor: String = ApiPage.idCursorPattern) -> [[String: Any]] {
        [["name": "limit", "in": "query", "required": false,
          "schema": ["type": "integer", "minimum": 1, "maximum": ApiPage.maximumLimit, "default": ApiPage.defaultLimit]],
         ["name": "offset", "in": "query", "required": false, "deprecated": true,
          "description": "Rows to skip (after the cursor, if one is given); kept for integrations written before the cursor.",
          "schema": ["type": "integer", "minimum": 0, "maximum": 1_000_000, "default": 0]],
         ["name": "after", "in": "query", "required": false,
          "description": "The cursor of the last item read: follow each answer's next link, which is null on the last page.",
          "schema": ["type": "string", "pattern": cursor]]]
    }

    static var idParameter: [String: Any] { ["name": "id", "in": "path", "required": true, "schema": uuid] }

    static func operation(_ id: String, _ summary: String, scope: ApiScope, parameters: [[String: Any]] = [],
                          response: [String: Any]) -> [String: Any] {
        var responses = problems
        responses["200"] = ok(response)
        return ["operationId": id, "summary": summary, "parameters": parameters, "responses": responses,
                "security": [["bearer": []]], "x-scope": scope.rawValue]
    }

    static var document: [String: Any] {
        [
            "openapi": "3.1.0",
            "info": ["title": "Godstart API", "version": "1",
                     "description": "Programmes, people, meetings (dates and statuses only), checklist items (facts) and retention of the token's organisation. Never what anyone wrote."],
            "servers": [["url": "/"]],
            "paths": [
                "/api/v1/programmes": ["get": operation("listProgrammes", "The organisation's programmes", scope: .programmes,
                                                        parameters: paging(), response: list("Programme"))],
                "/api/v1/programmes/{id}": ["get": operation("getProgramme", "One programme", scope: .programmes,
                                                             parameters: [idParameter], response: ref("Programme"))],
                "/api/v1/programmes/{id}/meetings": ["get": operation("listMeetings", "A programme's meetings: dates and statuses",
                                                                      scope: .meetings, parameters: [idParameter] + paging(), response: list("Meeting"))],
                "/api/v1/programmes/{id}/checklist": ["get": operation("listChecklistItems", "A programme's checklist: titles, periods, who and whether done",
                                                                       scope: .checklists, parameters: [idParameter] + paging(), response: list("ChecklistItem"))],
                "/api/v1/alerts": ["get": operation("listAlerts", "The coordinator's alerts, most urgent first", scope: .programmes,
                                                    parameters: paging(cursor: ApiPage.alertCursorPattern), response: list("Alert"))],
                "/api/v1/people": ["get": operation("listPeople", "The organisation's people", scope: .people,
                                                    parameters: paging(), response: list("Person"))],
                "/api/v1/retention": ["get": operation("getRetention", "Share still employed by cohort of hire years", scope: .retention,
                                                       response: ref("Retention"))],
            ],
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                "schemas": [
                    "Problem": object(["type": ["type": "string"], "title": ["type": "string"], "status": ["type": "integer"],
                                       "detail": ["type": "string"]]),
                    "Programme": object([
                        "id": uuid, "unitId": uuid, "unit": ["type": "string"],
                        "variant": ["type": "string", "enum": ProgrammeVariant.allCases.map(\.rawValue)],
                        "firstDay": ["type": "string", "format": "date"],
                        "part": ["type": "string", "enum": ProgrammeStage.Part.allCases.map(\.rawValue)],
                        "ended": ["type": "boolean"],
                    ]),
                    "Meeting": object([
                        "id": uuid, "programmeId": uuid, "kind": ["type": "string", "enum": MeetingKind.allCases.map(\.rawValue)],
                        "number": ["type": "integer"], "startsAt": ["type": "string", "format": "date-time"],
                        "minutes": ["type": "integer"], "status": ["type": "string", "enum": ["planned", "held", "cancelled"]],
                    ]),
                    "ChecklistItem": object([
                        "id": uuid, "programmeId": uuid, "key": ["type": ["string", "null"]], "title": ["type": "string"],
                        "windowFrom": ["type": "string", "format": "date"], "windowTo": ["type": "string", "format": "date"],
                        "responsible": ["type": "string", "enum": ProgrammeRole.allCases.map(\.rawValue)],
                        "state": ["type": "string", "enum": ["open", "covered", "notRelevant", "movedToMentoring"]],
                        "coveredAt": ["type": ["string", "null"], "format": "date-time"],
                    ], required: ["id", "programmeId", "title", "windowFrom", "windowTo", "responsible", "state"]),
                    "Alert": object(["programmeId": uuid, "kind": ["type": "string", "enum": AlertKind.allCases.map(\.name)],
                                     "count": ["type": "integer"]]),
                    "Person": object([
                        "id": uuid, "name": ["type": "string"], "email": ["type": "string"],
                        "unitId": ["type": ["string", "null"], "format": "uuid"], "title": ["type": ["string", "null"]],
                    ], required: ["id", "name", "email"]),
                    "Cohort": object([
                        "firstYear": ["type": "integer"], "lastYear": ["type": "integer"], "people": ["type": "integer"],
                        "stillEmployedAfter6Months": ["type": ["number", "null"]],
                        "stillEmployedAfter12Months": ["type": ["number", "null"]],
                        "stillEmployedAfter24Months": ["type": ["number", "null"]],
                    ], required: ["firstYear", "lastYear", "people"]),
                    "Retention": object(["minimumGroupSize": ["type": "integer"], "cohorts": ["type": "array", "items": ref("Cohort")]]),
                ],
            ],
        ]
    }
}
