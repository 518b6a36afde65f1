package nl.bewijsmap.letters;

import static nl.bewijsmap.letters.Letters.draft;
import static nl.bewijsmap.letters.Letters.locale;
import static org.assertj.core.api.Assertions.assertThat;

import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Seller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a letter says follows when the seller does not solve it: the route the phase guide gives this seller. */
class LetterRouteTest {

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(textBlock = """
            NL, WEBWINKELKEUR,        UNKNOWN,             nl, 'dan vraag ik WebwinkelKeur, waarbij u bent aangesloten, om te bemiddelen en leg ik het geschil zo nodig voor aan DigiDispuut.'
            NL, THUISWINKEL_WAARBORG, UNKNOWN,             nl, dan leg ik het geschil voor aan De Geschillencommissie.
            NL, NONE,                 DIGIDISPUUT,         nl, dan leg ik het geschil voor aan DigiDispuut.
            NL, NONE,                 NONE,                nl, dan kan ik de zaak voorleggen aan de kantonrechter.
            BE, NONE,                 NONE,                nl, dan leg ik mijn klacht voor aan de Consumentenombudsdienst en zo nodig aan de vrederechter.
            NL, WEBWINKELKEUR,        UNKNOWN,             en, 'I will ask WebwinkelKeur, of which you are a member, to mediate, and if necessary submit the dispute to DigiDispuut.'
            NL, NONE,                 GESCHILLENCOMMISSIE, en, I will submit the dispute to De Geschillencommissie.
            NL, NONE,                 NONE,                en, I may bring the matter before the kantonrechter (the Dutch small claims court).
            BE, NONE,                 NONE,                en, 'I will take my complaint to the Consumentenombudsdienst (the Belgian consumer ombudsman) and, if necessary, to the vrederechter (justice of the peace).'
            """)
    void theComplaintNamesTheRouteThatFitsTheSeller(String country, Keurmerk keurmerk, DisputeBody body,
            String language, String route) {
        LetterDossier dossier = ("NL".equals(country) ? LetterDossier.nl() : LetterDossier.be())
                .keurmerk(keurmerk, body);

        String text = draft(LetterKind.COMPLAINT, dossier, locale(language)).body();

        assertThat(text).contains(route);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            nl, dan vraag ik het Europees Consumentencentrum om hulp.
            en, I will ask the European Consumer Centre for help.
            """)
    void aSellerElsewhereInTheEuGoesToTheEcc(String language, String route) {
        Seller german = new Seller("Waschwelt", "", new Address("Hauptstraße 5", "50667", "Köln", "Duitsland"), "",
                "", "", "", Keurmerk.NONE, DisputeBody.NONE);

        assertThat(draft(LetterKind.NOTICE_OF_DEFAULT, LetterDossier.nl().seller(german), locale(language)).body())
                .contains(route);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            nl, dan leg ik het geschil voor aan DigiDispuut.
            en, I will submit the dispute to DigiDispuut.
            """)
    void afterMediationTheNextStepIsDigidispuut(String language, String route) {
        LetterDossier mediated = LetterDossier.washingMachine().event(EventKind.COMPLAINT_SENT, "2026-11-01", "")
                .event(EventKind.MEDIATION_STARTED, "2026-11-18", "");

        assertThat(draft(LetterKind.NOTICE_OF_DEFAULT, mediated, locale(language)).body()).contains(route)
                .doesNotContain("WebwinkelKeur, waarbij").doesNotContain("WebwinkelKeur, of which");
    }
}
