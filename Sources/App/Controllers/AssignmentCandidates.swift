import Fluent
import Foundation
import GodstartCore

/// The colleagues of an organisation as candidates for a new hire's programme: their profile, their
/// load in running programmes, and the areas they know (the directory of knowledge persons).
enum AssignmentCandidates {
    struct Loaded {
        let people: [Person]
        let candidates: [UUID: Candidate]
    }

    static func load(_ organisationID: UUID, on db: Database) async throws -> Loaded {
        let people = try await Person.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$name).all()
        let running = try await Programme.query(on: db).filter(\.$organisation.$id == organisationID)
            .filter(\.$endedAt == nil).all()
        let newcomers = Set(running.map { $0.$newcomer.id })
        let areas = try await KnowledgeArea.query(on: db).filter(\.$person.$id ~~ people.compactMap(\.id)).all()
        var candidates: [UUID: Candidate] = [:]
        for person in people where !newcomers.contains(person.id!) {
            let id = person.id!
            candidates[id] = Candidate(
                id: id, unit: person.$unit.id, capacity: person.capacity ?? AssignmentSuggestions.defaultCapacity,
                mentoring: running.filter { $0.$mentor.id == id }.count,
                contactFor: running.filter { $0.$contactPerson.id == id }.count,
                buddyFor: running.filter { $0.$buddy.id == id }.count,
                willing: person.willingToMentor ?? true, trainedAsMentor: person.trainedAsMentor ?? false,
                competenceAreas: Set(areas.filter { $0.$person.id == id }.map(\.area)))
        }
        return Loaded(people: people.filter { candidates[$0.id!] != nil }, candidates: candidates)
    }
}
