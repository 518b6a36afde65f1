package nl.bewijsmap.letters;

import static nl.bewijsmap.letters.Letters.DUTCH;
import static nl.bewijsmap.letters.Letters.ENGLISH;
import static nl.bewijsmap.letters.Letters.draft;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Seller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The address blocks, place and date around the body, as they go in a window envelope. */
class LetterAddressTest {

    @Test
    void aLetterToTheSellerGoesToItsLegalNameForCustomerService() {
        Letter letter = draft(LetterKind.COMPLAINT, LetterDossier.nl(), DUTCH);

        assertThat(letter.senderLines()).containsExactly("Anne Jansen", "Lindelaan 12", "3521 AB Utrecht");
        assertThat(letter.recipientLines()).containsExactly("WasDirect B.V.", "t.a.v. de klantenservice",
                "Industrieweg 8", "5061 KR Oisterwijk");
        assertThat(letter.place()).isEqualTo("Utrecht");
        assertThat(letter.recipient()).isEqualTo(Recipient.SELLER);
        assertThat(draft(LetterKind.COMPLAINT, LetterDossier.nl(), ENGLISH).recipientLines())
                .contains("Attn: Customer service");
    }

    @Test
    void withoutALegalNameTheTradeNameIsUsed() {
        Seller shop = new Seller("Fietsenwinkel De Spaak", "", new Address("Dorpsstraat 1", "1111 AA", "Ergens", ""),
                "", "", "", "", Keurmerk.NONE, DisputeBody.NONE);

        Letter letter = draft(LetterKind.COMPLAINT, LetterDossier.nl().seller(shop), DUTCH);

        assertThat(letter.recipientLines().get(0)).isEqualTo("Fietsenwinkel De Spaak");
        assertThat(letter.body()).doesNotContain("()");
    }

