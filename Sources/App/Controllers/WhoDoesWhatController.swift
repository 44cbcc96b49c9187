import Vapor

/// The "who does what" page of a programme, for everyone in it.
enum WhoDoesWhatController {
    @Sendable static func show(req: Request) async throws -> Response {
        let person = try req.person()
        let (file, _) = try await ProgrammeController.readable(try req.idParameter(), by: person, on: req.db)
        let coordinator = try await HomeController.coordinator(in: file.programme.$organisation.id, on: req.db)
        return WhoDoesWhatPage.render(try await PrivateWriting.pageContext(req, file), file, coordinator: coordinator)
    }
}
