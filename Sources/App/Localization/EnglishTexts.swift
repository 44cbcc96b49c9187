import GodstartCore

struct EnglishTexts: Texts {
    let productName = "Godstart"
    let productTagline = "Introduction and mentoring for new social workers"
    let skipToContent = "Skip to content"
    let mainNavigation = "Main menu"
    let navHome = "Home"
    let navRegisterNewHire = "Register a new hire"
    let signedInAs = "Signed in as"
    let signOut = "Sign out"
    let languageLabel = "Language"
    let changeLanguage = "Change language"
    let navMyProgramme = "My programme"
    let navMyNewcomers = "My new hires"
    let navTeam = "My team's new hires"
    let navAllProgrammes = "All programmes"
    let navPeople = "People and units"
    let planTitle = "The plan"

    let signInTitle = "Sign in"
    let signInIntro = "Sign in with your work e-mail and your password."
    let emailLabel = "E-mail"
    let passwordLabel = "Password"
    let signInButton = "Sign in"
    let signInFailed = "The e-mail or the password is not right. Check both and try again."
    let demoLoginsTitle = "Demo accounts"
    func demoLoginsIntro(password: String) -> String {
        "This is a demo. Every account below has the password \(password)."
    }
    let nameColumn = "Name"
    let roleColumn = "Role"
    let emailColumn = "E-mail"

    func role(_ role: ProgrammeRole) -> String {
        switch role {
        case .newcomer: "New hire"
        case .contactPerson: "Contact person"
        case .mentor: "Mentor"
        case .buddy: "Buddy"
        case .manager: "Manager"
        case .coordinator: "Coordinator"
        }
    }
    let adminRole = "Administrator"
    func variant(_ variant: ProgrammeVariant) -> String {
        switch variant {
        case .standard: "Standard"
        case .temporaryHire: "Temporary hire"
        case .experiencedHire: "Experienced hire"
        }
    }
    func variantHint(_ variant: ProgrammeVariant) -> String {
        switch variant {
        case .standard: "Three months of introduction, nine months of mentoring, development talk at twelve months."
        case .temporaryHire: "A lighter programme that can be extended if the person is made permanent."
        case .experiencedHire: "A shorter introduction for someone who already knows the work."
        }
    }
    func part(_ part: ProgrammeStage.Part) -> String {
        switch part {
        case .introduction: "Introduction"
        case .mentoring: "Mentoring"
        case .developmentTalk: "Development talk"
        case .finished: "Finished"
        }
    }
    func phase(_ phase: Phase) -> String {
        switch phase {
        case .preparation: "preparation"
        case .start: "start"
        case .learning: "learning"
        case .closing: "closing"
        }
    }
    func meetingKind(_ kind: MeetingKind) -> String {
        switch kind {
        case .introductionStart: "Introduction start meeting"
        case .statusMeeting: "Status meeting"
        case .introductionClosing: "Introduction closing meeting"
        case .mentoringStart: "Mentoring start meeting"
        case .dialogueMeeting: "Mentoring meeting"
        case .mentoringClosing: "Mentoring closing meeting"
        case .threePartyMeeting: "Three-party meeting"
        case .managerMentorMeeting: "Manager and mentor"
        case .developmentTalk: "Development talk"
        }
    }
    func meetingTitle(_ kind: MeetingKind, number: Int) -> String {
        switch kind {
        case .statusMeeting, .dialogueMeeting: "\(meetingKind(kind)) \(number)"
        default: meetingKind(kind)
        }
    }
    func agendaTitle(_ point: AgendaPoint) -> String {
        switch point {
        case .followUp: "Follow-up from last time"
        case .onYourMind: "What is on your mind right now"
        case .plannedTheme: "Today's theme and learning goal"
        case .takeaways: "What you take away"
        case .feedbackBothWays: "Feedback on the meeting, both ways"
        case .nextTheme: "Next theme and preparation"
        case .howIsItGoing: "How is it going"
        case .coveredSinceLastTime: "Covered since last time"
        case .comingUp: "Coming up"
        case .whatIsDifficult: "What is difficult"
        case .forTheManager: "Anything for the manager"
        case .expectations: "Expectations on both sides"
        case .firstWeeks: "The first weeks"
        case .practicalMatters: "Practical matters"
        case .learningGoalsForIntroduction: "Learning goals for the introduction"
        case .nextMeeting: "Next meeting"
        case .evaluateIntroduction: "How the introduction went"
        case .uncoveredItems: "What is not covered yet"
        case .readyForMentoring: "Moving on to mentoring"
        case .frameAndGroundRules: "Frame and ground rules"
        case .confidentiality: "Confidentiality"
        case .learningNeeds: "Learning needs"
        case .meetingsAhead: "The next meetings"
        case .lookBack: "Looking back"
        case .lookForward: "Looking ahead"
        case .chosenLearningGoals: "Learning goals the new hire chose to bring"
        case .tasksAndWorkload: "Tasks and workload"
        case .supportNeeded: "Support needed"
        case .newcomersDevelopment: "How the new hire is developing"
        }
    }
    func agendaHint(_ point: AgendaPoint) -> String {
        switch point {
        case .followUp: "How did the homework or preparation go?"
        case .onYourMind: "The mentee starts with whatever is on their mind."
        case .plannedTheme: "Work on the theme you agreed last time."
        case .takeaways: "The mentee sums up in their own words."
        case .feedbackBothWays: "What worked in the meeting, and what you would do differently."
        case .nextTheme: "Agree the next theme and anything to prepare or try before then."
        case .howIsItGoing: "Work, colleagues and how the new hire is doing."
        case .coveredSinceLastTime: "Activities and topics since the last status meeting."
        case .comingUp: "Activities and topics in the coming weeks."
        case .whatIsDifficult: "Questions, doubts and anything that takes too long."
        case .forTheManager: "Anything the manager should know or act on."
        case .expectations: "What each of you expects, and what you can offer."
        case .firstWeeks: "The schedule for the first weeks and who runs what."
        case .practicalMatters: "IT access, keys, desk, phone and systems."
        case .learningGoalsForIntroduction: "What the new hire must be able to do after the introduction."
        case .nextMeeting: "Date and what to prepare."
        case .evaluateIntroduction: "What worked, and what the workplace could do better."
        case .uncoveredItems: "Topics still to cover, and who takes them on."
        case .readyForMentoring: "Agree that the mentoring starts, and with whom."
        case .frameAndGroundRules: "How often, how long, where, without interruptions, coming prepared."
        case .confidentiality: "What is said stays between the two of you unless you agree otherwise."
        case .learningNeeds: "What the mentee wants to learn, and the mentor's role in it."
        case .meetingsAhead: "Plan at least the next two or three meetings."
        case .lookBack: "Content, learning goals, form and what came of it."
        case .lookForward: "Further development from here."
        case .chosenLearningGoals: "Only what the new hire has chosen to share."
        case .tasksAndWorkload: "The cases and tasks right now, and whether the amount is right."
        case .supportNeeded: "What the new hire needs from the manager and the mentor."
        case .newcomersDevelopment: "What the manager and the mentor see, and how they support it. Nothing said in the mentoring is passed on."
        }
    }
    func atTime(day: String, time: String) -> String { "\(day) at \(time)" }

