extension SwedishTexts {
    func signInWithProvider(_ name: String?) -> String { name.map { "Logga in med \($0)" } ?? "Logga in med organisationens inloggning" }
    var signInWithPasswordHeading: String { "Eller logga in med e-post och lösenord" }
    var ssoUnavailable: String { "Inloggningstjänsten svarar inte just nu. Försök igen om en stund." }
    var ssoCancelled: String { "Inloggningen avbröts hos inloggningstjänsten. Inget har ändrats, och du kan börja om." }
    var ssoExpired: String { "Inloggningen tog för lång tid eller startades i ett annat fönster. Börja om med knappen nedan." }
    var ssoFailed: String { "Svaret från inloggningstjänsten kunde inte godkännas. Börja om, och kontakta din administratör om det händer igen." }
    var ssoNoEmail: String { "Inloggningstjänsten kunde inte bekräfta din e-postadress, som Godstart känner dig under. Kontakta din administratör." }
    func ssoUnknownPerson(_ email: String) -> String {
        "Du loggade in som \(email), men Godstart känner inte till den adressen. Be din administratör att lägga upp dig."
    }
    var ssoLeft: String { "Din anställning har upphört, så du kan inte längre logga in i Godstart." }
    var passwordSignInOff: String { "Din organisation loggar in med sin egen inloggning, inte med lösenord. Använd knappen ovan." }
    var signInFailedOrUseProvider: String {
        "E-postadressen eller lösenordet stämmer inte. Kontrollera båda och försök igen. Loggar din organisation in med sin egen inloggning använder du knappen ovan."
    }
    func signInTooManyAttempts(minutes: Int) -> String {
        minutes == 1 ? "För många inloggningsförsök. Vänta en minut och försök igen." : "För många inloggningsförsök. Vänta \(minutes) minuter och försök igen."
    }

    var navSignInSettings: String { "Inloggning" }
    var signInSettingsTitle: String { "Inloggning" }
    func ssoConfigured(_ issuer: String) -> String { "Single sign-on är inställt med identitetsleverantören \(issuer)." }
    var ssoNotConfigured: String {
        "Single sign-on är inte inställt (GODSTART_OIDC_ISSUER, GODSTART_OIDC_CLIENT_ID och GODSTART_OIDC_CLIENT_SECRET), så alla loggar in med lösenord."
    }
    var createPeopleLabel: String { "Lägg upp en person första gången hen loggar in" }
    var createPeopleHint: String {
        "Den som identitetsleverantören känner till men inte Godstart läggs upp med namn och e-post, utan roller. Annars nekas hen tills du lägger upp personen."
    }
    var passwordSignInLabel: String { "Tillåt inloggning med lösenord" }
    var passwordSignInHint: String { "Avstängt loggar alla in via identitetsleverantören. Utan single sign-on fungerar lösenord alltid." }
    var saveSignInSettings: String { "Spara" }
    var signInSettingsSaved: String { "Inställningarna för inloggning är sparade." }
    var signInThroughProviderFirst: String { "Logga först in via identitetsleverantören, så att du vet att det fungerar för dig – stäng sedan av lösenord." }
    func passwordsBackOnCommand(_ slug: String) -> String { "Om ingen längre kan logga in via leverantören slår driften på lösenord igen med: godstart passwords-on \(slug)" }
    var errorPasswordCommon: String { "Det lösenordet är bland de första en angripare provar. Välj ett annat – några ord som du kommer ihåg blir ett bra lösenord." }
    var errorPasswordPersonal: String { "Lösenordet får inte vara ditt namn eller din e-postadress. Välj ett annat." }
}
