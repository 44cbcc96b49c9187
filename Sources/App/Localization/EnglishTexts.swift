import GodstartCore

struct EnglishTexts: Texts {
    let catalogue = Catalogue.all["en"]!

    func meetingTitle(_ kind: MeetingKind, number: Int) -> String {
        switch kind {
        case .statusMeeting, .dialogueMeeting: "\(meetingKind(kind)) \(number)"
        default: meetingKind(kind)
        }
    }
}
