package nl.bewijsmap.ui.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineAnchor;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.RuleSource;
import nl.bewijsmap.domain.Term;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which deadlines need attention on Monday 16 March 2026, and the sentence a banner shows for each. */
class DeadlineWarningTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final RuleSource SOURCE = new RuleSource("Directive 2011/83/EU art. 9",
            "https://eur-lex.europa.eu/eli/dir/2011/83/oj", LocalDate.of(2026, 1, 1), true, "");

    private static Deadline deadline(DeadlineRule rule, String due, DeadlineStatus status) {
        LocalDate day = LocalDate.parse(due);
        return new Deadline(rule, Country.NL, day, status, DeadlineAnchor.DELIVERY, day.minusDays(14),
                Term.parse("P14D"), null, null, SOURCE);
    }

    private static List<DeadlineWarning> warnings(I18n i18n, Deadline... deadlines) {
        return DeadlineWarning.of(List.of(deadlines), TODAY, i18n);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-16 | OPEN   | SOON   | Your withdrawal period ends today, Monday 16 March 2026.
            2026-03-17 | OPEN   | SOON   | Your withdrawal period ends tomorrow, Tuesday 17 March 2026.
            2026-03-19 | OPEN   | SOON   | Your withdrawal period ends in 3 days, on Thursday 19 March 2026.
            2026-03-30 | OPEN   | SOON   | Your withdrawal period ends in 14 days, on Monday 30 March 2026.
            2026-03-15 | PASSED | PASSED | The withdrawal period ended on Sunday 15 March 2026.
            2026-02-14 | PASSED | PASSED | The withdrawal period ended on Saturday 14 February 2026.
            """)
    void aDeadlineEndingWithinTwoWeeksOrPassedWithinAMonthIsWarnedAbout(String due, DeadlineStatus status,
            DeadlineWarning.Severity severity, String text) {
        assertThat(warnings(new I18n(I18n.ENGLISH), deadline(DeadlineRule.WITHDRAWAL, due, status)))
                .singleElement().satisfies(warning -> {
                    assertThat(warning.severity()).isEqualTo(severity);
                    assertThat(warning.text()).isEqualTo(text);
                });
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-03-31, OPEN
            2026-02-13, PASSED
            2026-03-19, MET
            2026-03-10, MET
            """)
    void aDeadlineFurtherOffLongerAgoOrMetIsNot(String due, DeadlineStatus status) {
        assertThat(warnings(new I18n(I18n.ENGLISH), deadline(DeadlineRule.WITHDRAWAL, due, status))).isEmpty();
    }

    @Test
    void whatEndsSoonComesFirstTheNearestFirstThenWhatPassedTheLatestFirst() {
        List<DeadlineWarning> warnings = warnings(new I18n(I18n.ENGLISH),
                deadline(DeadlineRule.DEFECT_NOTICE, "2026-03-01", DeadlineStatus.PASSED),
                deadline(DeadlineRule.SELLER_REPLY, "2026-03-25", DeadlineStatus.OPEN),
                deadline(DeadlineRule.WITHDRAWAL, "2026-03-10", DeadlineStatus.PASSED),
                deadline(DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST, "2026-03-18", DeadlineStatus.OPEN));

        // The seller's open term to answer is the seller's to keep: nothing to warn about until it has passed.
        assertThat(warnings).extracting(warning -> warning.deadline().rule()).containsExactly(
                DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST, DeadlineRule.WITHDRAWAL, DeadlineRule.DEFECT_NOTICE);
        assertThat(warnings).extracting(DeadlineWarning::text).containsExactly(
                "De Geschillencommissie takes your complaint from Wednesday 18 March 2026.",
                "The withdrawal period ended on Tuesday 10 March 2026.",
                "The period in which reporting the defect is always in time ended on Sunday 1 March 2026."
                        + " Report it now all the same.");
    }

    @Test
    void theSentencesAreDutchForADutchUser() {
        assertThat(warnings(new I18n(I18n.DUTCH),
                deadline(DeadlineRule.GESCHILLENCOMMISSIE_LATEST, "2026-03-16", DeadlineStatus.OPEN),
                deadline(DeadlineRule.REFUND, "2026-03-02", DeadlineStatus.PASSED)))
                .extracting(DeadlineWarning::text).containsExactly(
                        "Uw tijd om bij De Geschillencommissie in te dienen eindigt vandaag, maandag 16 maart 2026.",
                        "Gerekend vanaf de dag waarop u uw herroeping verstuurde, liep de tijd van de verkoper om u"
                                + " terug te betalen af op maandag 2 maart 2026, en er is geen terugbetaling"
                                + " vastgelegd. Ging die per post, dan begonnen de 14 dagen van de verkoper pas toen"
                                + " die aankwam; reken dan op een paar dagen meer.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_nl.properties"})
    void everyDeadlineAndRecipientHasItsTexts(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/nl/bewijsmap/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (DeadlineRule rule : DeadlineRule.values()) {
            assertThat(texts).containsKey("standing.warning.soon." + rule.name());
            // The earliest day to file is a waiting time: it is met when it comes, it never passes.
            if (rule != DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST) {
                assertThat(texts).containsKey("standing.warning.passed." + rule.name());
            }
        }
        for (Recipient recipient : Recipient.values()) {
            assertThat(texts).containsKey("enum.Recipient." + recipient.name())
                    .containsKey("standing.recipient." + recipient.name());
        }
    }
}
