import Foundation
import GodstartCore

/// The texts put together from several of the catalogues' texts: which text a case, a missing name
/// or a number takes, and lists in the reader's language. Only the choosing is written here; every
/// word is in the catalogues (Sources/App/Catalogues).
extension Texts {
    /// The reader's locale, for numbers, lists and the names of days.
    public var locale: Locale { catalogue.locale }

    public func meetingTitle(_ kind: MeetingKind, number: Int) -> String {
        switch kind {
        case .statusMeeting, .dialogueMeeting: "\(meetingKind(kind)) \(number)"
        default: meetingKind(kind)
        }
    }

    func closedDayName(_ name: ClosedDayName) -> String {
        switch name {
        case .holiday(let holiday): holidayName(holiday)
        case .own(let own): own
        }
    }

    /// "mandag": the day of an ISO weekday, 1 for Monday to 7 for Sunday, as the locale names it.
    public func weekdayName(_ isoWeekday: Int) -> String {
        locale.calendarForNames.weekdaySymbols[max(1, min(7, isoWeekday)) % 7]
    }

    /// "A, B eller C": people or roles to choose between.
    func alternatives(_ items: [String]) -> String {
        items.formatted(.list(type: .or).locale(locale))
    }

    // Choosing people

    public func suggestionReason(_ reason: SuggestionReason) -> String {
        switch reason {
        case .freeCapacity(let count): suggestionFreeCapacity(count)
        case .sharedArea(let area): suggestionSharedArea(area: area)
        case .atCapacity, .willing, .notWilling, .trainedAsMentor, .sameUnit, .otherUnit: suggestionReasonText(reason) ?? ""
        }
    }

    /// The reason is missing or shorter than `minimum` characters; `why` lists what needs it.
    public func errorReasonNeeded(_ why: [String], minimum: Int) -> String {
        errorReasonNeededSentence(why: why.joined(separator: "; "), minimum: minimum)
    }

    public func intakeOpenPlace(_ open: IntakeAssignment.OpenPlace, role: String, names: [String]) -> String {
        intakeOpenPlaceSentence(open, role: role, names: names.joined(separator: ", "))
    }

    /// What would fill the open places: raising these people's capacity.
    public func intakeHelpRaise(_ names: [String]) -> String {
        intakeHelpRaiseSentence(names: alternatives(names))
    }

    // The audit log

    /// Who acted when no person did: nobody signed in, the server, an integration.
    public func auditNoActor(_ kind: AuditKind) -> String {
        switch kind {
        case .signInFailed, .exported: auditNoActorText(kind) ?? auditNoActorOperations
        default: auditNoActorOperations
        }
    }

    /// What happened, as a short sentence without the actor ("Read a logbook entry").
    public func auditWhat(_ kind: AuditKind, _ detail: AuditDetail?, _ resource: Resource?) -> String {
        let thing = resource.map(auditResource) ?? auditSomething
        switch (kind, detail) {
        case (.contentRead, _):
            return auditRead(thing: thing)
        case (.accessChanged, .shared),
             (.accessChanged, .unshared),
             (.accessChanged, .earlierMaterialShared),
             (.accessChanged, .earlierMaterialUnshared),
             (.accessChanged, .apiTokenCreated),
             (.accessChanged, .apiTokenRevoked),
             (.accessChanged, .signInSettings),
             (.accessChanged, .passwordsSwitchedOn),
             (.roleChanged, .madeManager),
             (.roleChanged, .lastDaySet),
             (.roleChanged, .lastDayRemoved),
             (.assignmentChanged, .registered),
             (.assignmentChanged, .newMentor),
             (.assignmentChanged, .mentorChanged),
             (.assignmentChanged, .mentorshipEnded),
             (.assignmentChanged, .chosenWithReason),
             (.exported, .retentionFile),
             (.exported, .calendarFile),
             (.exported, .api),
             (.signedIn, .singleSignOn),
             (.signedIn, .welcomeLink),
             (.signInFailed, .throttled),
             (.signInFailed, .passwordsOff),
             (.signInFailed, .hasLeft),
             (.signInFailed, .unknownAccount),
             (.exported, .personalData),
             (.accessChanged, .storagePeriod),
             (.erased, .textsPurged),
             (.erased, .personErased),
             (.accessChanged, .welcomeLinkIssued),
             (.accessChanged, .accountCreated),
             (.signInFailed, .ssoRefused):
            return detail.flatMap { auditDetailWhat($0, thing: thing) } ?? auditKind(kind)
        case (.signedIn, _):
            return auditSignedInWithPassword
        case (.signInFailed, _):
            return auditSignInWrongPassword
        default:
            return auditKind(kind)
        }
    }

