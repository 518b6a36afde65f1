package nl.bewijsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.cli.CliRunner.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code deadlines}: deadlines counted by hand for Dutch and Belgian dossiers, through the command line on a fixed
 * day, in the exact JSON of the contract and in a listing for people.
 */
class DeadlinesCommandTest {

    /** 5 March 2026 is a Thursday; 14 days after it is Thursday 19 March, a working day in both countries. */
    private static final String[] DISTANCE_SALE = {"--distance-sale", "--order-date", "2026-03-01",
        "--delivery-date", "2026-03-05"};
    private static final LocalDate BEFORE_THE_END = LocalDate.of(2026, 3, 10);
    private static final String DISCLAIMER = "This is general information to help you on your way, not legal "
            + "advice. Check the source, and ask a legal adviser when a lot is at stake.";

    @TempDir
    Path dataDir;

    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(dataDir);
    }

    private String dossier(String... facts) {
        return String.valueOf(cli.createDossier("Wasmachine", facts));
    }

    private JsonNode deadlines(String dossier, LocalDate today) throws IOException {
        Run run = cli.on(today).run("deadlines", "--dossier", dossier, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip().lines()).as("one JSON array on one line").hasSize(1);
        return run.json();
    }

    /** Each deadline as "RULE due status", the way the cases below are counted. */
    private static List<String> summary(JsonNode deadlines) {
        List<String> lines = new ArrayList<>();
        for (JsonNode deadline : deadlines) {
            lines.add(deadline.get("rule").asText() + " " + deadline.get("due").asText() + " "
                    + deadline.get("status").asText());
        }
        return lines;
    }

    private static JsonNode rule(JsonNode deadlines, String rule) {
        for (JsonNode deadline : deadlines) {
            if (deadline.get("rule").asText().equals(rule)) {
                return deadline;
            }
        }
        throw new AssertionError("no " + rule + " in " + deadlines);
    }

    private void event(String dossier, String kind, String at) {
        cli.run("event", "--dossier", dossier, "--kind", kind, "--at", at).newId();
    }

    @Test
    void aDutchDistanceSaleDeliveredOnAThursdayMayBeWithdrawnUntilTheThursdayTwoWeeksLater() throws Exception {
        JsonNode deadlines = deadlines(dossier(DISTANCE_SALE), BEFORE_THE_END);

        assertThat(summary(deadlines)).as("earliest first; delivered within the 30 days; no legal guarantee end in NL")
                .containsExactly("WITHDRAWAL 2026-03-19 open", "DELIVERY 2026-03-31 met",
                        "PRESUMPTION_END 2027-03-05 open");
        JsonNode withdrawal = deadlines.get(0);
        assertThat(withdrawal.get("explanation").asText()).isEqualTo("You may withdraw from the purchase until "
                + "19 March 2026: 14 days counted from the day after delivery (5 March 2026). Sending your withdrawal "
                + "by that day is enough. If the seller never told you about this right, the period is 12 months "
                + "longer.");
        assertThat(withdrawal.get("source").asText()).as("the plain citation; when it was checked is lastChecked")
                .isEqualTo("Directive 2011/83/EU art. 9; Regulation 1182/71 art. 3");
        assertThat(withdrawal.get("name").asText()).isEqualTo("Withdrawal period");
        assertThat(withdrawal.get("term").asText()).isEqualTo("P14D");
        assertThat(withdrawal.get("countsFrom").asText()).isEqualTo("2026-03-05");
        assertThat(withdrawal.get("movedFrom").isNull()).isTrue();
        assertThat(withdrawal.get("settledOn").isNull()).isTrue();
        assertThat(withdrawal.get("lastChecked").asText()).isEqualTo("2026-11-21");
        assertThat(withdrawal.get("confirmed").asBoolean()).isTrue();
        assertThat(withdrawal.get("url").asText()).isEqualTo("https://eur-lex.europa.eu/eli/dir/2011/83/oj");
        assertThat(withdrawal.get("caveat").isNull()).isTrue();
        assertThat(rule(deadlines, "DELIVERY").get("settledOn").asText()).as("the delivery met it")
                .isEqualTo("2026-03-05");
    }

    @Test
    void eachItemHasTheContractFieldsFirstThenWhatTheyRestOn() throws Exception {
        JsonNode deadlines = deadlines(dossier(DISTANCE_SALE), BEFORE_THE_END);

        for (JsonNode deadline : deadlines) {
            List<String> names = new ArrayList<>();
            deadline.fieldNames().forEachRemaining(names::add);
            assertThat(names.subList(0, 5)).containsExactly("rule", "due", "status", "explanation", "source");
            assertThat(names).containsExactly("rule", "due", "status", "explanation", "source", "name", "term",
                    "countsFrom", "movedFrom", "settledOn", "lastChecked", "confirmed", "url", "caveat");
        }
    }

    @ParameterizedTest(name = "on {0}, withdrawal sent {1}: {2}")
    @CsvSource(textBlock = """
            2026-03-19,           , open
            2026-03-20,           , passed
            2026-03-25, 2026-03-12, met
            2026-03-25, 2026-03-19, met
            2026-03-25, 2026-03-20, passed
            """)
    void theWithdrawalIsMetBySendingItByTheLastDayAndPassedOnceThatDayWentBy(LocalDate today, String sent,
            String status) throws Exception {
        String dossier = dossier(DISTANCE_SALE);
        if (sent != null) {
            event(dossier, "withdrawal-sent", sent);
        }

        JsonNode withdrawal = rule(deadlines(dossier, today), "WITHDRAWAL");

        assertThat(withdrawal.get("due").asText()).isEqualTo("2026-03-19");
        assertThat(withdrawal.get("status").asText()).isEqualTo(status);
    }

    @Test
    void aWithdrawalSentGivesTheSellerFourteenDaysToRefundAndTheRefundMeetsThem() throws Exception {
        String dossier = dossier(DISTANCE_SALE);
        event(dossier, "withdrawal-sent", "2026-03-12T20:15");
        LocalDate today = LocalDate.of(2026, 3, 20);

        JsonNode sent = deadlines(dossier, today);
        assertThat(summary(sent)).containsExactly("WITHDRAWAL 2026-03-19 met", "REFUND 2026-03-26 open",
                "DELIVERY 2026-03-31 met", "PRESUMPTION_END 2027-03-05 open");
        assertThat(rule(sent, "WITHDRAWAL").get("settledOn").asText()).isEqualTo("2026-03-12");

        event(dossier, "refund-received", "2026-03-24");
        JsonNode refunded = rule(deadlines(dossier, today), "REFUND");
        assertThat(refunded.get("status").asText()).isEqualTo("met");
        assertThat(refunded.get("settledOn").asText()).isEqualTo("2026-03-24");
    }

    @Test
    void belgiumPresumesADefectForTwoYearsAndEndsTheGuaranteeThenTheNetherlandsPresumesOneYear() throws Exception {
        String[] shopPurchase = {"--order-date", "2026-03-05", "--delivery-date", "2026-03-05"};
        List<String> both = new ArrayList<>(List.of(shopPurchase));
        both.addAll(List.of("--country", "BE"));

        JsonNode dutch = deadlines(dossier(shopPurchase), BEFORE_THE_END);
        JsonNode belgian = deadlines(dossier(both.toArray(String[]::new)), BEFORE_THE_END);

        assertThat(summary(dutch)).as("no withdrawal or delivery term after buying in a shop")
                .containsExactly("PRESUMPTION_END 2027-03-05 open");
        assertThat(summary(belgian)).containsExactly("PRESUMPTION_END 2028-03-05 open",
                "GUARANTEE_END 2028-03-05 open");
        assertThat(rule(dutch, "PRESUMPTION_END").get("confirmed").asBoolean()).isTrue();
        JsonNode guidance = rule(belgian, "PRESUMPTION_END");
        assertThat(guidance.get("confirmed").asBoolean()).isFalse();
        assertThat(guidance.get("source").asText()).isEqualTo("Art. 1649quater old Civil Code (Belgium)");
        assertThat(guidance.get("caveat").asText()).isNotBlank();
        assertThat(guidance.get("lastChecked").asText()).isEqualTo("2026-11-21");
        assertThat(guidance.get("explanation").asText()).startsWith("A defect in goods that shows up by 5 March 2028 "
                + "(2 years after delivery on 5 March 2026)");
    }

    @Test
    void aShopPurchaseWithADefectFoundHasNoDeliveryTerm() throws Exception {
        // Bought in a shop on 1 September 2026, defect found on 1 October: the goods were there. Report it by
        // 1 December (2 months).
        String dossier = dossier("--order-date", "2026-09-01", "--discovered-date", "2026-10-01");

        assertThat(summary(deadlines(dossier, LocalDate.of(2026, 10, 2))))
                .containsExactly("DEFECT_NOTICE 2026-12-01 open");
    }

    @ParameterizedTest(name = "{0}: delivered {1}, due {2}")
    @CsvSource(quoteCharacter = '"', textBlock = """
            NL, 2026-03-07, 2026-03-23, 2026-03-21, Moved from Saturday 21 March 2026 to Monday 23 March 2026 because of the weekend.
            NL, 2026-04-13, 2026-04-28, 2026-04-27, Moved from Monday 27 April 2026 to Tuesday 28 April 2026 because of King's Day.
            BE, 2026-04-13, 2026-04-27,           ,
            BE, 2026-03-23, 2026-04-07, 2026-04-06, Moved from Monday 6 April 2026 to Tuesday 7 April 2026 because of Easter Monday.
            """)
    void aWithdrawalPeriodEndingOnAWeekendOrPublicHolidayMovesToTheNextWorkingDay(String country,
            String delivered, String due, String movedFrom, String why) throws Exception {
        String dossier = dossier("--country", country, "--distance-sale", "--delivery-date", delivered);

        JsonNode withdrawal = rule(deadlines(dossier, LocalDate.of(2026, 3, 1)), "WITHDRAWAL");

        assertThat(withdrawal.get("due").asText()).isEqualTo(due);
        if (movedFrom == null) {
            assertThat(withdrawal.get("movedFrom").isNull()).isTrue();
            assertThat(withdrawal.get("explanation").asText()).doesNotContain("Moved");
        } else {
            assertThat(withdrawal.get("movedFrom").asText()).isEqualTo(movedFrom);
            assertThat(withdrawal.get("explanation").asText()).endsWith(" " + why);
        }
    }

    @Test
    void aDossierWithoutDatesOrComplaintsHasNoDeadlinesAndTheListingSaysWhatToAdd() throws Exception {
        String dossier = dossier("--distance-sale", "--seller", "Coolblue");
        cli.run("note", "--dossier", dossier, "--at", "2026-03-05", "--text", "The drum is broken").newId();

        assertThat(deadlines(dossier, BEFORE_THE_END)).isEmpty();
        Run listing = cli.on(BEFORE_THE_END).run("deadlines", "--dossier", dossier);
        assertThat(listing.exitCode()).isZero();
        List<String> lines = listing.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("No deadlines apply yet: add the order, delivery or discovery date, or "
                + "record a complaint sent.");
        assertThat(lines).anyMatch(line -> line.startsWith("Next step: Complain to the seller in writing"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo(DISCLAIMER);
    }

    @Test
    void theListingShowsEachDeadlineWithItsExplanationAndSourceThenTheNextStepAndTheDisclaimer() {
        Run run = cli.on(LocalDate.of(2026, 3, 20)).run("deadlines", "--dossier", dossier(DISTANCE_SALE));

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        String indent = " ".repeat(12);
        assertThat(lines.get(0)).isEqualTo("2026-03-19  passed  Withdrawal period");
        assertThat(lines.get(1)).startsWith(indent + "You may withdraw from the purchase until 19 March 2026: ");
        assertThat(lines.get(2)).isEqualTo(indent
                + "Source: Directive 2011/83/EU art. 9; Regulation 1182/71 art. 3 — checked 21 Nov 2026");
        assertThat(lines.get(3)).isEmpty();
        assertThat(lines.get(4)).isEqualTo("2026-03-31  met     Delivery");
        assertThat(lines.get(6)).endsWith("(Guidance: not confirmed from the statute text.)");
        assertThat(lines.get(8)).isEqualTo("2027-03-05  open    Defect presumed present at delivery");
        assertThat(lines.subList(9, lines.size())).containsSubsequence(
                "Next step: Complain to the seller in writing: what is wrong, since when, and what you ask for. "
                        + "Keep a copy; a dispute body will ask for it.",
                "",
                DISCLAIMER);
        assertThat(run.out()).doesNotContain("[").doesNotContain("\"rule\"");
    }
}
