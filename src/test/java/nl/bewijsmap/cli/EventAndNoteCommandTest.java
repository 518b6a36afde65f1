package nl.bewijsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.bewijsmap.cli.CliRunner.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code event} and {@code note}: what they record, what they say, and how they refuse wrong input. */
class EventAndNoteCommandTest extends OneDossierTestBase {

    private String phase() throws Exception {
        return cli.run("dossier", "list", "--json").json().get(0).get("phase").asText();
    }


    @Test
    void aComplaintSentMovesTheDossierOnAndALaterRepairDoesNotMoveItBack() throws Exception {
        Run complaint = cli.run("event", "--dossier", dossier, "--kind", "complaint-sent", "--at", "2026-03-05",
                "--text", "by email");

        long id = complaint.newId();
        assertThat(complaint.err()).contains("Recorded \"Complaint sent: by email\" on 2026-03-05 in dossier "
                + dossier + " as event " + id).contains("The dossier is now in the phase \"Written complaint\".")
                .doesNotContain("WRITTEN_COMPLAINT");
        assertThat(phase()).isEqualTo("WRITTEN_COMPLAINT");

        Run repair = cli.run("event", "--dossier", dossier, "--kind", "repair", "--at", "2026-03-20T10:00");
        assertThat(repair.newId()).isNotEqualTo(id);
        assertThat(repair.err()).contains("\"Repair\"").doesNotContain("phase");
        assertThat(phase()).isEqualTo("WRITTEN_COMPLAINT");
    }

    @Test
    void aNoticeOfDefaultAfterAComplaintMovesOnButAComplaintAfterItDoesNotMoveBack() throws Exception {
        cli.run("event", "--dossier", dossier, "--kind", "notice-of-default-sent", "--at", "2026-03-05").newId();
        Run complaint = cli.run("event", "--dossier", dossier, "--kind", "complaint-sent", "--at", "2026-03-06");

        complaint.newId();
        assertThat(complaint.err()).doesNotContain("phase");
        assertThat(phase()).isEqualTo("NOTICE_OF_DEFAULT");
    }

    @Test
    void everyKindIsAcceptedInItsCommandLineSpelling() throws Exception {
        String[] kinds = {"complaint-sent", "notice-of-default-sent", "withdrawal-sent", "seller-reply",
            "seller-refused", "repair", "return-shipped", "refund-received", "visit", "mediation-started",
            "dispute-filed", "other", "note"};
        for (String kind : kinds) {
            cli.run("event", "--dossier", dossier, "--kind", kind, "--at", "2026-03-05", "--text", "Noted").newId();
        }
        assertThat(recorded()).extracting(item -> item.get("kind").asText()).containsExactlyInAnyOrder(kinds);
    }

    @Test
    void aWrongKindNamesTheValidOnes() {
        Run wrong = cli.run("event", "--dossier", dossier, "--kind", "complained", "--at", "2026-03-05");

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("'complained' is not a kind of event")
                .contains("complaint-sent, notice-of-default-sent, withdrawal-sent, seller-reply, seller-refused, "
                        + "repair, return-shipped, refund-received, visit, mediation-started, dispute-filed, other");
        assertThat(wrong.out()).isEmpty();
    }

