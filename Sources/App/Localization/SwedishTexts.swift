import GodstartCore

struct SwedishTexts: Texts {
    let catalogue = Catalogue.all["sv"]!

    func meetingTitle(_ kind: MeetingKind, number: Int) -> String {
        switch kind {
        case .statusMeeting, .dialogueMeeting: "\(meetingKind(kind)) \(number)"
        default: meetingKind(kind)
        }
    }
}
