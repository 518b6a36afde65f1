package nl.bewijsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.cli.CliRunner.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code call}: every detail of a phone call kept, durations in the ways people write them, and wrong input refused. */
class CallCommandTest extends OneDossierTestBase {

    private Run call(String... extra) {
        List<String> args = new ArrayList<>(List.of("call", "--dossier", dossier, "--at", "2026-03-02T14:05",
                "--agent", "Priya", "--summary", "Asked about the broken drum", "--agreements",
                "A technician comes on Friday"));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    /** The call, the one item recorded; a call to the seller also starts deadlines, which are left out here. */
    private JsonNode onlyItem() throws Exception {
        List<JsonNode> items = recorded();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void everyDetailOfACallComesBackInTheTimeline() throws Exception {
        Run run = call("--duration", "12m", "--reference", "TICKET-881", "--follow-up", "2026-03-09",
                "--direction", "incoming", "--department", "Customer service");

        long id = run.newId();
        assertThat(run.err()).contains("Recorded \"Call with Priya\" on 2026-03-02 14:05 in dossier " + dossier
                + " as call " + id + ".").doesNotContain("agreements");
        JsonNode item = onlyItem();
        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(item.get("type").asText()).isEqualTo("call");
        assertThat(item.get("kind").asText()).isEqualTo("call");
        assertThat(item.get("occurredAt").asText()).isEqualTo("2026-03-02T14:05:00");
        assertThat(item.get("precision").asText()).isEqualTo("minute");
        assertThat(item.get("timestampSource").asText()).isEqualTo("USER");
        assertThat(item.get("title").asText()).isEqualTo("Call with Priya");
        assertThat(item.get("agent").asText()).isEqualTo("Priya");
        assertThat(item.get("department").asText()).isEqualTo("Customer service");
        assertThat(item.get("reference").asText()).isEqualTo("TICKET-881");
        assertThat(item.get("direction").asText()).isEqualTo("incoming");
        assertThat(item.get("durationMinutes").asInt()).isEqualTo(12);
        assertThat(item.get("summary").asText()).isEqualTo("Asked about the broken drum");
        assertThat(item.get("agreements").asText()).isEqualTo("A technician comes on Friday");
        assertThat(item.get("followUp").asText()).isEqualTo("2026-03-09");
    }

    @Test
    void aCallIsOutgoingUnlessSaidAndWhatWasNotGivenIsNull() throws Exception {
        call().newId();

        JsonNode item = onlyItem();
        assertThat(item.get("direction").asText()).isEqualTo("outgoing");
        assertThat(item.get("durationMinutes").isNull()).isTrue();
        assertThat(item.get("department").isNull()).isTrue();
        assertThat(item.get("reference").isNull()).isTrue();
        assertThat(item.get("followUp").isNull()).isTrue();
    }

    @Test
    void aCallWithoutAgreementsIsKeptWithAReminderAndWithoutAnAgentIsJustACall() throws Exception {
        Run run = cli.run("call", "--dossier", dossier, "--at", "2026-03-02", "--agent", "", "--summary",
                "Nobody knew", "--agreements", "");

        run.newId();
        assertThat(run.err()).contains("No agreements are written down");
        JsonNode item = onlyItem();
        assertThat(item.get("title").asText()).isEqualTo("Call");
        assertThat(item.get("agent").isNull()).isTrue();
        assertThat(item.get("agreements").isNull()).isTrue();
        assertThat(item.get("precision").asText()).isEqualTo("day");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            12m,     12
            12 min,  12
            12 minutes, 12
            1h5m,    65
            1h 5m,   65
            1h,      60
            90s,     1.5
            12,      12
            PT12M,   12
            pt1h30m, 90
            0,       0
            """)
    void durationsAreReadTheWaysPeopleWriteThem(String duration, double minutes) throws Exception {
        call("--duration", duration).newId();

        assertThat(onlyItem().get("durationMinutes").asDouble()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"twelve", "12 parsecs", "1.5h", "-5", "PT-5M", "m", "12m5h", "P", ""})
    void anythingElseIsNotADuration(String duration) throws Exception {
        Run run = call("--duration", duration);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'" + duration + "' is not a duration; write it as 12m, 1h5m, 90s");
        assertThat(cli.run("timeline", "--dossier", dossier, "--json").json()).isEmpty();
    }

    @Test
    void aFollowUpBeforeTheCallIsRefusedInPlainWords() throws Exception {
        Run run = call("--follow-up", "2026-03-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the follow-up date 2026-03-01 is before the call on 2026-03-02")
                .contains("the day you want to call back or follow up");
        assertThat(run.out()).isEmpty();
        assertThat(recorded()).isEmpty();
    }

    @Test
    void aFollowUpOnTheDayOfTheCallIsFine() throws Exception {
        call("--follow-up", "2026-03-02").newId();

        assertThat(onlyItem().get("followUp").asText()).isEqualTo("2026-03-02");
    }

    @Test
    void wrongDatesDirectionsAndDossiersAreWrongUsage() {
        Run badFollowUp = call("--follow-up", "next week");
        assertThat(badFollowUp.exitCode()).isEqualTo(2);
        assertThat(badFollowUp.err()).contains("'next week' is not a date");

        Run badStart = cli.run("call", "--dossier", dossier, "--at", "2 March", "--agent", "P", "--summary", "S",
                "--agreements", "A");
        assertThat(badStart.exitCode()).isEqualTo(2);
        assertThat(badStart.err()).contains("'2 March' is not a date or a date and time");

        Run badDirection = call("--direction", "sideways");
        assertThat(badDirection.exitCode()).isEqualTo(2);
        assertThat(badDirection.err()).contains("--direction");

        Run noDossier = cli.run("call", "--dossier", "42", "--at", "2026-03-02T14:05", "--agent", "P",
                "--summary", "S", "--agreements", "A");
        assertThat(noDossier.exitCode()).isEqualTo(2);
        assertThat(noDossier.err()).contains("there is no dossier with number 42");

        Run noAgreements = cli.run("call", "--dossier", dossier, "--at", "2026-03-02T14:05", "--agent", "P",
                "--summary", "S");
        assertThat(noAgreements.exitCode()).isEqualTo(2);
        assertThat(noAgreements.err()).contains("--agreements");
    }
}
