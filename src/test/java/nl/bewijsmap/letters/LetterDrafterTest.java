package nl.bewijsmap.letters;

import static nl.bewijsmap.letters.Letters.DUTCH;
import static nl.bewijsmap.letters.Letters.ENGLISH;
import static nl.bewijsmap.letters.Letters.all;
import static nl.bewijsmap.letters.Letters.date;
import static nl.bewijsmap.letters.Letters.draft;
import static nl.bewijsmap.letters.Letters.locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LetterDrafterTest {

    /** Every kind of letter to every recipient it can go to, in both languages and under both laws. */
    static Stream<Arguments> everyLetter() {
        List<Arguments> all = new ArrayList<>();
        for (String country : List.of("NL", "BE")) {
            for (String language : List.of("nl", "en")) {
                for (LetterKind kind : LetterKind.values()) {
                    List<Recipient> recipients = kind == LetterKind.COVER_LETTER ? List.of(Recipient.values())
                            : List.of(Recipient.SELLER);
                    recipients.forEach(recipient -> all.add(Arguments.of(country, language, kind, recipient)));
                }
            }
        }
        return all.stream();
    }

    private static LetterDossier full(String country) {
        return ("NL".equals(country) ? LetterDossier.nl() : LetterDossier.be()).customerNumber("K-7731")
                .call("2026-10-28T10:15", "Mark", "TCK-88412", "Storing gemeld", "Monteur komt op 3 november")
                .event(EventKind.COMPLAINT_SENT, "2026-11-12", "");
    }

    @ParameterizedTest(name = "{0} {1} {2} to {3}")
    @MethodSource("everyLetter")
    void theFactsOfThePurchaseAppearWrittenForTheLanguage(String country, String language, LetterKind kind,
            Recipient recipient) {
        Locale locale = locale(language);
        Letter letter = draft(kind, recipient, full(country), locale);

        assertThat(letter.subject() + "\n" + letter.body()).contains("Wasmachine Bosch Serie 6 WGG24409NL")
                .contains("WD-2026-48213");
        if (kind != LetterKind.WITHDRAWAL) {
            assertThat(letter.body()).contains(date("2026-05-26", locale))
                    .contains("nl".equals(language) ? "€ 1.299,00" : "€1,299.00")
                    .contains("K-7731");
        }
        if (kind == LetterKind.COMPLAINT || kind == LetterKind.NOTICE_OF_DEFAULT || kind == LetterKind.COVER_LETTER) {
            assertThat(letter.body()).contains(date("2026-05-29", locale)).contains(date("2026-10-27", locale))
                    .contains("De machine stopt midden in het programma met foutcode E18.");
        }
        assertThat(letter.date()).isEqualTo(full(country).snapshot().today());
        assertThat(letter.signatureName()).isEqualTo("Anne Jansen");
        assertThat(letter.kind()).isEqualTo(kind);
        assertThat(letter.locale()).isEqualTo(locale);
    }

    @ParameterizedTest(name = "{0} {1} {2} to {3}")
    @MethodSource("everyLetter")
    void noLetterShowsNullATemplateTagOrTheClosedOdrPlatform(String country, String language, LetterKind kind,
            Recipient recipient) {
        for (LetterDossier dossier : List.of(full(country), LetterDossier.unknown())) {
            String text = all(draft(kind, recipient, dossier, locale(language)));

            assertThat(text).doesNotContainIgnoringCase("null").doesNotContain("{{").doesNotContain("}}")
                    .doesNotContain("ODR").doesNotContain("geschillen.europa").doesNotContain("ec.europa.eu")
                    .doesNotContain("  ").doesNotContain(" .").doesNotContain(" ,").doesNotContain("..")
                    .doesNotContain(":.").doesNotContain(",.");
            assertThat(text.lines()).as("no list item or sentence left empty")
                    .noneMatch(line -> line.matches("-\\s*") || line.matches("- [^:]*:\\s*"));
        }
    }

    @ParameterizedTest(name = "{0} {1} to {2}")
    @MethodSource("everyLetter")
    void theBodyRunsFromTheSalutationToTheClosing(String country, String language, LetterKind kind,
            Recipient recipient) {
        String body = draft(kind, recipient, full(country), locale(language)).body();

        if ("nl".equals(language)) {
            assertThat(body).startsWith("Geachte heer, mevrouw,\n\n").endsWith("\n\nMet vriendelijke groet,");
        } else {
            assertThat(body).startsWith("Dear Sir or Madam,\n\n").endsWith("\n\nYours faithfully,");
        }
        assertThat(body).doesNotContain("\n\n\n");
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(textBlock = """
            COMPLAINT,         SELLER_REPLY,      nl, uiterlijk op
            COMPLAINT,         SELLER_REPLY,      en, by
            COVER_LETTER,      SELLER_REPLY,      nl, uiterlijk op
            COVER_LETTER,      SELLER_REPLY,      en, by
            NOTICE_OF_DEFAULT, NOTICE_OF_DEFAULT, nl, tot en met
            NOTICE_OF_DEFAULT, NOTICE_OF_DEFAULT, en, until and including
            LATE_DELIVERY,     NOTICE_OF_DEFAULT, nl, tot en met
            LATE_DELIVERY,     NOTICE_OF_DEFAULT, en, until and including
            """)
    void theDateAskedForIsTodayPlusTheTermOfTheRuleBook(LetterKind kind, DeadlineRule rule, String language,
            String words) {
        for (LetterDossier dossier : List.of(full("NL").today("2026-11-12"), full("BE").today("2027-02-26"))) {
            Locale locale = locale(language);
            String body = draft(kind, dossier, locale).body();

            assertThat(body).contains(words + " " + date(dossier.termEnd(rule), locale));
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(textBlock = """
            COMPLAINT,         nl
            COMPLAINT,         en
            NOTICE_OF_DEFAULT, nl
            NOTICE_OF_DEFAULT, en
            LATE_DELIVERY,     nl
            LATE_DELIVERY,     en
            COVER_LETTER,      nl
            COVER_LETTER,      en
            """)
    void callsWithTheirAgreementsAndEventsAreToldOldestFirst(LetterKind kind, String language) {
        LetterDossier dossier = LetterDossier.nl()
                .event(EventKind.SELLER_REFUSED, "2026-11-17", "Vervanging geweigerd")
                .call("2026-11-06T14:30", "Sandra", "TCK-2", "Storing terug na reparatie",
                        "Sandra belt mij uiterlijk 11 november terug")
                .event(EventKind.REPAIR, "2026-11-03", "Afvoerpomp vervangen")
                .call("2026-10-28T10:15", CallDirection.INCOMING, "Mark", "TCK-1", "Storing besproken",
                        "Monteur komt op 3 november")
                // Known only to the day, so it comes before the call of that day.
                .event(EventKind.COMPLAINT_SENT, "2026-11-06", "Per e-mail")
                .event(EventKind.NOTE, "2026-11-01", "Privé: buurman vragen")
                .event(EventKind.VISIT, "2026-12-01", "Monteur komt nog een keer");
        boolean dutch = "nl".equals(language);

        String body = draft(kind, dossier, locale(language)).body();

        assertThat(body).containsSubsequence(dutch
                ? List.of("- 28 oktober 2026 om 10.15 uur: ik werd gebeld door Mark (Klantenservice), referentie "
                        + "TCK-1. Besproken: Storing besproken. Afgesproken: Monteur komt op 3 november.",
                        "- 3 november 2026: er is een reparatie uitgevoerd. Afvoerpomp vervangen.",
                        "- 6 november 2026: ik heb u schriftelijk een klacht gestuurd. Per e-mail.",
                        "- 6 november 2026 om 14.30 uur: ik heb gebeld met Sandra (Klantenservice), referentie TCK-2. "
                                + "Besproken: Storing terug na reparatie. Afgesproken: Sandra belt mij uiterlijk "
                                + "11 november terug.",
                        "- 17 november 2026: u heeft mijn verzoek afgewezen. Vervanging geweigerd.")
                : List.of("- 28 October 2026 at 10:15: Mark (Klantenservice) called me, reference TCK-1. Discussed: "
                        + "Storing besproken. Agreed: Monteur komt op 3 november.",
                        "- 3 November 2026: a repair was carried out.",
                        "- 6 November 2026: I sent you a written complaint.",
                        "- 6 November 2026 at 14:30: I called Sandra (Klantenservice), reference TCK-2. Discussed: "
                                + "Storing terug na reparatie. Agreed: Sandra belt mij uiterlijk 11 november terug.",
                        "- 17 November 2026: you refused my request."));
        assertThat(body).as("private notes and what has not happened yet stay out").doesNotContain("buurman")
                .doesNotContain("nog een keer");
    }

    @Test
    void theHistoryNamesTheSellerInALetterToADisputeBody() {
        LetterDossier dossier = LetterDossier.washingMachineInEnglish()
                .event(EventKind.COMPLAINT_SENT, "2026-11-12", "")
                .event(EventKind.SELLER_REFUSED, "2026-11-17", "");

        String body = draft(LetterKind.COVER_LETTER, Recipient.DIGIDISPUUT, dossier, ENGLISH).body();

        assertThat(body).contains("- 12 November 2026: I sent WasDirect.nl a written complaint.")
                .contains("- 17 November 2026: WasDirect.nl refused my request.")
                .contains("- 28 October 2026 at 10:15: I called Mark (Customer service), reference TCK-88412. "
                        + "Discussed: Reported the fault")
                .contains("Agreed: An engineer will come on 3 November to replace the drain pump.")
                .contains("I complained to WasDirect.nl in writing on 12 November 2026.")
                .contains("I ask you to give a binding decision requiring WasDirect.nl to replace the product");
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void gapsMarkWhatTheDossierDoesNotKnowAndGapsFindsThem(LetterKind kind) {
        Letter dutch = draft(kind, LetterDossier.unknown(), DUTCH);
        Letter english = draft(kind, LetterDossier.unknown(), ENGLISH);

        List<String> expectedDutch = switch (kind) {
            case WITHDRAWAL -> List.of("[bestelnummer]", "[naam van de verkoper]", "[adres van de verkoper]",
                    "[product]", "[datum van aankoop]", "[uw naam]", "[uw adres]");
            case LATE_DELIVERY -> List.of("[datum van aankoop]", "[product]", "[bestelnummer]", "[prijs]",
                    "[uiterste leverdatum]");
            default -> List.of("[product]", "[bestelnummer]", "[datum van aankoop]", "[datum van levering]",
                    "[prijs]", "[datum van ontdekking]", "[beschrijving van het gebrek]",
                    "[wat u van de verkoper vraagt]");
        };
        assertThat(LetterDrafter.gaps(dutch.subject() + "\n" + dutch.body())).containsAll(expectedDutch);
        assertThat(LetterDrafter.gaps(english.subject() + "\n" + english.body())).contains("[product]", "[order number]")
                .doesNotContain("[bestelnummer]");
        assertThat(dutch.senderLines()).containsExactly("[uw naam]", "[straat en huisnummer]",
                "[postcode en woonplaats]");
        assertThat(dutch.place()).isEqualTo("[woonplaats]");
        assertThat(dutch.recipientLines()).contains("[naam van de verkoper]");
        assertThat(english.signatureName()).isEqualTo("[your name]");
    }

    @Test
    void aShopPurchaseAsksForNoOrderNumberOrDeliveryDate() {
        LetterDossier shop = LetterDossier.nl().shopPurchase().orderNumber("").delivered(null).product("Koelkast");

        Letter letter = draft(LetterKind.COMPLAINT, shop, DUTCH);

        assertThat(letter.subject()).isEqualTo("Klacht over Koelkast");
        assertThat(letter.body()).contains("- Product: Koelkast\n- Gekocht op: 26 mei 2026\n- Prijs: € 1.299,00")
                .doesNotContain("Bestelnummer").doesNotContain("Geleverd op");
        assertThat(LetterDrafter.gaps(letter.body())).isEmpty();
    }

    @Test
    void gapsListsEachGapOnceInOrderAndNothingElse() {
        assertThat(LetterDrafter.gaps("Op [datum] kocht ik [product]. Op [datum] ging het mis.\n[niet\nover regels]"))
                .containsExactly("[datum]", "[product]");
        assertThat(LetterDrafter.gaps("Een brief zonder gaten.")).isEmpty();
        assertThat(LetterDrafter.gaps(null)).isEmpty();
    }

    @Test
    void aFullDossierLeavesNoGaps() {
        for (LetterKind kind : LetterKind.values()) {
            for (Locale locale : List.of(DUTCH, ENGLISH)) {
                assertThat(LetterDrafter.gaps(all(draft(kind, full("NL"), locale)))).as(kind + " " + locale)
                        .isEmpty();
            }
        }
    }
}
