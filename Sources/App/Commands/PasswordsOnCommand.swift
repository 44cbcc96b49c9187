import Fluent
import Vapor

/// `godstart passwords-on SLUG`: the way back when an organisation switched passwords off and
/// nobody can sign in through its identity provider any more. Run by the operator on the server.
struct PasswordsOnCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "organisation", help: "The organisation's slug")
        var organisation: String
    }

    var help: String { "Lets an organisation's people sign in with their password again." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let db = context.application.db
        guard let organisation = try await Organisation.query(on: db).filter(\.$slug == signature.organisation).first() else {
            let known = try await Organisation.query(on: db).all(\.$slug).sorted().joined(separator: ", ")
            context.console.error("No organisation has the slug \(signature.organisation). Known: \(known)")
            throw StartupError("unknown organisation \(signature.organisation)")
        }
        organisation.passwordSignIn = true
        try await db.transaction { db in
            try await organisation.update(on: db)
            // Done on the server, by nobody signed in.
            try await AuditLog.record([.init(kind: .accessChanged, detail: .passwordsSwitchedOn)],
                                      .init(actor: nil, organisation: organisation.id, address: nil,
                                            now: context.application.settings.now()), on: db)
        }
        context.console.info("\(organisation.name) signs in with passwords again.")
    }
}
