import Fluent
import Foundation
import GodstartCore
import SQLKit

/// Erases a person (GDPR art. 17): the row stays so programmes, meetings and statistics keep their
/// shape, but it names nobody, and everything the person wrote is gone.
enum PersonErasure {
    /// Why `administrator` may not erase `person`, if anything stops it.
    static func refusal(of person: Person, by administrator: Person, on db: any Database) async throws -> ErasureRules.Refusal? {
        let otherAdministrators = try await Person.query(on: db).filter(\.$organisation.$id == person.$organisation.id)
            .filter(\.$isAdmin == true).filter(\.$id != person.requireID()).filter(\.$erasedAt == nil).count()
        return ErasureRules.refusal(isSelf: person.id == administrator.id, isAdministrator: person.isAdmin,
                                    otherAdministrators: otherAdministrators, alreadyErased: person.erasedAt != nil)
    }

    /// The running programmes in which the person holds a part other than new hire.
    static func runningParts(of person: Person, on db: any Database) async throws -> Int {
        let id = try person.requireID()
        return try await ProgrammeQueries.running(of: person.$organisation.id, on: db).group(.or) {
            $0.filter(\.$manager.$id == id).filter(\.$contactPerson.$id == id).filter(\.$mentor.$id == id).filter(\.$buddy.$id == id)
        }.count()
    }

    /// Thrown when the check is refused inside the erasure's transaction (two administrators
    /// erasing each other at once: the second finds the first gone and stops).
    struct Refused: Error {
        let refusal: ErasureRules.Refusal
    }

    static func erase(_ person: Person, by administrator: Person, name: String, origin: AuditLog.Origin, on db: any Database) async throws {
        let id = try person.requireID()
        let today = LocalDate(origin.now, in: try await person.$organisation.get(on: db).timeZone)
        try await db.transaction { db in
            // The check again, inside the transaction, on the rows as they are now.
            if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
                try await sql.raw("SELECT id FROM people WHERE organisation_id = \(bind: person.$organisation.id) AND is_admin FOR UPDATE").run()
            }
            guard let current = try await Person.find(id, on: db) else { throw Refused(refusal: .alreadyErased) }
            if let refusal = try await refusal(of: current, by: administrator, on: db) { throw Refused(refusal: refusal) }
            // Their own programme as new hire loses every private text, as at the end of storage.
            for programme in try await Programme.query(on: db).filter(\.$newcomer.$id == id).all() {
                try await TextPurge.purge(programme.requireID(), on: db)
                programme.textsPurgedAt = origin.now
                try await programme.update(on: db)
            }
            // What they wrote elsewhere, and what was shared with them.
            try await LogbookEntry.query(on: db).filter(\.$author.$id == id).delete()
            try await ProcessJournal.query(on: db).filter(\.$author.$id == id).delete()
            try await PreparationAnswers.query(on: db).filter(\.$author.$id == id).delete()
            try await LogbookEntry.query(on: db).filter(\.$sharedWith.$id == id).set(\.$sharedWith.$id, to: nil).update()
            try await ProcessJournal.query(on: db).filter(\.$sharedWith.$id == id).set(\.$sharedWith.$id, to: nil).update()
            try await PreparationAnswers.query(on: db).filter(\.$sharedWith.$id == id).set(\.$sharedWith.$id, to: nil).update()
            try await SharedAdvice.query(on: db).filter(\.$sharedWith.$id == id).delete()
            for answers in try await EvaluationAnswers.query(on: db).filter(\.$author.$id == id).all() {
                try await SharedAdvice.query(on: db).filter(\.$answers.$id == answers.requireID()).delete()
                answers.answers = TextPurge.blanked(answers.answers)
                try await answers.update(on: db)
            }
            for evaluation in try await GatheringEvaluation.query(on: db).filter(\.$author.$id == id).all() {
                evaluation.worked = evaluation.worked.map { $0.isEmpty ? $0 : TextPurge.placeholder }
                evaluation.change = evaluation.change.map { $0.isEmpty ? $0 : TextPurge.placeholder }
                try await evaluation.update(on: db)
            }
            try await Idea.query(on: db).filter(\.$author.$id == id).delete()
            // Why they were chosen outside the rules is written about them.
            try await AssignmentOverride.query(on: db).filter(\.$person.$id == id).delete()
            try await OutboxMessage.query(on: db).group(.or) { $0.filter(\.$recipient.$id == id).filter(\.$toAddress == person.email) }
                .delete()
            // The employment stays in the retention figures under a reference that names nobody.
            try await EmploymentRecord.query(on: db).filter(\.$organisation.$id == person.$organisation.id)
                .filter(\.$reference == person.email).set(\.$reference, to: "erased:\(id.uuidString.lowercased())").update()

            person.name = name
            person.email = "erased-\(id.uuidString.lowercased())@invalid.invalid"
            person.phone = nil
            person.title = nil
            person.passwordHash = nil
            person.language = nil
            person.invitationTokenHash = nil
            person.invitationExpiresAt = nil
            person.calendarTokenHash = nil
            person.mailSwitchedOff = nil
            person.mailLanguage = nil
            person.ssoSubject = nil
            person.isAdmin = false
            person.isCoordinator = false
            person.isManager = false
            person.capacity = nil
            person.willingToMentor = false
            person.trainedAsMentor = nil
            if person.leftOn == nil || LocalDate(iso: person.leftOn!).map({ $0 >= today }) == true {
                person.leftOn = today.adding(days: -1).iso
            }
            person.erasedAt = origin.now
            try await person.update(on: db)
            try await AuditLog.record([.init(kind: .erased, detail: .personErased, subject: id)], origin, on: db)
        }
    }
}
