extension DanishTexts {
    func signInWithProvider(_ name: String?) -> String { name.map { "Log ind med \($0)" } ?? "Log ind med organisationens login" }
    var signInWithPasswordHeading: String { "Eller log ind med e-mail og adgangskode" }
    var ssoUnavailable: String { "Login-tjenesten svarer ikke lige nu. Prøv igen om lidt." }
    var ssoCancelled: String { "Login blev afbrudt hos login-tjenesten. Intet er ændret, og du kan begynde forfra." }
    var ssoExpired: String { "Login tog for lang tid eller blev startet i et andet vindue. Begynd forfra med knappen nedenfor." }
    var ssoFailed: String { "Svaret fra login-tjenesten kunne ikke godkendes. Begynd forfra, og kontakt din administrator, hvis det sker igen." }
    var ssoNoEmail: String { "Login-tjenesten kunne ikke bekræfte din e-mailadresse, som Godstart kender dig på. Kontakt din administrator." }
    func ssoUnknownPerson(_ email: String) -> String {
        "Du er logget ind som \(email), men Godstart kender ikke den adresse. Bed din administrator om at oprette dig."
    }
    var ssoLeft: String { "Din ansættelse er ophørt, så du kan ikke længere logge ind i Godstart." }
    var passwordSignInOff: String { "Din organisation logger ind med sit eget login, ikke med adgangskode. Brug knappen ovenfor." }
    var signInFailedOrUseProvider: String {
        "E-mail eller adgangskode er forkert. Tjek begge dele, og prøv igen. Logger din organisation ind med sit eget login, så brug knappen ovenfor."
    }
    func signInTooManyAttempts(minutes: Int) -> String {
        minutes == 1 ? "For mange forsøg på at logge ind. Vent et minut, og prøv igen." : "For mange forsøg på at logge ind. Vent \(minutes) minutter, og prøv igen."
    }

    var navSignInSettings: String { "Login" }
    var signInSettingsTitle: String { "Login" }
    func ssoConfigured(_ issuer: String) -> String { "Single sign-on er sat op med identitetsudbyderen \(issuer)." }
    var ssoNotConfigured: String {
        "Single sign-on er ikke sat op (GODSTART_OIDC_ISSUER, GODSTART_OIDC_CLIENT_ID og GODSTART_OIDC_CLIENT_SECRET), så alle logger ind med adgangskode."
    }
    var createPeopleLabel: String { "Opret en person første gang, vedkommende logger ind" }
    var createPeopleHint: String {
        "En person, som identitetsudbyderen kender, men Godstart ikke gør, oprettes med navn og e-mail og uden roller. Ellers bliver vedkommende afvist, indtil du opretter personen."
    }
    var passwordSignInLabel: String { "Tillad login med adgangskode" }
    var passwordSignInHint: String { "Slået fra logger alle ind via identitetsudbyderen. Uden single sign-on virker adgangskoder altid." }
    var saveSignInSettings: String { "Gem" }
    var signInSettingsSaved: String { "Indstillingerne for login er gemt." }
    var signInThroughProviderFirst: String { "Log først ind via identitetsudbyderen, så du ved, at det virker for dig – slå derefter adgangskoder fra." }
    func passwordsBackOnCommand(_ slug: String) -> String { "Hvis ingen længere kan logge ind via udbyderen, slår driften adgangskoder til igen med: godstart passwords-on \(slug)" }
    var errorPasswordCommon: String { "Den adgangskode er blandt de første, en angriber prøver. Vælg en anden – nogle få ord, du kan huske, er en god adgangskode." }
    var errorPasswordPersonal: String { "Adgangskoden må ikke være dit navn eller din e-mailadresse. Vælg en anden." }
}
