import GodstartCore

extension SwedishTexts {
    var fromIntroductionMarker: String { "från introduktionen" }
    func checklistItemAsGoal(_ item: DefaultChecklistItem) -> String {
        switch item {
        case .itAccess: "Har de behörigheter arbetet kräver, även till verksamhetssystemet"
        case .deskPhoneKeys: "Har en arbetsplats och den utrustning arbetet kräver"
        case .welcomeLetter: "Har överblick över programmet och vet vad som ska hända när"
        case .teamInformed: "Är känd i teamet och vet vem som kan hjälpa till med vad"
        case .welcomeOnDayOne: "Känner till chefens förväntningar och ramarna för arbetet"
        case .tourOfWorkplace: "Hittar på arbetsplatsen och vet var saker finns"
        case .lunchInWeekOne: "Känner sig hemma bland kollegorna"
        case .introduceToTeam: "Känner kollegorna i teamet och i de närmaste teamen"
        case .inviteToSocialEvents: "Deltar i arbetsplatsträffar och sociala aktiviteter"
        case .introductionGoalsAgreed: "Vet vad som ska läras och har kommit överens om konkreta lärandemål"
        case .caseSystem: "Kan använda verksamhetssystemet och dokumentera självständigt"
        case .shadowing: "Har gått bredvid erfarna kollegor vid möten med klienter och lärt av det"
        case .legislationAndGuidelines: "Känner till lagstiftningen och de lokala riktlinjerna för arbetet"
        case .meetKnowledgePersons: "Känner kunskapspersonerna för system, lagstiftning och metoder"
        case .partnersVisited: "Känner de närmaste samarbetspartnerna i andra yrkesgrupper"
        case .firstOwnCases: "Kan handlägga egna ärenden, med en kollega att bolla med vid behov"
        }
    }
}