    @Test
    void aMissingDossierIsWrongUsageInPlainWords() {
        Run event = cli.run("event", "--dossier", "999", "--kind", "repair", "--at", "2026-03-05");
        Run note = cli.run("note", "--dossier", "999", "--at", "2026-03-05", "--text", "Called the shop");

        for (Run run : new Run[] {event, note}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("there is no dossier with number 999; 'bewijsmap dossier list' shows them");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-03-05T25:00", "05-03-2026", "2026-03-05T14", "2026-03-05T14:05+01:00",
        "yesterday", ""})
    void aDateThatIsNoDateIsWrongUsageInPlainWords(String at) {
        Run run = cli.run("event", "--dossier", dossier, "--kind", "repair", "--at", at);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'" + at + "' is not a date or a date and time")
                .contains("2026-03-05T14:05");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-03-05,          2026-03-05T00:00:00, day
            2026-03-05T14:05,    2026-03-05T14:05:00, minute
            2026-03-05 14:05,    2026-03-05T14:05:00, minute
            2026-03-05T14:05:30, 2026-03-05T14:05:30, second
            2026-03-05 14:05:30, 2026-03-05T14:05:30, second
            """)
    void theTimeIsKeptAsPreciseAsItWasTypedAndNeverMoved(String at, String occurredAt, String precision)
            throws Exception {
        cli.run("event", "--dossier", dossier, "--kind", "visit", "--at", at).newId();

        JsonNode item = recorded().get(0);
        assertThat(item.get("occurredAt").asText()).isEqualTo(occurredAt);
        assertThat(item.get("precision").asText()).isEqualTo(precision);
        assertThat(item.get("offset").isNull()).isTrue();
        assertThat(item.get("timestampSource").asText()).isEqualTo("USER");
    }

    @Test
    void aNoteRoundTripsThroughTheTimeline() throws Exception {
        Run note = cli.run("note", "--dossier", dossier, "--at", "2026-03-05T09:15",
                "--text", "Shop promised a call back\nThe manager, Mr. Jansen, was not in.");

        long id = note.newId();
        assertThat(note.err()).contains("Recorded \"Shop promised a call back\" on 2026-03-05 09:15")
                .contains("as note " + id).doesNotContain("phase");
        List<JsonNode> items = recorded();
        assertThat(items).hasSize(1);
        JsonNode item = items.get(0);
        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(item.get("type").asText()).isEqualTo("event");
        assertThat(item.get("kind").asText()).isEqualTo("note");
        assertThat(item.get("occurredAt").asText()).isEqualTo("2026-03-05T09:15:00");
        assertThat(item.get("precision").asText()).isEqualTo("minute");
        assertThat(item.get("offset").isNull()).isTrue();
        assertThat(item.get("timestampSource").asText()).isEqualTo("USER");
        assertThat(item.get("title").asText()).isEqualTo("Shop promised a call back");
        assertThat(item.get("text").asText()).isEqualTo("Shop promised a call back\nThe manager, Mr. Jansen, was not in.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void aNoteWithoutWordsIsRefused(String text) throws Exception {
        Run note = cli.run("note", "--dossier", dossier, "--at", "2026-03-05", "--text", text);

        assertThat(note.exitCode()).isEqualTo(2);
        assertThat(note.err()).contains("a note needs words");
        assertThat(recorded()).isEmpty();
    }

    @Test
    void aNoticeOfDefaultNamesItsPhaseInWords() {
        Run notice = cli.run("event", "--dossier", dossier, "--kind", "notice-of-default-sent", "--at", "2026-03-05");

        notice.newId();
        assertThat(notice.err()).contains("The dossier is now in the phase \"Notice of default\".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void aNoteAsAnEventWithoutWordsIsRefusedLikeTheNoteCommand(String text) throws Exception {
        Run blank = cli.run("event", "--dossier", dossier, "--kind", "note", "--at", "2026-03-05", "--text", text);

        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).contains("a note needs words: --text \"The shop promised to call back\"");
        assertThat(recorded()).isEmpty();
    }

    @Test
    void aNoteAsAnEventWithoutTextIsRefusedButOtherEventsNeedNone() throws Exception {
        Run note = cli.run("event", "--dossier", dossier, "--kind", "note", "--at", "2026-03-05");

        assertThat(note.exitCode()).isEqualTo(2);
        assertThat(note.err()).contains("a note needs words");
        assertThat(note.out()).isEmpty();
        assertThat(recorded()).isEmpty();
        cli.run("event", "--dossier", dossier, "--kind", "visit", "--at", "2026-03-05").newId();
        assertThat(recorded()).hasSize(1);
    }

    @Test
    void aNoteNeedsTextAndATime() {
        Run noText = cli.run("note", "--dossier", dossier, "--at", "2026-03-05");
        Run noTime = cli.run("note", "--dossier", dossier, "--text", "Called");

        assertThat(noText.exitCode()).isEqualTo(2);
        assertThat(noText.err()).contains("--text");
        assertThat(noTime.exitCode()).isEqualTo(2);
        assertThat(noTime.err()).contains("--at");
    }
}
