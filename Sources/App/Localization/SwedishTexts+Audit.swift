import GodstartCore

extension SwedishTexts {
    func auditNoActor(_ kind: AuditKind) -> String {
        switch kind {
        case .signInFailed: "Någon som inte är inloggad"
        case .exported: "En integration (API-nyckel)"
        default: "Driften av Godstart"
        }
    }

    func auditWhat(_ kind: AuditKind, _ detail: AuditDetail?, _ resource: Resource?) -> String {
        let thing = resource.map(auditResource) ?? "något"
        switch (kind, detail) {
        case (.contentRead, _): return "Läste \(thing)"
        case (.accessChanged, .shared): return "Delade \(thing)"
        case (.accessChanged, .unshared): return "Tog tillbaka \(thing)"
        case (.accessChanged, .earlierMaterialShared): return "Lät den nya mentorn se lärandemål och plan från det tidigare mentorsprogrammet"
        case (.accessChanged, .earlierMaterialUnshared): return "Stängde den nya mentorns åtkomst till det tidigare mentorsprogrammet"
        case (.accessChanged, .apiTokenCreated): return "Skapade en API-nyckel"
        case (.accessChanged, .apiTokenRevoked): return "Återkallade en API-nyckel"
        case (.accessChanged, .signInSettings): return "Ändrade inställningarna för inloggning"
        case (.accessChanged, .passwordsSwitchedOn): return "Slog på lösenord igen från servern"
        case (.roleChanged, .madeManager): return "Gjord till chef"
        case (.roleChanged, .lastDaySet): return "Sista arbetsdag registrerad"
        case (.roleChanged, .lastDayRemoved): return "Sista arbetsdag borttagen"
        case (.assignmentChanged, .registered): return "Registrerad som nyanställd med kontaktperson, mentor, fadder och chef"
        case (.assignmentChanged, .newMentor): return "Vald som ny mentor"
        case (.assignmentChanged, .mentorChanged): return "Fick en ny mentor"
        case (.assignmentChanged, .mentorshipEnded): return "Slutade som mentor i programmet"
        case (.assignmentChanged, .chosenWithReason): return "Vald utanför reglerna, med en motivering"
        case (.exported, .retentionFile): return "Laddade ner siffrorna för kvarstannande"
        case (.exported, .calendarFile): return "Laddade ner ett möte till kalendern"
        case (.exported, .api): return "Läste via API:et: \(thing)"
        case (.signedIn, .singleSignOn): return "Loggade in med organisationens inloggning"
        case (.signedIn, .welcomeLink): return "Loggade in med en inloggningslänk och valde lösenord"
        case (.signedIn, _): return "Loggade in med lösenord"
        case (.signInFailed, .throttled): return "Inloggning nekad: för många försök"
        case (.signInFailed, .passwordsOff): return "Inloggning nekad: lösenord är avstängda"
        case (.signInFailed, .hasLeft): return "Inloggning nekad: anställningen har upphört"
        case (.signInFailed, .unknownAccount): return "Misslyckad inloggning med en e-postadress som ingen i Godstart har"
        case (.signInFailed, _): return "Misslyckad inloggning: fel lösenord"
        case (.exported, .personalData): return "Laddade ner alla sina uppgifter"
        case (.accessChanged, .storagePeriod): return "Ändrade hur länge privata texter sparas"
        case (.erased, .textsPurged): return "Privata texter gallrade när lagringstiden gick ut"
        case (.erased, .personErased): return "Personen raderad"
        case (.accessChanged, .welcomeLinkIssued): return "Skapade en välkomstlänk för att välja lösenord"
        case (.accessChanged, .accountCreated): return "Skapad vid första inloggningen via organisationens inloggning"
        case (.signInFailed, .ssoRefused): return "Inloggning via organisationens inloggning nekad: kontot tillhör någon annan"
        default: return auditKind(kind)
        }
    }

}
