package nl.bewijsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.bewijsmap.app.DossierEditor;
import nl.bewijsmap.app.ProblemTexts;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.cli.CliRunner.Run;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.intake.Corpus;
import nl.bewijsmap.intake.Problem;
import nl.bewijsmap.store.NewEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void aDeadlineTakesItsPlaceAtTheStartOfItsLastDayWithTheTextsOfTheDeadlinesCommand() throws Exception {
        String sale = String.valueOf(cli.createDossier("Stofzuiger", "--distance-sale", "--order-date", "2026-03-01",
                "--delivery-date", "2026-03-05"));
        cli.run("note", "--dossier", sale, "--at", "2026-03-19T09:00", "--text", "Packed the box").newId();
        cli.run("event", "--dossier", sale, "--kind", "return-shipped", "--at", "2026-03-19").newId();
        cli.run("note", "--dossier", sale, "--at", "2026-03-18T23:30", "--text", "Decided to send it back").newId();
        CliRunner onTheTenth = cli.on(LocalDate.of(2026, 3, 10));

        Run run = onTheTenth.run("timeline", "--dossier", sale, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode items = run.json();
        assertThat(items).extracting(i -> i.get("title").asText()).containsExactly("Decided to send it back",
                "Return shipped", "Withdrawal period", "Packed the box", "Delivery",
                "Defect presumed present at delivery");
        JsonNode withdrawal = items.get(2);
        assertThat(fields(withdrawal)).isEqualTo(common("status", "due", "explanation", "source"));
        assertThat(withdrawal.get("type").asText()).isEqualTo("deadline");
        assertThat(withdrawal.get("kind").asText()).isEqualTo("withdrawal");
        assertThat(withdrawal.get("id").asLong()).as("the rule's place in the list of rules").isZero();
        assertThat(String.join(" ", withdrawal.get("occurredAt").asText(), withdrawal.get("precision").asText(),
                withdrawal.get("timestampSource").asText(), withdrawal.get("status").asText(),
                withdrawal.get("due").asText())).isEqualTo("2026-03-19T00:00:00 day COMPUTED open 2026-03-19");
        assertThat(withdrawal.get("offset").isNull()).isTrue();
        JsonNode listed = onTheTenth.run("deadlines", "--dossier", sale, "--json").json().get(0);
        assertThat(withdrawal.get("explanation")).isEqualTo(listed.get("explanation"));
        assertThat(withdrawal.get("source")).isEqualTo(listed.get("source"));
        assertThat(items.get(4).get("kind").asText()).isEqualTo("delivery");
        assertThat(items.get(5).get("kind").asText()).isEqualTo("presumption-end");

        List<String> lines = onTheTenth.run("timeline", "--dossier", sale).out().lines().toList();
        assertThat(lines.get(3)).startsWith("2026-03-19 ").contains(" withdrawal ")
                .endsWith(" 0  Withdrawal period (open)");
    }

    @Test
    void aDeadlineIsKnownByItsRuleInCommandLineSpellingAndNumberedByItsPlaceAmongTheRules() throws Exception {
        long id = Long.parseLong(dossier);
        try (Services services = Services.open(dataDir, Clock.systemDefaultZone())) {
            // As the dossier screen saves it: the seller answers to De Geschillencommissie.
            DossierEditor.Edits edits = services.editor().load(id);
            Seller seller = edits.seller();
            services.editor().save(id, "", edits.dossier().facts(), edits.dossier().phase(),
                    new Seller("Wasco", seller.legalName(), seller.address(), seller.registrationNumber(),
                            seller.email(), seller.phone(), seller.website(), seller.keurmerk(),
                            DisputeBody.GESCHILLENCOMMISSIE));
        }
        cli.run("event", "--dossier", dossier, "--kind", "complaint-sent", "--at", "2026-03-02").newId();

        Run run = cli.on(LocalDate.of(2026, 3, 10)).run("timeline", "--dossier", dossier, "--json");

        assertThat(run.json()).extracting(i -> i.get("kind").asText() + " " + i.get("id").asLong() + " "
                + i.get("occurredAt").asText()).containsExactly(
                "complaint-sent 1 2026-03-02T00:00:00",
                "seller-reply 10 2026-03-16T00:00:00",
                "geschillencommissie-earliest 7 2026-03-30T00:00:00",
                "geschillencommissie-latest 8 2027-03-02T00:00:00",
                "claim-limitation 9 2028-03-02T00:00:00");
    }

    @Test
    void anEmptyDossierSaysHowToFillItAndAnEmptyArrayInJson() throws Exception {
        assertThat(cli.run("timeline", "--dossier", dossier).out()).contains("Nothing in this dossier yet");
        assertThat(timeline()).isEmpty();
    }

    /** The deadlines command shows a dossier the way the timeline does, and refuses a missing one the same way. */
    @ParameterizedTest
    @ValueSource(strings = {"timeline", "deadlines"})
    void aMissingDossierIsWrongUsage(String command) {
        Run run = cli.run(command, "--dossier", "77", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("there is no dossier with number 77; 'bewijsmap dossier list' shows them");
        assertThat(run.out()).isEmpty();
    }
}