    func welcome(name: String) -> String { "Welcome, \(name)" }
    let whereYouAreNow = "Where you are now"
    let nextMeeting = "Your next meeting"
    let noNextMeeting = "No meeting is planned."
    let yourPlan = "Your plan"
    let whoIsWho = "Who is who"
    let notAssigned = "Not chosen yet"
    let noProgrammeYet = "You have no programme in Godstart yet. Ask your coordinator."

    let statusPlanned = "Planned"
    let statusHeld = "Held"
    func heldOn(_ day: String) -> String { "Held \(day)" }
    let notMarkedAsHeld = "Not marked as held"
    let openMeeting = "Open"
    let placeLabel = "Place"
    let statusLabel = "Status"
    let placeNotSet = "Place not set"
    let timeLabel = "Time"
    let dateLabel = "Date"
    let participantsTitle = "Participants"
    let agendaTitleHeading = "Agenda and notes"
    let leadsTheMeeting = "leads the meeting"
    let saveNotes = "Save notes"
    let notesSaved = "Your notes are saved."
    let notesPrivateHint = "Only the participants of this meeting can read the notes."
    let notesNotVisible = "The notes of this meeting belong to its participants. You can see that it takes place and when."
    let noNoteWritten = "Nothing written."
    let markAsHeld = "Mark as held"
    let markedAsHeld = "The meeting is marked as held."
    let markAsNotHeld = "Mark as not held"
    let markedAsNotHeld = "The meeting is marked as not held."
    let heldFromItsDay = "You can mark the meeting as held from its day."
    let moveMeeting = "Move meeting"
    let moveMeetingTitle = "Move the meeting"
    let moveMeetingIntro = "Choose a new day, time and place. The participants see the change in their plan."
    let saveMove = "Move"
    let meetingMoved = "The meeting has been moved."
    let cancel = "Cancel"
    let backToProgramme = "Back to the programme"
    let minutesLabel = "Length in minutes"

    let yourNewcomers = "Your new hires"
    let yourRoleColumn = "Your role"
    let stageColumn = "Where they are"
    let nextMeetingColumn = "Next meeting"
    let yourNextMeetings = "Your next meetings"
    let noNewcomers = "You are not contact person, mentor or buddy for anyone right now."
    let noMeetingsAhead = "No meetings planned."
    let newcomerColumn = "New hire"
    let meetingColumn = "Meeting"
    let whenColumn = "When"

    let managerTitle = "Your new hires"
    let managerIntro = "How the programmes of your new hires are progressing. You see that meetings take place, not what is said in them."
    let unitColumn = "Unit"
    let meetingsHeldColumn = "Meetings held"
    func meetingsHeld(_ held: Int, of total: Int) -> String { "\(held) of \(total)" }
    let lastMeetingHeldColumn = "Last meeting held"
    let noMeeting = "No meeting"

