import Fluent

/// Counts the changes of a dated thing (a meeting, an activity, a group meeting): the ICS SEQUENCE
/// that tells a subscribed calendar to replace its copy. Every save through a model counts.
struct CalendarSequenceMiddleware<M: Model>: AsyncModelMiddleware {
    let field: KeyPath<M, FieldProperty<M, Int>>

    func create(model: M, on db: Database, next: any AnyAsyncModelResponder) async throws {
        if model[keyPath: field].value == nil { model[keyPath: field].value = 0 }
        try await next.create(model, on: db)
    }

    func update(model: M, on db: Database, next: any AnyAsyncModelResponder) async throws {
        model[keyPath: field].value = (model[keyPath: field].value ?? 0) + 1
        try await next.update(model, on: db)
    }
}
