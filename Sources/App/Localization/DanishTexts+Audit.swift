import GodstartCore

extension DanishTexts {
    func auditNoActor(_ kind: AuditKind) -> String {
        switch kind {
        case .signInFailed: "En, der ikke er logget ind"
        case .exported: "En integration (API-nøgle)"
        default: "Driften af Godstart"
        }
    }

    func auditWhat(_ kind: AuditKind, _ detail: AuditDetail?, _ resource: Resource?) -> String {
        let thing = resource.map(auditResource) ?? "noget"
        switch (kind, detail) {
        case (.contentRead, _): return "Læste \(thing)"
        case (.accessChanged, .shared): return "Delte \(thing)"
        case (.accessChanged, .unshared): return "Trak \(thing) tilbage"
        case (.accessChanged, .earlierMaterialShared): return "Lod den nye mentor se læringsmål og plan fra det tidligere mentorforløb"
        case (.accessChanged, .earlierMaterialUnshared): return "Lukkede den nye mentors adgang til det tidligere mentorforløb"
        case (.accessChanged, .apiTokenCreated): return "Lavede en API-nøgle"
        case (.accessChanged, .apiTokenRevoked): return "Tilbagekaldte en API-nøgle"
        case (.accessChanged, .signInSettings): return "Ændrede indstillingerne for login"
        case (.accessChanged, .passwordsSwitchedOn): return "Slog adgangskoder til igen fra serveren"
        case (.roleChanged, .madeManager): return "Gjort til leder"
        case (.roleChanged, .lastDaySet): return "Sidste arbejdsdag registreret"
        case (.roleChanged, .lastDayRemoved): return "Sidste arbejdsdag fjernet"
        case (.assignmentChanged, .registered): return "Oprettet som nyansat med kontaktperson, mentor, buddy og leder"
        case (.assignmentChanged, .newMentor): return "Valgt som ny mentor"
        case (.assignmentChanged, .mentorChanged): return "Fik en ny mentor"
        case (.assignmentChanged, .mentorshipEnded): return "Stoppede som mentor i forløbet"
        case (.assignmentChanged, .chosenWithReason): return "Valgt uden for reglerne, med en begrundelse"
        case (.exported, .retentionFile): return "Hentede tallene for fastholdelse"
        case (.exported, .calendarFile): return "Hentede et møde til kalenderen"
        case (.exported, .api): return "Læste gennem API'et: \(thing)"
        case (.signedIn, .singleSignOn): return "Loggede ind med organisationens login"
        case (.signedIn, .welcomeLink): return "Loggede ind med et link og valgte adgangskode"
        case (.signedIn, _): return "Loggede ind med adgangskode"
        case (.signInFailed, .throttled): return "Login afvist: for mange forsøg"
        case (.signInFailed, .passwordsOff): return "Login afvist: adgangskoder er slået fra"
        case (.signInFailed, .hasLeft): return "Login afvist: ansættelsen er ophørt"
        case (.signInFailed, .unknownAccount): return "Mislykket login med en e-mailadresse, som ingen i Godstart har"
        case (.signInFailed, _): return "Mislykket login: forkert adgangskode"
        case (.exported, .personalData): return "Hentede alle sine oplysninger"
        case (.accessChanged, .storagePeriod): return "Ændrede, hvor længe private tekster gemmes"
        case (.erased, .textsPurged): return "Private tekster slettet, da opbevaringsperioden udløb"
        case (.erased, .personErased): return "Personen slettet"
        case (.accessChanged, .welcomeLinkIssued): return "Lavede et velkomstlink til at vælge adgangskode"
        case (.accessChanged, .accountCreated): return "Oprettet ved første login med organisationens login"
        case (.signInFailed, .ssoRefused): return "Login med organisationens login afvist: kontoen tilhører en anden"
        default: return auditKind(kind)
        }
    }

}
