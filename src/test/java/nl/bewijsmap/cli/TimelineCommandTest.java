package nl.bewijsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.bewijsmap.app.ProblemTexts;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.cli.CliRunner.Run;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.intake.Corpus;
import nl.bewijsmap.intake.Problem;
import nl.bewijsmap.store.NewEvidence;
import org.junit.jupiter.api.Test;

/** {@code timeline}: one story oldest first, the exact JSON fields of each type, and a listing for people. */
class TimelineCommandTest extends OneDossierTestBase {

    private static final Set<String> COMMON = Set.of("id", "type", "kind", "occurredAt", "precision", "offset",
            "timestampSource", "title");
    /** A real photo from the corpus, taken 2012-07-14 16:30:12 by its EXIF DateTimeOriginal (no offset). */
    private static final String PHOTO = "photos/exif-samples/32-lens_data.jpeg";
    private static final String PHOTO_SHA = "f0096a6d5c24dbe270525f7dc575e26ea28df63824055e7ad3253e2cf0d1dab0";

    private JsonNode timeline() throws Exception {
        Run run = cli.run("timeline", "--dossier", dossier, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip().lines()).as("one JSON array on one line").hasSize(1);
        return run.json();
    }

    private long importPhoto() throws Exception {
        Run run = cli.run("import", "--dossier", dossier, "--json", Corpus.file(PHOTO).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.json().get("id").asLong();
    }

    /** Evidence as intake keeps it when the file showed no date at all. */
    private EvidenceItem undatedReceipt() {
        try (Services services = Services.open(dataDir, Clock.systemDefaultZone())) {
            String warning = ProblemTexts.encode(List.of(new Problem(ImportProblem.NO_DATE, "")));
            return services.evidence().add(Long.parseLong(dossier), new NewEvidence(EvidenceKind.RECEIPT,
                    "Kassabon", "From the counter", "bon.txt", "ab".repeat(32), 8, MediaType.TEXT, null, warning,
                    false));
        }
    }

    private static Set<String> fields(JsonNode item) {
        Set<String> names = new TreeSet<>();
        item.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> common(String... own) {
        Set<String> all = new TreeSet<>(COMMON);
        all.addAll(List.of(own));
        return all;
    }

    @Test
    void aRealPhotoTakesItsPlaceAtItsExifTimeBetweenACallAndAnEvent() throws Exception {
        cli.run("event", "--dossier", dossier, "--kind", "complaint-sent", "--at", "2012-07-14T17:00").newId();
        long photo = importPhoto();
        cli.run("call", "--dossier", dossier, "--at", "2012-07-14T16:00", "--agent", "Priya", "--summary", "S",
                "--agreements", "A").newId();

        JsonNode items = timeline();

        assertThat(items).extracting(i -> i.get("type").asText() + " " + i.get("kind").asText()).containsExactly(
                "call call", "evidence photo", "event complaint-sent", "deadline seller-reply",
                "deadline claim-limitation");
        JsonNode item = items.get(1);
        assertThat(item.get("id").asLong()).isEqualTo(photo);
        assertThat(item.get("kind").asText()).isEqualTo("photo");
        assertThat(item.get("occurredAt").asText()).isEqualTo("2012-07-14T16:30:12");
        assertThat(item.get("precision").asText()).isEqualTo("second");
        assertThat(item.get("timestampSource").asText()).isEqualTo("EXIF_ORIGINAL");
        assertThat(item.get("originalName").asText()).isEqualTo("32-lens_data.jpeg");
        assertThat(item.get("sha256").asText()).isEqualTo(PHOTO_SHA);
        assertThat(item.get("title").asText()).isNotBlank();
    }

    @Test
    void aDayOnlyItemComesBeforeTheTimedItemsOfThatDayAndUndatedEvidenceComesLast() throws Exception {
        undatedReceipt();
        cli.run("note", "--dossier", dossier, "--at", "2026-03-05T00:00", "--text", "Just after midnight").newId();
        cli.run("event", "--dossier", dossier, "--kind", "seller-reply", "--at", "2026-03-05", "--text", "No").newId();
        cli.run("note", "--dossier", dossier, "--at", "2026-03-04T23:59:59", "--text", "The day before").newId();

        JsonNode items = timeline();

        assertThat(items).extracting(i -> i.get("title").asText()).containsExactly("The day before",
                "Seller reply: No", "Just after midnight", "Kassabon");
        JsonNode undated = items.get(3);
        assertThat(undated.get("occurredAt").isNull()).isTrue();
        assertThat(undated.get("precision").isNull()).isTrue();
        assertThat(undated.get("offset").isNull()).isTrue();
        assertThat(undated.get("timestampSource").asText()).isEqualTo("NONE");
    }

    @Test
    void eachTypeHasExactlyItsFieldsAndTheEvidenceTextsComeBack() throws Exception {
        undatedReceipt();
        cli.run("call", "--dossier", dossier, "--at", "2026-03-02T14:05", "--agent", "Priya", "--summary", "S",
                "--agreements", "A").newId();
        cli.run("event", "--dossier", dossier, "--kind", "repair", "--at", "2026-03-03").newId();

        JsonNode items = timeline();

        assertThat(items).extracting(i -> i.get("type").asText())
                .as("the call told the seller, so the claim runs out two years later")
                .containsExactly("call", "event", "deadline", "evidence");
        assertThat(fields(items.get(0))).isEqualTo(common("agent", "department", "reference", "direction",
                "durationMinutes", "summary", "agreements", "followUp"));
        assertThat(fields(items.get(1))).isEqualTo(common("text"));
        assertThat(fields(items.get(2))).isEqualTo(common("status", "due", "explanation", "source"));
        JsonNode receipt = items.get(3);
        assertThat(fields(receipt)).isEqualTo(common("note", "originalName", "sha256", "warning"));
        assertThat(receipt.get("type").asText()).isEqualTo("evidence");
        assertThat(receipt.get("kind").asText()).isEqualTo("receipt");
        assertThat(receipt.get("title").asText()).isEqualTo("Kassabon");
        assertThat(receipt.get("note").asText()).isEqualTo("From the counter");
        assertThat(receipt.get("originalName").asText()).isEqualTo("bon.txt");
        assertThat(receipt.get("sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(receipt.get("warning").asText()).as("in English words, not the stored code")
                .isNotBlank().doesNotContain("NO_DATE");
        assertThat(items.get(1).get("title").asText()).isEqualTo("Repair");
        assertThat(items.get(1).get("text").isNull()).isTrue();
    }

    @Test
    void anImportedPhotoKeepsTheOffsetFieldOfImport() throws Exception {
        importPhoto();

        assertThat(timeline().get(0).get("offset").isNull()).as("the photo has no offset in EXIF").isTrue();
    }

    @Test
    void theListingShowsDatesAsPreciseAsKnownAndTheUndatedUnderTheirOwnHeading() {
        undatedReceipt();
        cli.run("call", "--dossier", dossier, "--at", "2026-03-02T14:05", "--agent", "Priya", "--summary", "S",
                "--agreements", "A").newId();
        cli.run("event", "--dossier", dossier, "--kind", "complaint-sent", "--at", "2026-03-03", "--text",
                "by email\nwith the invoice").newId();

        Run run = cli.run("timeline", "--dossier", dossier);

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("DATE").contains("KIND").contains("TITLE");
        assertThat(lines.get(1)).startsWith("2026-03-02 14:05 ").contains("call").endsWith("Call with Priya");
        assertThat(lines.get(2)).startsWith("2026-03-03 ").contains("complaint-sent")
                .endsWith("Complaint sent: by email");
        assertThat(lines.subList(3, lines.size())).containsSubsequence("Without a date:");
        assertThat(lines.get(lines.size() - 1)).contains("receipt").endsWith("Kassabon");
    }

    @Test
    void anEmptyDossierSaysHowToFillItAndAnEmptyArrayInJson() throws Exception {
        assertThat(cli.run("timeline", "--dossier", dossier).out()).contains("Nothing in this dossier yet");
        assertThat(timeline()).isEmpty();
    }

    @Test
    void aMissingDossierIsWrongUsage() {
        Run run = cli.run("timeline", "--dossier", "77", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("there is no dossier with number 77; 'bewijsmap dossier list' shows them");
        assertThat(run.out()).isEmpty();
    }
}
