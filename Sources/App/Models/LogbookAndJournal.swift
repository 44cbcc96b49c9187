import Fluent
import Foundation

/// A reflection in the new hire's logbook, on the five prompts of the mentoring material.
/// Private to its author; one entry at a time can be shared with the mentor, and unshared.
final class LogbookEntry: Model, @unchecked Sendable {
    static let schema = "logbook_entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "author_id") var author: Person
    @Field(key: "unsure") var sealedUnsure: String
    var unsure: String {
        get { TextSealing.open(sealedUnsure) }
        set { sealedUnsure = TextSealing.seal(newValue) }
    }
    @Field(key: "learned") var sealedLearned: String
    var learned: String {
        get { TextSealing.open(sealedLearned) }
        set { sealedLearned = TextSealing.seal(newValue) }
    }
    @Field(key: "remember") var sealedRemember: String
    var remember: String {
        get { TextSealing.open(sealedRemember) }
        set { sealedRemember = TextSealing.seal(newValue) }
    }
    @Field(key: "act_on") var sealedActOn: String
    var actOn: String {
        get { TextSealing.open(sealedActOn) }
        set { sealedActOn = TextSealing.seal(newValue) }
    }
    @Field(key: "know_more") var sealedKnowMore: String
    var knowMore: String {
        get { TextSealing.open(sealedKnowMore) }
        set { sealedKnowMore = TextSealing.seal(newValue) }
    }
    /// The person (the mentor at the time) the author shared the entry with, if any.
    @OptionalParent(key: "shared_with_id") var sharedWith: Person?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $programme, $author, $sealedUnsure, $sealedLearned, $sealedRemember, $sealedActOn, $sealedKnowMore,
         $sharedWith, $createdAt, $updatedAt]
    }

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
    @Field(key: "title") var sealedTitle: String
    var title: String {
        get { TextSealing.open(sealedTitle) }
        set { sealedTitle = TextSealing.seal(newValue) }
    }
    @Field(key: "facts") var sealedFacts: String
    var facts: String {
        get { TextSealing.open(sealedFacts) }
        set { sealedFacts = TextSealing.seal(newValue) }
    }
    @Field(key: "account") var sealedAccount: String
    var account: String {
        get { TextSealing.open(sealedAccount) }
        set { sealedAccount = TextSealing.seal(newValue) }
    }
    @Field(key: "thoughts") var sealedThoughts: String
    var thoughts: String {
        get { TextSealing.open(sealedThoughts) }
        set { sealedThoughts = TextSealing.seal(newValue) }
    }
    @Field(key: "reflections") var sealedReflections: String
    var reflections: String {
        get { TextSealing.open(sealedReflections) }
        set { sealedReflections = TextSealing.seal(newValue) }
    }
    @OptionalParent(key: "shared_with_id") var sharedWith: Person?
    /// The meeting the author wants to talk the journal through in, when shared with the mentor.
    @OptionalParent(key: "for_meeting_id") var forMeeting: Meeting?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $programme, $author, $sealedTitle, $sealedFacts, $sealedAccount, $sealedThoughts, $sealedReflections,
         $sharedWith, $forMeeting, $createdAt, $updatedAt]
    }

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
