import Vapor

func routes(_ app: Application) throws {
    app.get(SiteURL.stylesheet.pathComponents) { _ in Stylesheet.response() }

    app.get(SiteURL.root.pathComponents, use: HomeController.root)
    app.get(SiteURL.signIn.pathComponents, use: SignInController.show)
    app.post(SiteURL.signIn.pathComponents, use: SignInController.signIn)
    app.post(SiteURL.signOut.pathComponents, use: SignInController.signOut)
    app.post(SiteURL.language.pathComponents, use: LanguageController.choose)

    app.get(SiteURL.welcome(nil).pathComponents, use: InvitationController.show)
    app.post(SiteURL.welcome(nil).pathComponents, use: InvitationController.choosePassword)

    let signedIn = app.grouped(RequireSignedInMiddleware())
    signedIn.get(SiteURL.myProgramme.pathComponents, use: HomeController.newcomer)
    signedIn.get(SiteURL.myNewcomers.pathComponents, use: HomeController.companion)
    signedIn.get(SiteURL.team.pathComponents, use: HomeController.manager)
    signedIn.get(SiteURL.programmes.pathComponents, use: HomeController.coordinator)
    signedIn.get(SiteURL.people.pathComponents, use: HomeController.admin)

    signedIn.get(SiteURL.newProgramme.pathComponents, use: RegisterNewHireController.show)
    signedIn.post(SiteURL.programmes.pathComponents, use: RegisterNewHireController.register)
    signedIn.get(SiteURL.programme(nil).pathComponents, use: ProgrammeController.show)
    signedIn.post(SiteURL.programmeInvitation(nil).pathComponents, use: InvitationController.create)

    signedIn.get(SiteURL.logbook.pathComponents, use: LogbookController.list)
    signedIn.get(SiteURL.newLogbookEntry.pathComponents, use: LogbookController.new)
    signedIn.post(SiteURL.logbook.pathComponents, use: LogbookController.create)
    signedIn.get(SiteURL.logbookEntry(nil).pathComponents, use: LogbookController.show)
    signedIn.post(SiteURL.logbookEntry(nil).pathComponents, use: LogbookController.update)
    signedIn.post(SiteURL.logbookEntrySharing(nil).pathComponents, use: LogbookController.share)

    signedIn.get(SiteURL.journals.pathComponents, use: JournalController.list)
    signedIn.get(SiteURL.newJournal.pathComponents, use: JournalController.new)
    signedIn.post(SiteURL.journals.pathComponents, use: JournalController.create)
    signedIn.get(SiteURL.journal(nil).pathComponents, use: JournalController.show)
    signedIn.post(SiteURL.journal(nil).pathComponents, use: JournalController.update)
    signedIn.post(SiteURL.journalSharing(nil).pathComponents, use: JournalController.share)
    signedIn.get(SiteURL.sharedWithMe.pathComponents, use: SharedWithMeController.list)
    signedIn.get(SiteURL.preparation(nil).pathComponents, use: PreparationController.show)
    signedIn.post(SiteURL.preparation(nil).pathComponents, use: PreparationController.save)
    signedIn.post(SiteURL.preparationSharing(nil).pathComponents, use: PreparationController.share)
    signedIn.get(SiteURL.agreement(nil).pathComponents, use: AgreementController.show)
    signedIn.post(SiteURL.agreement(nil).pathComponents, use: AgreementController.save)
    signedIn.post(SiteURL.agreementConfirmation(nil).pathComponents, use: AgreementController.confirm)
    signedIn.get(SiteURL.agreementVersion(nil).pathComponents, use: AgreementController.version)

    signedIn.get(SiteURL.meeting(nil).pathComponents, use: MeetingController.show)
    signedIn.post(SiteURL.meetingNotes(nil).pathComponents, use: MeetingController.saveNotes)
    signedIn.post(SiteURL.meetingHeld(nil).pathComponents, use: MeetingController.markHeld)
    signedIn.get(SiteURL.meetingMove(nil).pathComponents, use: MeetingController.showMove)
    signedIn.post(SiteURL.meetingMove(nil).pathComponents, use: MeetingController.move)
    signedIn.post(SiteURL.meetingCancel(nil).pathComponents, use: MeetingController.cancel)
    signedIn.get(SiteURL.newMeeting(nil).pathComponents, use: PlanMeetingController.show)
    signedIn.post(SiteURL.newMeeting(nil).pathComponents, use: PlanMeetingController.plan)
}