    @ParameterizedTest(name = "consumer in \"{0}\", seller in \"{1}\"")
    @CsvSource(textBlock = """
            '',          '',          '',          ''
            Nederland,   NL,          '',          ''
            Nederland,   Duitsland,   Nederland,   Duitsland
            '',          Germany,     Nederland,   Germany
            België,      '',          België,      ''
            """)
    void aCountryIsPrintedOnlyWhenTheLetterCrossesABorder(String consumerCountry, String sellerCountry,
            String senderCountry, String recipientCountry) {
        ConsumerProfile consumer = new ConsumerProfile("Anne Jansen",
                new Address("Lindelaan 12", "3521 AB", "Utrecht", consumerCountry), "", "", "");
        Seller seller = new Seller("Waschwelt", "Waschwelt GmbH", new Address("Hauptstraße 5", "50667", "Köln",
                sellerCountry), "", "", "", "", Keurmerk.NONE, DisputeBody.NONE);

        Letter letter = draft(LetterKind.COMPLAINT, LetterDossier.nl().consumer(consumer).seller(seller), DUTCH);

        assertThat(letter.senderLines()).hasSize(senderCountry.isEmpty() ? 3 : 4);
        assertThat(letter.recipientLines()).hasSize(recipientCountry.isEmpty() ? 4 : 5);
        if (!senderCountry.isEmpty()) {
            assertThat(letter.senderLines().get(3)).isEqualTo(senderCountry);
        }
        if (!recipientCountry.isEmpty()) {
            assertThat(letter.recipientLines().get(4)).isEqualTo(recipientCountry);
        }
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource(textBlock = """
            KEURMERK,            WEBWINKELKEUR,        WebwinkelKeur
            KEURMERK,            THUISWINKEL_WAARBORG, Thuiswinkel.org
            KEURMERK,            OTHER,                [naam van het keurmerk]
            GESCHILLENCOMMISSIE, THUISWINKEL_WAARBORG, De Geschillencommissie
            DIGIDISPUUT,         WEBWINKELKEUR,        DigiDispuut
            """)
    void aCoverLetterToADisputeBodyCarriesItsName(Recipient recipient, Keurmerk keurmerk, String name) {
        LetterDossier dossier = LetterDossier.nl().keurmerk(keurmerk, DisputeBody.UNKNOWN);

        Letter letter = draft(LetterKind.COVER_LETTER, recipient, dossier, DUTCH);

        // No postal address was confirmed from the bodies' own sites (recipients.json): the name alone.
        assertThat(letter.recipientLines()).containsExactly(name);
        assertThat(letter.recipient()).isEqualTo(recipient);
        assertThat(letter.senderLines()).containsExactly("Anne Jansen", "Lindelaan 12", "3521 AB Utrecht");
    }

    @Test
    void aCoverLetterSaysWhoTheConsumerIsAndWhatThePackageHolds() {
        String body = draft(LetterKind.COVER_LETTER, Recipient.KEURMERK, LetterDossier.washingMachine(), DUTCH)
                .body();

        assertThat(body).contains("Mijn naam is Anne Jansen en ik woon in Utrecht. Ik leg u een "
                + "geschil voor met WasDirect.nl (WasDirect B.V.), een webwinkel die bij u is aangesloten.")
                .contains("Ik vraag u te bemiddelen, zodat WasDirect.nl alsnog bereid is het product kosteloos te "
                        + "vervangen")
                .contains("Het bijgevoegde pakket bevat een samenvatting van het geschil, een chronologisch overzicht")
                .contains("U kunt mij bereiken via anne.jansen@example.nl of op telefoonnummer 06 12345678.")
                .contains("Ik heb mijn klacht op [datum van uw eerdere klacht] schriftelijk bij WasDirect.nl "
                        + "ingediend.");
    }

    @Test
    void aCoverLetterToTheSellerAsksAgainByTheReplyDate() {
        String body = draft(LetterKind.COVER_LETTER, Recipient.SELLER, LetterDossier.washingMachineInEnglish(),
                ENGLISH).body();

        assertThat(body).startsWith("Dear Sir or Madam,\n\nEnclosed is a summary of my complaint")
                .contains("I still ask you to replace the product free of charge")
                .contains("by 5 December 2026 at the latest").doesNotContain("My name is");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LetterKind.class, names = "COVER_LETTER", mode = EnumSource.Mode.EXCLUDE)
    void aLetterToTheSellerInAPackageForADisputeBodyIsStillAddressedToTheSeller(LetterKind kind) {
        LetterDossier dossier = LetterDossier.washingMachine().event(EventKind.COMPLAINT_SENT, "2026-11-12", "");
        for (Locale locale : List.of(Letters.DUTCH, Letters.ENGLISH)) {
            Letter toSeller = Letters.draft(kind, Recipient.SELLER, dossier, locale);
            for (Recipient body : List.of(Recipient.KEURMERK, Recipient.GESCHILLENCOMMISSIE, Recipient.DIGIDISPUUT)) {
                Letter letter = Letters.draft(kind, body, dossier, locale);

                assertThat(letter.recipient()).as(kind + " for " + body).isEqualTo(Recipient.SELLER);
                assertThat(letter.recipientLines()).as(kind + " for " + body).isEqualTo(toSeller.recipientLines())
                        .anySatisfy(line -> assertThat(line).contains("WasDirect"));
                assertThat(letter.body()).isEqualTo(toSeller.body());
                assertThat(LetterDrafter.addressee(kind, body)).isEqualTo(Recipient.SELLER);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LetterKind.class)
    void noLetterAddressedToADisputeBodySpeaksToItAsTheSeller(LetterKind kind) {
        LetterDossier dossier = LetterDossier.washingMachine().event(EventKind.COMPLAINT_SENT, "2026-11-12", "");
        for (Locale locale : List.of(Letters.DUTCH, Letters.ENGLISH)) {
            for (Recipient body : List.of(Recipient.KEURMERK, Recipient.GESCHILLENCOMMISSIE, Recipient.DIGIDISPUUT)) {
                Letter letter = Letters.draft(kind, body, dossier, locale);
                if (letter.recipient() == Recipient.SELLER) {
                    continue;
                }
                assertThat(kind).isEqualTo(LetterKind.COVER_LETTER);
                assertThat(letter.body()).as(kind + " to " + body)
                        .doesNotContain("bij u heb gekocht", "bij u gekocht", "Ik vraag u het", "uw reactie",
                                "bought from you", "I ask you to replace", "your reply", "in gebreke",
                                "notice of default");
            }
        }
    }
}
