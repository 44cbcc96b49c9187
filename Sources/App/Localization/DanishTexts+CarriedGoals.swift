import GodstartCore

extension DanishTexts {
    var fromIntroductionMarker: String { "fra introduktionen" }
    func checklistItemAsGoal(_ item: DefaultChecklistItem) -> String {
        switch item {
        case .itAccess: "Har de IT-adgange, arbejdet kræver, også til fagsystemet"
        case .deskPhoneKeys: "Har en arbejdsplads og det udstyr, arbejdet kræver"
        case .welcomeLetter: "Har overblik over forløbet og ved, hvad der skal ske hvornår"
        case .teamInformed: "Er kendt i teamet og ved, hvem der kan hjælpe med hvad"
        case .welcomeOnDayOne: "Kender lederens forventninger og rammerne for arbejdet"
        case .tourOfWorkplace: "Kan finde rundt på arbejdspladsen og ved, hvor tingene er"
        case .lunchInWeekOne: "Er faldet godt til blandt kollegerne"
        case .introduceToTeam: "Kender kollegerne i teamet og i teamene ved siden af"
        case .inviteToSocialEvents: "Er med til personalemøder og sociale arrangementer"
        case .introductionGoalsAgreed: "Ved, hvad der skal læres, og har aftalt konkrete læringsmål"
        case .caseSystem: "Kan bruge fagsystemet og journalføre selvstændigt"
        case .shadowing: "Har fulgt erfarne kolleger til møder med borgere og lært af det"
        case .legislationAndGuidelines: "Kender lovgivningen og de lokale retningslinjer for arbejdet"
        case .meetKnowledgePersons: "Kender videnspersonerne for systemer, lovgivning og metoder"
        case .partnersVisited: "Kender de nærmeste samarbejdspartnere i andre faggrupper"
        case .firstOwnCases: "Kan føre egne sager, med sparring efter behov"
        }
    }
}
