import Fluent
import Foundation
import GodstartCore

/// The organisation's people, units and employments as the staff import compares and changes them.
struct StaffDirectory {
    /// People by lower-cased e-mail address.
    let people: [String: Person]
    let units: [OrganisationUnit]
    /// Employments by e-mail address and start day.
    let employments: [String: EmploymentRecord]

    func unit(named name: String) -> OrganisationUnit? {
        units.first { $0.name.lowercased() == name.lowercased() }
    }

    /// What Godstart knows of each person, in the terms of `StaffImport.plan`.
    var records: [String: StaffRecord] {
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        var byPerson: [String: [LocalDate: LocalDate?]] = [:]
        for record in employments.values {
            guard let start = record.start else { continue }
            byPerson[record.reference, default: [:]][start] = record.end
        }
        return people.mapValues { person in
            StaffRecord(name: person.name, unit: person.$unit.id.flatMap { unitNames[$0] }, title: person.title, isManager: person.isManager,
                        leftOn: person.leftOn.flatMap(LocalDate.init(iso:)), employments: byPerson[person.email] ?? [:])
        }
    }

    static func load(_ organisation: Organisation, on db: any Database) async throws -> StaffDirectory {
        let id = try organisation.requireID()
        let people = try await Person.query(on: db).filter(\.$organisation.$id == id).all()
        let units = try await OrganisationUnit.query(on: db).filter(\.$organisation.$id == id).all()
        let employments = try await EmploymentRecord.query(on: db).filter(\.$organisation.$id == id).all()
        return StaffDirectory(
            people: Dictionary(people.map { ($0.email.lowercased(), $0) }, uniquingKeysWith: { a, _ in a }),
            units: units,
            employments: Dictionary(employments.compactMap { record in record.start.map { (EmploymentRow.key(record.reference, $0), record) } },
                                    uniquingKeysWith: { a, _ in a }))
    }

    /// The file's addresses that belong to people of other organisations (an address is unique in
    /// the whole instance, as it is the sign-in name).
    static func addressesElsewhere(in table: CSVTable, mapping: StaffMapping, organisation: Organisation,
                                   on db: any Database) async throws -> Set<String> {
        guard let column = mapping.columns[.email], let index = table.header.fields.firstIndex(of: column) else { return [] }
        let addresses = Array(Set(table.rows.compactMap { $0.fields.count > index ? $0.fields[index].trimmingCharacters(in: .whitespaces).lowercased() : nil }
            .filter { !$0.isEmpty }))
        guard !addresses.isEmpty else { return [] }
        var found = Set<String>()
        // In slices, within both databases' limits on parameters.
        for start in stride(from: 0, to: addresses.count, by: 1000) {
            let slice = Array(addresses[start..<min(start + 1000, addresses.count)])
            found.formUnion(try await Person.query(on: db).filter(\.$email ~~ slice)
                .filter(\.$organisation.$id != organisation.requireID()).all(\.$email))
        }
        return found
    }

    /// Carries out the import in one transaction: new units, new people (without a password: they
    /// sign in once invited), changed people, managers, employments; and remembers the mapping.
    static func apply(_ outcomes: [StaffOutcome], mapping: StaffMapping, newUnits: [String], organisation: Organisation,
                      known: StaffDirectory, origin: AuditLog.Origin, on db: any Database) async throws {
        let organisationID = try organisation.requireID()
        let mapped = Set(mapping.columns.keys)
        try await db.transaction { db in
            var unitIDs = Dictionary(known.units.map { ($0.name.lowercased(), $0.id!) }, uniquingKeysWith: { a, _ in a })
            for name in newUnits where unitIDs[name.lowercased()] == nil {
                let unit = OrganisationUnit(organisationID: organisationID, name: name)
                try await unit.create(on: db)
                unitIDs[name.lowercased()] = unit.id
            }
            func unitID(_ row: StaffRow) -> UUID? { row.unit.flatMap { unitIDs[$0.lowercased()] } }
            let managers = Set(outcomes.filter(\.becomesManager).map(\.row.email))

            let created = outcomes.filter { $0.kind == .create }.map { outcome -> Person in
                let row = outcome.row
                let person = Person(organisationID: organisationID, unitID: unitID(row), name: row.name, email: row.email, title: row.title,
                                    isManager: managers.contains(row.email))
                person.leftOn = row.end?.iso
                return person
            }
            // Batched inserts, within the parameter limit of both databases.
            for start in stride(from: 0, to: created.count, by: 200) {
                try await Array(created[start..<min(start + 200, created.count)]).create(on: db)
            }
            // What changes anyone's standing goes into the audit log with the import.
            var events: [AuditLog.Event] = []
            func changes(_ person: Person, wasManager: Bool, leftOn: String?) {
                if person.isManager && !wasManager { events.append(.init(kind: .roleChanged, detail: .madeManager, subject: person.id)) }
                if person.leftOn != leftOn {
                    events.append(.init(kind: .roleChanged, detail: person.leftOn == nil ? .lastDayRemoved : .lastDaySet, subject: person.id))
                }
            }
            for person in created { changes(person, wasManager: false, leftOn: nil) }
            for outcome in outcomes where outcome.kind == .update || outcome.kind == .end {
                guard let person = known.people[outcome.row.email] else { continue }
                let row = outcome.row
                let (wasManager, leftOn) = (person.isManager, person.leftOn)
                person.name = row.name
                if let unit = unitID(row) { person.$unit.id = unit }
                if let title = row.title { person.title = title }
                if mapped.contains(.end) { person.leftOn = row.end?.iso }
                if managers.contains(row.email) { person.isManager = true }
                try await person.update(on: db)
                changes(person, wasManager: wasManager, leftOn: leftOn)
            }
            var newEmployments: [EmploymentRecord] = []
            for outcome in outcomes where outcome.kind != .unchanged {
                let row = outcome.row
                guard let start = row.start else { continue }
                if let record = known.employments[EmploymentRow.key(row.email, start)] {
                    guard mapped.contains(.end), record.end != row.end else { continue }
                    record.endedOn = row.end?.iso
                    try await record.update(on: db)
                } else {
                    newEmployments.append(EmploymentRecord(organisationID: organisationID, unitID: unitID(row), reference: row.email,
                                                           start: start, end: row.end))
                }
            }
            for start in stride(from: 0, to: newEmployments.count, by: 200) {
                try await Array(newEmployments[start..<min(start + 200, newEmployments.count)]).create(on: db)
            }
            // Someone named as manager who is in Godstart but not in the file.
            let inFile = Set(outcomes.map(\.row.email))
            for email in Set(outcomes.compactMap(\.row.manager)) where !inFile.contains(email) {
                guard let manager = known.people[email], !manager.isManager else { continue }
                manager.isManager = true
                try await manager.update(on: db)
                events.append(.init(kind: .roleChanged, detail: .madeManager, subject: manager.id))
            }
            try await AuditLog.record(events, origin, on: db)
            organisation.staffImportMapping = mapping.stored
            try await organisation.update(on: db)
        }
    }
}
