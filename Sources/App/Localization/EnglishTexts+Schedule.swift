import GodstartCore

extension EnglishTexts {
    var scheduleTitle: String { "Schedule" }
    var scheduleIntro: String {
        "The introduction's activities: shadowing, side-by-side training, courses and meetings, with who runs them and what they are for."
    }
    func activityKind(_ kind: ActivityKind) -> String {
        switch kind {
        case .shadowing: "Shadowing"
        case .sideBySideTraining: "Side-by-side training"
        case .course: "Course"
        case .meeting: "Meeting"
        case .other: "Other"
        }
    }
    func weekStarting(date: String) -> String { "Week starting \(date)" }
    var previousWeek: String { "Previous week" }
    var nextWeek: String { "Next week" }
    var noActivitiesThisWeek: String { "Nothing planned this week." }
    var allActivities: String { "All activities" }
    var noActivitiesYet: String { "No activities planned yet." }
    var addActivityHeading: String { "Add an activity" }
    var activityKindLabel: String { "Kind" }
    var activityTitleLabel: String { "What" }
    var runByLabel: String { "Run by" }
    var runByHint: String { "Often a knowledge person: the colleague who knows the system, the law or the method." }
    var noOneInParticular: String { "No one in particular" }
    var activityGoalLabel: String { "The learning goal it serves" }
    var addActivityButton: String { "Add the activity" }
    var activityAdded: String { "The activity is added to the schedule." }
    var activityRemoved: String { "The activity is removed from the schedule." }
    var removeActivity: String { "Remove" }
    func errorActivityOutsideIntroduction(from: String, to: String) -> String {
        "The activity must lie within the introduction, from \(from) to \(to)."
    }
    var errorActivityTitleMissing: String { "Write what the activity is." }
    var errorMinutes: String { "Write the length in minutes, from 15 to 480." }
    var errorUnknownPerson: String { "Choose a person from the list." }
    var myActivitiesTitle: String { "Activities you run" }
    var myActivitiesIntro: String { "Activities in new colleagues' introductions where you are the one who shows, trains or teaches." }
    var noActivitiesToRun: String { "You run no activities in the coming time." }
    var openSchedule: String { "Schedule" }
    func activityRunBy(name: String) -> String { "with \(name)" }
    func activityFor(name: String) -> String { "for \(name)" }
    func activityServes(goal: String) -> String { "Learning goal: \(goal)" }
    var navMyActivities: String { "My activities" }
    // Knowledge persons
    var knowledgeTitle: String { "Who to ask about what" }
    var knowledgeIntro: String { "The colleagues who know a system, a law or a method well, and are glad to be asked." }
    func knowledgeKind(_ kind: KnowledgeKind) -> String {
        switch kind {
        case .system: "Systems"
        case .legislation: "Legislation"
        case .method: "Methods"
        case .other: "Other"
        }
    }
    var knowledgeSearchLabel: String { "Search by area or name" }
    var knowledgeSearchButton: String { "Search" }
    func noKnowledgeMatches(query: String) -> String { "No one matches “\(query)”." }
    var noKnowledgePersonsYet: String { "No knowledge persons yet." }
    var addKnowledgeHeading: String { "Add a knowledge person" }
    var knowledgePersonLabel: String { "Colleague" }
    var knowledgeAreaLabel: String { "Area" }
    var knowledgeAreaHint: String { "For example “DUBU”, “The Social Services Act § 50” or “Signs of Safety”." }
    var knowledgeKindLabel: String { "Kind" }
    var addKnowledgeButton: String { "Add" }
    var knowledgeAdded: String { "The knowledge person is added." }
    var knowledgeRemoved: String { "The area is removed." }
    var removeKnowledge: String { "Remove" }
    var errorAreaMissing: String { "Write the area." }
    var navKnowledge: String { "Who to ask" }
}
