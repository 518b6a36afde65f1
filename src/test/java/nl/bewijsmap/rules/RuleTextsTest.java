package nl.bewijsmap.rules;

import static nl.bewijsmap.rules.ConsumerDeadlinesTest.deadline;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.NextStep;
import nl.bewijsmap.domain.PublicHoliday;
import nl.bewijsmap.domain.ReadinessProblem;
import nl.bewijsmap.domain.Route;
import nl.bewijsmap.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleTextsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final LocalDate EARLY = LocalDate.parse("2020-01-01");
    private final RuleTexts texts = RuleTexts.standard();

    @Test
    void theWithdrawalIsExplainedWithItsDates() {
        Deadline withdrawal = withdrawal("NL", "2026-03-05");

        assertThat(texts.explanation(withdrawal, Locale.ENGLISH)).startsWith("You may withdraw from the purchase until "
                + "19 March 2026: 14 days counted from the day after delivery (5 March 2026).");
        assertThat(texts.explanation(withdrawal, DUTCH)).startsWith("U kunt de koop herroepen tot en met "
                + "19 maart 2026: 14 dagen, gerekend vanaf de dag na de levering (5 maart 2026).");
        assertThat(texts.name(DeadlineRule.WITHDRAWAL, DUTCH)).isEqualTo("Bedenktijd (herroeping)");
        assertThat(texts.movedNote(withdrawal, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aMovedEndSaysWhy() {
        // Delivered 20 March 2026: 14 days end on Good Friday 3 April; weekend; Easter Monday; Tuesday 7 April.
        Deadline withdrawal = withdrawal("NL", "2026-03-20");

        assertThat(texts.movedNote(withdrawal, Locale.ENGLISH)).isEqualTo("Moved from Friday 3 April 2026 to "
                + "Tuesday 7 April 2026 because of Good Friday, the weekend and Easter Monday.");
        assertThat(texts.movedNote(withdrawal, DUTCH)).isEqualTo("Verschoven van vrijdag 3 april 2026 naar "
                + "dinsdag 7 april 2026 vanwege Goede Vrijdag, het weekend en Tweede Paasdag.");
        assertThat(texts.describe(withdrawal, Locale.ENGLISH)).contains("until 7 April 2026")
                .endsWith("because of Good Friday, the weekend and Easter Monday.");
    }

    @Test
    void theBasisForAPackageAddressesNoOneAndSaysWhyTheEndMoved() {
        Deadline withdrawal = withdrawal("NL", "2026-03-20");

        assertThat(texts.basis(withdrawal, Locale.ENGLISH)).isEqualTo("14 days, counted from the day after the "
                + "delivery (20 March 2026). Moved from Friday 3 April 2026 to Tuesday 7 April 2026 because of Good "
                + "Friday, the weekend and Easter Monday.");
        assertThat(texts.basis(withdrawal("NL", "2026-03-05"), DUTCH))
                .isEqualTo("14 dagen, gerekend vanaf de dag na de levering (5 maart 2026).");
    }

    @Test
    void aWeekendAloneIsNamedAsSuch() {
        // Delivered Sunday 1 March 2026: 14 days end Sunday 15 March, moved to Monday 16 March.
        assertThat(texts.movedNote(withdrawal("BE", "2026-03-01"), Locale.ENGLISH))
                .isEqualTo("Moved from Sunday 15 March 2026 to Monday 16 March 2026 because of the weekend.");
    }

    @Test
    void theSourceLineSaysWhenItWasCheckedAndWhetherItIsConfirmed() {
        var contents = TestDossier.nl().discovered("2026-01-31").event(EventKind.COMPLAINT_SENT, "2026-02-02")
                .build();
        Deadline notice = deadline(DeadlineRule.DEFECT_NOTICE, contents, EARLY).orElseThrow();
        Deadline reply = deadline(DeadlineRule.SELLER_REPLY, contents, EARLY).orElseThrow();

        assertThat(texts.sourceLine(notice.source(), Locale.ENGLISH))
                .isEqualTo("Source: Art. 7:23 lid 1 BW — checked 21 Nov 2026");
        assertThat(texts.sourceLine(notice.source(), DUTCH))
                .isEqualTo("Bron: Art. 7:23 lid 1 BW — gecontroleerd op 21 nov. 2026");
        assertThat(texts.sourceLine(reply.source(), Locale.ENGLISH))
                .endsWith("(Guidance: not confirmed from the statute text.)");
        assertThat(texts.sourceLine(withdrawal("NL", "2026-03-05").source(), DUTCH))
                .startsWith("Bron: Richtlijn 2011/83/EU art. 9; Verordening 1182/71 art. 3");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            P14D, 14 days, 14 dagen
            P1D, 1 day, 1 dag
            P4W, 4 weeks, 4 weken
            P2M, 2 months, 2 maanden
            P1Y, 1 year, 1 jaar
            P2Y, 2 years, 2 jaar
            """)
    void periodsAreWordedInTheUnitOfTheLaw(String iso, String english, String dutch) {
        assertThat(texts.term(Term.parse(iso), Locale.ENGLISH)).isEqualTo(english);
        assertThat(texts.term(Term.parse(iso), DUTCH)).isEqualTo(dutch);
    }

    @Test
    void theCountryDecidesTheExplanation() {
        var nl = deadline(DeadlineRule.DEFECT_NOTICE, TestDossier.nl().discovered("2026-01-31").build(), EARLY);
        var be = deadline(DeadlineRule.DEFECT_NOTICE, TestDossier.be().discovered("2026-01-31").build(), EARLY);

        assertThat(texts.explanation(nl.orElseThrow(), Locale.ENGLISH)).contains("is always in time");
        assertThat(texts.explanation(be.orElseThrow(), Locale.ENGLISH)).doesNotContain("always in time")
                .contains("31 March 2026", "2 months", "31 January 2026");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            NL
            BE
            """)
    void theDefectNoticeSaysCalmlyThatAPhoneCallIsHardToProve(String country) {
        var notice = deadline(DeadlineRule.DEFECT_NOTICE, TestDossier.of(country).discovered("2026-01-31").build(),
                EARLY).orElseThrow();

        assertThat(texts.explanation(notice, Locale.ENGLISH)).contains("by phone is hard to prove")
                .contains("in writing");
        assertThat(texts.explanation(notice, DUTCH)).contains("telefonische melding is later moeilijk te bewijzen")
                .contains("schriftelijk");
    }

    @Test
    void theRefundSaysItIsCountedFromTheDayTheWithdrawalWasSentNotFromItsArrival() throws IOException {
        // withdrawal sent Tuesday 10 March 2026: 14 days counted from then end Tuesday 24 March
        var contents = TestDossier.nl().distanceSale().ordered("2026-02-20").delivered("2026-03-01")
                .event(EventKind.WITHDRAWAL_SENT, "2026-03-10").build();
        Deadline refund = deadline(DeadlineRule.REFUND, contents, EARLY).orElseThrow();

        assertThat(texts.explanation(refund, Locale.ENGLISH)).contains("24 March 2026", "10 March 2026")
                .contains("counted from the day you sent your withdrawal")
                .contains("if it went by post, the seller's 14 days start when it arrived");
        assertThat(texts.explanation(refund, DUTCH)).contains("24 maart 2026", "10 maart 2026")
                .contains("gerekend vanaf de dag waarop u uw herroeping verstuurde")
                .contains("ging die per post, dan beginnen de 14 dagen van de verkoper pas toen die aankwam");
        Properties english = bundle("messages.properties");
        Properties dutch = bundle("messages_nl.properties");
        for (String when : List.of("soon", "passed")) {
            assertThat(english.getProperty("standing.warning." + when + ".REFUND")).as(when)
                    .contains("from the day you sent your withdrawal").contains("by post");
            assertThat(dutch.getProperty("standing.warning." + when + ".REFUND")).as(when)
                    .contains("vanaf de dag waarop u uw herroeping verstuurde").contains("per post");
        }
    }

    @Test
    void onlyTheFirstDayToFileWithTheGeschillencommissieIsAnOpeningDay() {
        for (DeadlineRule rule : DeadlineRule.values()) {
            assertThat(rule.isOpeningDay()).as(rule.name())
                    .isEqualTo(rule == DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST);
        }
    }

    @Test
    void theOpeningDayIsWordedAsFromThisDayNeverAsALastDay() throws IOException {
        // complaint Monday 2 March 2026: De Geschillencommissie takes it from Monday 30 March
        var contents = TestDossier.nl().keurmerk(nl.bewijsmap.domain.Keurmerk.THUISWINKEL_WAARBORG)
                .event(EventKind.COMPLAINT_SENT, "2026-03-02").build();
        Deadline earliest = deadline(DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST, contents, EARLY).orElseThrow();

        assertThat(texts.name(DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST, Locale.ENGLISH)).contains("first day")
                .doesNotContainIgnoringCase("last").doesNotContainIgnoringCase("ends");
        assertThat(texts.explanation(earliest, Locale.ENGLISH)).contains("from 30 March 2026")
                .doesNotContainIgnoringCase("last day").doesNotContain("until 30", "by 30", "ends");
        assertThat(texts.name(DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST, DUTCH)).contains("vanaf")
                .doesNotContain("uiterlijk", "laatste");
        assertThat(texts.explanation(earliest, DUTCH)).contains("vanaf 30 maart 2026")
                .doesNotContain("uiterlijk", "tot en met", "laatste dag", "loopt af");
        Properties english = bundle("messages.properties");
        Properties dutch = bundle("messages_nl.properties");
        assertThat(english.getProperty("standing.warning.soon.GESCHILLENCOMMISSIE_EARLIEST")).contains("from {1}")
                .doesNotContain("ends");
        assertThat(dutch.getProperty("standing.warning.soon.GESCHILLENCOMMISSIE_EARLIEST")).contains("vanaf {1}")
                .doesNotContain("eindigt", "uiterlijk");
        assertThat(english).as("it never passes, so it has no warning that it passed")
                .doesNotContainKey("standing.warning.passed.GESCHILLENCOMMISSIE_EARLIEST");
    }

    @Test
    void statusesAndHolidaysHaveNames() {
        assertThat(texts.status(DeadlineStatus.PASSED, DUTCH)).isEqualTo("Verstreken");
        assertThat(texts.holiday(PublicHoliday.KINGS_DAY, Locale.ENGLISH)).isEqualTo("King's Day");
        assertThat(texts.holiday(PublicHoliday.ARMISTICE_DAY, DUTCH)).isEqualTo("Wapenstilstand");
    }

    @Test
    void everyBuiltKeyExistsInBothLanguages() throws IOException {
        for (String name : List.of("messages.properties", "messages_nl.properties")) {
            Properties bundle = bundle(name);
            for (RuleEntry entry : RuleBook.standard().entries()) {
                String key = "deadline." + entry.rule().name();
                assertThat(bundle).as(name).containsKey(key + ".name");
                assertThat(bundle.containsKey(key + ".explanation")
                        || bundle.containsKey(key + ".explanation." + entry.country().name()))
                        .as(name + " " + key + " for " + entry.country()).isTrue();
            }
            for (DeadlineStatus status : DeadlineStatus.values()) {
                assertThat(bundle).as(name).containsKey("deadline.status." + status.name());
            }
            for (PublicHoliday holiday : PublicHoliday.values()) {
                assertThat(bundle).as(name).containsKey(holiday.messageKey());
            }
            for (ChronoUnit unit : List.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS)) {
                assertThat(bundle).as(name).containsKey("term." + unit.name());
            }
            for (NextStep step : NextStep.values()) {
                assertThat(bundle).as(name).containsKey(step.messageKey());
            }
            for (Route route : Route.values()) {
                assertThat(bundle).as(name).containsKey(route.messageKey());
            }
            for (ReadinessProblem problem : ReadinessProblem.values()) {
                assertThat(bundle).as(name).containsKeys(problem.problemKey(), problem.fixKey());
            }
        }
    }

    private static Deadline withdrawal(String country, String delivered) {
        var contents = TestDossier.of(country).distanceSale().delivered(delivered).build();
        return deadline(DeadlineRule.WITHDRAWAL, contents, EARLY).orElseThrow();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleTextsTest.class.getResourceAsStream("/nl/bewijsmap/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