    // Storage and rights

    /// "Idas forløb", "Jonas' forløb".
    public func archiveProgrammeOf(_ newcomer: String) -> String {
        newcomer.hasSuffix("s") || newcomer.hasSuffix("x") || newcomer.hasSuffix("z")
            ? archiveProgrammeOfNameEndingInS(newcomer) : archiveProgrammeOfName(newcomer)
    }

    public func storageMonths(_ months: Int) -> String {
        months % 12 == 0 ? yearCount(months / 12) : monthCount(months)
    }

    // The coordinator's desk

    public func employmentsShown(shown: Int, total: Int) -> String {
        shown == total ? employmentsShownAll(total) : employmentsShownNewest(shown: shown, total: total)
    }

    public func employmentsImported(created: Int, updated: Int) -> String {
        employmentsImportedSentence(created: importCountNew(created), updated: importCountChanged(updated))
    }

    public func importPreviewSummary(created: Int, updated: Int, unchanged: Int, problems: Int) -> String {
        importPreviewSummarySentence(
            created: importCountNew(created), updated: importCountChanged(updated),
            unchanged: importCountUnchanged(unchanged), problems: importCountLines(problems)
        )
    }

    public func importProblem(_ problem: ImportProblem) -> String {
        let reason = switch problem.reason {
        case .empty, .missingReference, .endBeforeStart: importProblemReason(problem.reason) ?? ""
        case .missingColumn(let column): importProblemMissingColumn(column: importColumnName(column))
        case .wrongFieldCount(let expected, let found): importProblemWrongFieldCount(found: found, expected: expected)
        case .referenceTooLong: importProblemReferenceTooLong(maximum: EmploymentImport.maximumReferenceLength)
        case .badDate(let column, let value): importProblemBadDate(column: importColumnName(column), value: value)
        case .emptyDate(let column): importProblemEmptyDate(column: importColumnName(column))
        case .unknownUnit(let unit): importProblemUnknownUnit(unit: unit)
        case .repeated(let first): importProblemRepeated(first: first)
        }
        return importProblemLine(line: problem.line, reason: reason)
    }

    public func importChange(_ change: EmploymentImport.Change) -> String {
        switch change {
        case .create, .unchanged: importChangeText(change) ?? ""
        case .update(let endWas): endWas == nil ? importChangeGetsLastDay : importChangeChanged
        }
    }

    public func staffProblem(_ problem: StaffProblem) -> String {
        let place = problem.field.map { staffProblemPlaceField(line: problem.line, field: staffField($0)) } ?? staffProblemPlace(line: problem.line)
        let reason = switch problem.reason {
        case .empty, .columnNotChosen, .missing, .endBeforeStart, .elsewhere, .endsAnAdministrator: staffProblemReason(problem.reason) ?? ""
        case .tooManyLines: staffProblemTooManyLines(maximum: StaffImport.maximumLines)
        case .columnNotInFile(let column): staffProblemColumnNotInFile(column: column)
        case .wrongFieldCount(let expected, let found): staffProblemWrongFieldCount(found: found, expected: expected)
        case .notAnEmail(let text): staffProblemNotAnEmail(text: text)
        case .tooLong: staffProblemTooLong(maximum: StaffImport.maximumLength)
        case .badDate(let text): staffProblemBadDate(text: text)
        case .repeated(let first): staffProblemRepeated(first: first)
        case .unknownManager(let email): staffProblemUnknownManager(email: email)
        case .columnTwice(let column): staffProblemColumnTwice(column: column)
        }
        return staffProblemSentence(place: place, reason: reason)
    }

    public func staffImported(created: Int, updated: Int, ended: Int) -> String {
        staffImportedSentence(created: staffCountNew(created), updated: staffCountUpdated(updated), ended: ended)
    }

    // Evaluations

    /// A question in the new hire's words, or (`forMentor`) in the mentor's or the contact person's.
    public func evaluationQuestion(_ question: EvaluationQuestion, forMentor: Bool) -> String {
        (forMentor ? evaluationQuestionForMentorOrContactPerson(question) : nil) ?? evaluationQuestionForNewHire(question)
    }

    public func introductionQuestion(_ question: EvaluationQuestion, byContactPerson: Bool) -> String {
        evaluationQuestion(question, forMentor: byContactPerson)
    }

