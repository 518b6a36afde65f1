package nl.bewijsmap.letters;

import static nl.bewijsmap.letters.Letters.DUTCH;
import static nl.bewijsmap.letters.Letters.ENGLISH;
import static nl.bewijsmap.letters.Letters.draft;
import static org.assertj.core.api.Assertions.assertThat;

import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.LetterKind;
import org.junit.jupiter.api.Test;

/** The withdrawal: the EU model form of Directive 2011/83/EU, Annex I(B), filled in, with one covering line. */
class WithdrawalLetterTest {

    @Test
    void theDutchModelFormIsFilledInWithOnlyWhatApplies() {
        String body = draft(LetterKind.WITHDRAWAL, LetterDossier.nl().today("2026-06-05"), DUTCH).body();

        assertThat(body).contains("""
                Modelformulier voor herroeping
                - Aan: WasDirect B.V., Industrieweg 8, 5061 KR Oisterwijk, klantenservice@wasdirect.nl
                - Ik deel u hierbij mede dat ik onze overeenkomst betreffende de verkoop van de volgende goederen \
                herroep: Wasmachine Bosch Serie 6 WGG24409NL
                - Ontvangen op: 29 mei 2026
                - Naam consument: Anne Jansen
                - Adres consument: Lindelaan 12, 3521 AB Utrecht
                - Datum: 5 juni 2026""")
                .doesNotContain("Besteld op").doesNotContain("(*)").doesNotContain("Ik/Wij").doesNotContain("goederen/");
    }

    @Test
    void theEnglishModelFormIsFilledInWithOnlyWhatApplies() {
        String body = draft(LetterKind.WITHDRAWAL, LetterDossier.nl().today("2026-06-05"), ENGLISH).body();

        assertThat(body).contains("""
                Model withdrawal form
                - To: WasDirect B.V., Industrieweg 8, 5061 KR Oisterwijk, klantenservice@wasdirect.nl
                - I hereby give notice that I withdraw from my contract of sale of the following goods: \
                Wasmachine Bosch Serie 6 WGG24409NL
                - Received on: 29 May 2026
                - Name of consumer: Anne Jansen
                - Address of consumer: Lindelaan 12, 3521 AB Utrecht
                - Date: 5 June 2026""")
                .doesNotContain("Ordered on").doesNotContain("Delete as appropriate");
    }

    @Test
    void goodsNotYetReceivedAreWithdrawnByTheirOrderDate() {
        String body = draft(LetterKind.WITHDRAWAL, LetterDossier.nl().delivered(null).discovered(null)
                .today("2026-05-27"), DUTCH).body();

        assertThat(body).contains("- Besteld op: 26 mei 2026").doesNotContain("Ontvangen op")
                .doesNotContain("Ik stuur het product");
    }

    @Test
    void theCoveringLineAsksForTheRefundWithinTheTermToTheIbanWhenKnown() {
        String withIban = draft(LetterKind.WITHDRAWAL, LetterDossier.nl().today("2026-06-05"), DUTCH).body();
        ConsumerProfile noIban = new ConsumerProfile("Anne Jansen",
                new Address("Lindelaan 12", "3521 AB", "Utrecht", ""), "", "", "");
        String without = draft(LetterKind.WITHDRAWAL, LetterDossier.nl().consumer(noIban).today("2026-06-05"),
                ENGLISH).body();

        assertThat(withIban).contains("Hierbij herroep ik de overeenkomst met bestelnummer WD-2026-48213.")
                .contains("binnen 14 dagen terug te betalen (art. 13 van Richtlijn 2011/83/EU) op rekening "
                        + "NL91 ABNA 0417 1643 00 ten name van Anne Jansen.");
        assertThat(without).contains("within 14 days (Article 13 of Directive 2011/83/EU).")
                .doesNotContain("account");
    }
}