    let coordinatorTitle = "All programmes"
    let coordinatorIntro = "Every programme in the organisation at a glance. You see dates and statuses, never what is said in meetings."
    let overdueColumn = "Overdue"
    func overdueMeetings(_ count: Int) -> String {
        count == 1 ? "1 meeting not marked as held" : "\(count) meetings not marked as held"
    }
    let nothingOverdue = "Nothing"
    let firstDayColumn = "First day"
    let variantColumn = "Programme"
    let noProgrammes = "No programmes yet. Register a new hire to start one."
    func programmeCount(_ count: Int) -> String { count == 1 ? "1 programme" : "\(count) programmes" }

    let adminTitle = "People and units"
    let adminIntro = "The organisation's units and the people who use Godstart."
    let unitsTitle = "Units"
    let peopleTitle = "People"
    func peopleInUnit(_ count: Int) -> String { count == 1 ? "1 person" : "\(count) people" }
    let rolesColumn = "Roles"
    let coordinatorFlag = "Coordinator"
    let managerFlag = "Manager"
    let adminFlag = "Administrator"

    func programmeTitle(name: String) -> String { "Programme for \(name)" }
    let programmeFacts = "About the programme"
    let firstDayLabel = "First day"
    let developmentTalkLabel = "Development talk"
    let buddyOnlySeesFirstWeeks = "As buddy you see the plan for the first weeks."
    let programmeCreated = "The programme has been created and the plan is ready."

    let registerTitle = "Register a new hire"
    let registerIntro = "Godstart creates the programme and a dated plan from the workplace's template. You can move meetings afterwards."
    let newcomerSection = "The new hire"
    let peopleSection = "The people around the new hire"
    let nameLabel = "Name"
    let newcomerEmailHint = "The new hire signs in with this address."
    let unitLabel = "Unit"
    let firstDayHint = "The plan starts on this day. A weekend day moves to the Monday after."
    let managerLabel = "Manager"
    let variantLabel = "Programme"
    let contactPersonLabel = "Contact person"
    let mentorLabel = "Mentor"
    let contactIsMentorLabel = "The contact person is also the mentor"
    let buddyLabel = "Buddy"
    let chooseOption = "Choose"
    let noBuddyOption = "No buddy yet"
    let registerButton = "Register and create the plan"
    let formHasErrors = "Some fields need your attention. What you typed is kept."

    let errorRequired = "Fill in this field."
    let errorEmail = "Write a whole e-mail address, like name@example.org."
    let errorEmailTaken = "Someone in Godstart already has this e-mail address."
    let errorDate = "Write a date that exists, like 3.8.2026 or 2026-08-03."
    let errorTime = "Write the time as hours and minutes, like 10:00."
    let errorUnknownChoice = "Choose one of the options."
    let errorManagerAsContact = "The manager cannot be the contact person: the new hire needs a colleague to ask openly. Choose someone else."
    let errorManagerAsMentor = "The manager cannot be the mentor: mentoring needs a room without the manager. Choose someone else."
    let errorNewcomerAsHelper = "The new hire cannot have this role in their own programme."
    let errorMentorMissing = "Choose a mentor, or tick that the contact person is also the mentor."
    let errorTooLong = "This is too long."
    func errorTooLongLimit(_ characters: Int) -> String { "Write at most \(characters) characters." }

    let notFoundTitle = "Page not found"
    let notFoundText = "We could not find that page. The address may be wrong, or the page is not one you have access to."
    let formExpiredTitle = "This form has expired"
    let typedFieldLabel = "What you wrote"
    let formExpiredText = "For your safety, forms expire when you have been away for a while or signed in again. What you wrote is below, so nothing is lost: copy it, open the page again and paste it in."
    let serverErrorTitle = "Something went wrong"
    let serverErrorText = "Godstart could not finish what you asked. Nothing you saved earlier is lost. Try again in a moment."
    let goHome = "Go to your home page"

    let invitationSection = "Sign-in for the new hire"
    let invitationButton = "Make a sign-in link"
    let invitationTitle = "Sign-in link"
    let invitationLinkLabel = "Link"
    let welcomeIntro = "Choose a password for Godstart. You sign in with your work e-mail and this password."
    let newPasswordLabel = "New password"
    let repeatPasswordLabel = "Repeat the password"
    let choosePasswordButton = "Save the password and sign in"
    let errorPasswordsDiffer = "The two passwords are not the same."
    let colleagueRole = "Colleague"
    func invitationNotYet(name: String) -> String { "\(name) has not chosen a password yet. Make a link and send it to \(name)." }
    func invitationReady(name: String) -> String { "\(name) has chosen a password and can sign in." }
    func invitationIntro(name: String, until: String) -> String { "Send this link to \(name), for example by e-mail. With it \(name) chooses a password. It works once, until \(until). A new link replaces this one." }
    func newPasswordHint(_ length: Int) -> String { "At least \(length) characters. A sentence you can remember works well." }
    func errorPasswordTooShort(_ length: Int) -> String { "The password must be at least \(length) characters." }
}
