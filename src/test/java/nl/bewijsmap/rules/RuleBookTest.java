package nl.bewijsmap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DeadlineAnchor;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.Route;
import nl.bewijsmap.domain.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleBookTest {

    private static final RuleBook BOOK = RuleBook.standard();
    /** Where each rule applies; the Dutch legal guarantee has no fixed end, the Geschillencommissie is Dutch. */
    private static final Map<Country, Set<DeadlineRule>> APPLIES = Map.of(
            Country.NL, EnumSet.complementOf(EnumSet.of(DeadlineRule.GUARANTEE_END)),
            Country.BE, EnumSet.complementOf(EnumSet.of(DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST,
                    DeadlineRule.GESCHILLENCOMMISSIE_LATEST)));

    @Test
    void everyRuleHasAnEntryForEachCountryWhereItApplies() {
        for (Country country : Country.values()) {
            for (DeadlineRule rule : DeadlineRule.values()) {
                assertThat(BOOK.rule(rule, country).isPresent()).as("%s %s", rule, country)
                        .isEqualTo(APPLIES.get(country).contains(rule));
            }
        }
        assertThat(BOOK.entries()).hasSize(APPLIES.get(Country.NL).size() + APPLIES.get(Country.BE).size());
    }

    @Test
    void everyEntryAndRouteNamesItsSourceAndWhenItWasChecked() {
        for (RuleEntry entry : BOOK.entries()) {
            checkSource(entry.rule() + " " + entry.country(), entry.source());
        }
        for (Route route : Route.values()) {
            checkSource(route.name(), BOOK.route(route).orElseThrow().source());
        }
    }

    private static void checkSource(String what, RuleSource source) {
        assertThat(source.citation()).as(what).isNotBlank();
        assertThat(source.url()).as(what).startsWith("https://");
        assertThat(source.lastChecked()).as(what).isBeforeOrEqualTo(LocalDate.now());
        if (!source.confirmed()) {
            assertThat(source.caveat()).as(what).isNotBlank();
        }
        assertThat(source.citation(java.util.Locale.forLanguageTag("nl"))).as(what).isNotBlank();
    }

    @ParameterizedTest(name = "{0} counts from {1}")
    @CsvSource(textBlock = """
            WITHDRAWAL, DELIVERY
            REFUND, WITHDRAWAL_SENT
            DELIVERY, ORDER
            DEFECT_NOTICE, DISCOVERY
            PRESUMPTION_END, DELIVERY
            NOTICE_OF_DEFAULT, NOTICE_OF_DEFAULT_SENT
            SELLER_REPLY, COMPLAINT_SENT
            """)
    void eachRuleCountsFromTheFactItsTextNames(DeadlineRule rule, DeadlineAnchor anchor) {
        for (Country country : Country.values()) {
            assertThat(BOOK.rule(rule, country).orElseThrow().countsFrom()).as("%s %s", rule, country)
                    .isEqualTo(anchor);
        }
    }

    @Test
    void theRoutesHaveTheirFees() {
        assertThat(BOOK.route(Route.DIGIDISPUUT).orElseThrow().feeMin()).isEqualByComparingTo("25");
        assertThat(BOOK.route(Route.CONSUMENTENOMBUDSDIENST).orElseThrow().free()).isTrue();
        assertThat(BOOK.route(Route.CONSUMENTENOMBUDSDIENST).orElseThrow().binding()).isFalse();
        var commission = BOOK.route(Route.GESCHILLENCOMMISSIE).orElseThrow();
        assertThat(commission.waitAfterComplaint().iso()).isEqualTo("P4W");
        assertThat(commission.fileWithin().iso()).isEqualTo("P12M");
        assertThat(commission.binding()).isTrue();
    }

    @Test
    void holidayDecreesComeFromTheFile() {
        assertThat(BOOK.equivalentDays(Country.NL)).contains(LocalDate.parse("2026-05-15"),
                LocalDate.parse("2025-05-30"));
        assertThat(BOOK.equivalentDays(Country.BE)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            [1, 2]                                                                  | must hold one JSON object
            {"deadlines": {}, "routes": [], "equivalentDays": []}                   | "deadlines" must be a list
            {"deadlines": [{"rule": "WITHDRAWL", "country": "NL"}], "routes": [], "equivalentDays": []} | "rule" is WITHDRAWL, not one of
            {"deadlines": [{"rule": "WITHDRAWAL", "country": "NL", "period": "14 days"}], "routes": [], "equivalentDays": []} | deadlines[0] (WITHDRAWAL NL): Not a period like P14D
            {"deadlines": [{"rule": "WITHDRAWAL", "country": "NL", "period": "P14D", "countsFrom": "DELIVERY", "rollsToWorkingDay": "yes"}], "routes": [], "equivalentDays": []} | "rollsToWorkingDay" must be true or false
            {"deadlines": [{"rule": "WITHDRAWAL", "country": "NL", "period": "P14D", "countsFrom": "DELIVERY", "rollsToWorkingDay": true, "source": "X", "url": "https://x.example", "lastChecked": "2026-11-21", "confirmed": false}], "routes": [], "equivalentDays": []} | An unconfirmed rule must say why
            {"deadlines": [{"rule": "WITHDRAWAL", "country": "NL", "period": "P14D", "countsFrom": "DELIVERY", "rollsToWorkingDay": true, "source": "X", "url": "https://x.example", "lastChecked": "21-11-2026", "confirmed": true}], "routes": [], "equivalentDays": []} | "21-11-2026" is not a date
            {"deadlines": [{"rule": "WITHDRAWAL", "country": "NL", "period": "P14D", "countsFrom": "DELIVERY", "rollsToWorkingDay": true, "url": "https://x.example", "lastChecked": "2026-11-21", "confirmed": true}], "routes": [], "equivalentDays": []} | "source" is missing
            {"deadlines": [], "routes": [{"route": "ECC", "feeMin": "free", "binding": false}], "equivalentDays": []} | routes[0] (ECC): "feeMin" must be an amount
            {"deadlines": [                                                         | cannot be read as JSON
            """)
    void aMalformedFileSaysWhereAndWhat(String json, String message) {
        var in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> RuleBook.read(in, "rules.json")).isInstanceOf(RuleDataException.class)
                .hasMessageStartingWith("rules.json").hasMessageContaining(message);
    }

    @Test
    void aRuleListedTwiceIsRefused() {
        String entry = "{\"rule\": \"REFUND\", \"country\": \"BE\", \"period\": \"P14D\", \"countsFrom\": "
                + "\"WITHDRAWAL_SENT\", \"rollsToWorkingDay\": true, \"source\": \"X\", \"url\": \"https://x.example\", "
                + "\"lastChecked\": \"2026-11-21\", \"confirmed\": true}";
        String json = "{\"deadlines\": [" + entry + ", " + entry + "], \"routes\": [], \"equivalentDays\": []}";

        assertThatThrownBy(() -> RuleBook.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "rules.json")).isInstanceOf(RuleDataException.class).hasMessage("rules.json lists REFUND for BE twice");
    }
}