    /// "3 · Nyttigt": the answer to a rating from 1 to 5.
    public func ratingValue(_ value: Int) -> String {
        ratingValues[(1...4).contains(value) ? value - 1 : 4]
    }

    public func answersCounted(_ counted: Int, waiting: Int) -> String {
        waiting == 0 ? String(counted) : answersCountedWaiting(counted: counted, waiting: waiting)
    }

    /// "3,5": an average of ratings with one decimal, as the locale writes it.
    public func averageRating(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(1)).rounded(rule: .toNearestOrAwayFromZero).locale(locale))
    }

    /// How many rated 1, 2, ... 5: "1: 0 · 2: 1 · 3: 4".
    public func ratingDistribution(_ counts: [Int]) -> String {
        counts.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: " · ")
    }

    public func adviceFrom(_ kind: EvaluationKind, date: String) -> String {
        adviceFromSentence(kind: evaluationKind(kind), date: date)
    }

    // Gatherings

    public func gatheringInvited(_ count: Int) -> String {
        count == 0 ? gatheringInvitedNobodyNew : gatheringInvitedMore(count)
    }

    /// "1 time", "90 minutter".
    public func minutesText(_ minutes: Int) -> String {
        minutes % 60 == 0 ? hourCount(minutes / 60) : minuteCount(minutes)
    }

    public func inviteAgainHint(_ kind: GatheringKind) -> String {
        inviteAgainHintSentence(roles: alternatives(kind.invites.map { role($0).lowercased() }))
    }

    public func groupEvaluationAnswers(_ count: Int, minimum: Int) -> String {
        count >= minimum ? groupAnswersShown(count) : groupAnswersHidden(count, minimum: minimum)
    }

    // The introduction's checklist, goals and plans

    /// "Before the first day", "Week 1", "Weeks 2-4".
    public func checklistWeeks(from: Int, to: Int) -> String {
        if to <= 0 { return checklistBeforeFirstDay }
        if from <= 0 { return checklistFromBeforeFirstDay(to: to) }
        return from == to ? checklistWeek(from) : checklistWeekRange(from: from, to: to)
    }

    public func goalCounts(total: Int, inProgress: Int, reached: Int) -> String {
        total == 0 ? goalCountsNone : goalCountsSummary(reached: reached, total: total, inProgress: inProgress)
    }

    public func templateSummary(introductionMonths: Int, mentoringMonths: Int, items: Int) -> String {
        templateSummarySentence(
            introduction: monthCount(introductionMonths), mentoring: monthCount(mentoringMonths), items: checklistItemCount(items)
        )
    }

    public func errorTemplateItem(_ problem: TemplateItemRules.Problem) -> String {
        errorTemplateItemText(problem, lastWeek: TemplateItemRules.lastWeek)
    }

    public func errorTemplateActivity(_ problem: TemplateActivityRules.Problem) -> String {
        errorTemplateActivityText(problem, lastWeek: TemplateItemRules.lastWeek)
    }

    public func developmentTalkDue(inDays days: Int) -> String {
        days > 0 ? developmentTalkIn(days: days) : days == 0 ? developmentTalkToday : developmentTalkOverdue(days: -days)
    }

    // Mail and sign-in

    public func mailChecklistBody(item: String, newcomer: String?, closes: String) -> String {
        newcomer.map { mailChecklistBodyFor(item: item, newcomer: $0, closes: closes) } ?? mailChecklistBodyOwn(item: item, closes: closes)
    }

    public func mailEvaluationBody(_ evaluation: String, newcomer: String?) -> String {
        newcomer.map { mailEvaluationBodyFor(evaluation, newcomer: $0) } ?? mailEvaluationBodyOwn(evaluation)
    }

    /// A mail's state as the outbox stores it: waiting, failed or sent.
    public func outboxState(_ state: String) -> String {
        switch state {
        case "waiting": outboxStateWaiting
        case "failed": outboxStateFailed
        case "sent": outboxStateSent
        default: state
        }
    }

    public func outboxWaiting(attempts: Int, next: String) -> String {
        attempts == 0 ? outboxStateWaiting : outboxWaitingRetry(attempts: attempts, next: next)
    }

    public func signInWithProvider(_ name: String?) -> String {
        name.map(signInWithProviderNamed) ?? signInWithOrganisationsLogin
    }
}

extension Locale {
    /// A Gregorian calendar that names days and months in this locale.
    var calendarForNames: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.locale = self
        return calendar
    }
}
