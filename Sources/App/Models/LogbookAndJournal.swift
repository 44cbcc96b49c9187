import Fluent
import Foundation

/// A reflection in the new hire's logbook, on the five prompts of the mentoring material.
/// Private to its author; one entry at a time can be shared with the mentor, and unshared.
final class LogbookEntry: Model, @unchecked Sendable {
    static let schema = "logbook_entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "author_id") var author: Person
    @Field(key: "unsure") var unsure: String
    @Field(key: "learned") var learned: String
    @Field(key: "remember") var remember: String
    @Field(key: "act_on") var actOn: String
    @Field(key: "know_more") var knowMore: String
    /// The person (the mentor at the time) the author shared the entry with, if any.
    @OptionalParent(key: "shared_with_id") var sharedWith: Person?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(programmeID: UUID, authorID: UUID) {
        self.$programme.id = programmeID
        self.$author.id = authorID
        self.unsure = ""
        self.learned = ""
        self.remember = ""
        self.actOn = ""
        self.knowMore = ""
    }
}

/// A detailed, anonymised account of one conversation with a citizen, for the new hire's own
/// learning; never part of a case record. Private to its author unless shared with the mentor.
final class ProcessJournal: Model, @unchecked Sendable {
    static let schema = "process_journals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "author_id") var author: Person
    @Field(key: "title") var title: String
    @Field(key: "facts") var facts: String
    @Field(key: "account") var account: String
    @Field(key: "thoughts") var thoughts: String
    @Field(key: "reflections") var reflections: String
    @OptionalParent(key: "shared_with_id") var sharedWith: Person?
    /// The meeting the author wants to talk the journal through in, when shared with the mentor.
    @OptionalParent(key: "for_meeting_id") var forMeeting: Meeting?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(programmeID: UUID, authorID: UUID) {
        self.$programme.id = programmeID
        self.$author.id = authorID
        self.title = ""
        self.facts = ""
        self.account = ""
        self.thoughts = ""
        self.reflections = ""
    }
}
