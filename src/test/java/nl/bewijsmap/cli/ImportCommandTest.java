package nl.bewijsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code import} command as the contract describes it: one JSON line per file, in order, and exit codes. */
class ImportCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private long dossierId;

    private record Run(int exitCode, List<JsonNode> lines, String err) {
    }

    @BeforeEach
    void createDossier() {
        dossierId = new CliRunner(dataDir).createDossier("T");
    }

    private Run importFiles(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("import", "--dossier", String.valueOf(dossierId), "--json"));
        args.addAll(List.of(extra));
        CliRunner.Run run = new CliRunner(dataDir).run(args.toArray(String[]::new));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\\R")) {
            if (!line.isBlank()) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }
        return new Run(run.exitCode(), lines, run.err());
    }

    @Test
    void aTextFileIsImportedWithItsHashAndTheFileDate() throws Exception {
        Path note = Files.writeString(files.resolve("notitie.txt"), "Gebeld met Coolblue, 14:05.");
        Run run = importFiles(note.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode answer = run.lines().get(0);
        assertThat(answer.get("file").asText()).isEqualTo(note.toString());
        assertThat(answer.get("status").asText()).isEqualTo("imported");
        assertThat(answer.get("id").asLong()).isPositive();
        assertThat(answer.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest("Gebeld met Coolblue, 14:05.".getBytes(StandardCharsets.UTF_8))));
        assertThat(answer.get("timestampSource").asText()).isEqualTo("FILE_MODIFIED");
        assertThat(answer.get("occurredAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        assertThat(answer.get("error").isNull()).isTrue();
    }

    @Test
    void theSameFileTwiceIsADuplicateOfTheFirstItem() throws Exception {
        Path a = Files.writeString(files.resolve("a.txt"), "same bytes");
        Path b = Files.writeString(files.resolve("b.txt"), "same bytes");
        long first = importFiles(a.toString()).lines().get(0).get("id").asLong();

        Run again = importFiles(b.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.lines().get(0).get("status").asText()).isEqualTo("duplicate");
        assertThat(again.lines().get(0).get("id").asLong()).isEqualTo(first);
        assertThat(Files.list(dataDir.resolve("vault")).count()).as("vault folders").isLessThanOrEqualTo(2);
    }

    @Test
    void whatCannotBeKeptIsRejectedInPlainWordsAndDoesNotStopTheOthers() throws Exception {
        Path empty = Files.createFile(files.resolve("leeg.jpg"));
        Path good = Files.writeString(files.resolve("goed.txt"), "kept");
        Path missing = files.resolve("weg.pdf");
        Run run = importFiles(empty.toString(), files.toString(), missing.toString(), good.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).extracting(n -> n.get("status").asText())
                .containsExactly("rejected", "rejected", "rejected", "imported");
        assertThat(run.lines().get(0).get("error").asText()).contains("empty");
        assertThat(run.lines().get(1).get("error").asText()).contains("folder");
        assertThat(run.lines().get(2).get("error").asText()).contains("no file");
        assertThat(run.lines()).extracting(n -> n.get("file").asText())
                .containsExactly(empty.toString(), files.toString(), missing.toString(), good.toString());
    }

    @Test
    void aFileWhoseNameLiesIsKeptWithAWarning() throws Exception {
        Path fake = Files.writeString(files.resolve("foto.jpg"), "%PDF-1.4\nnot really a pdf either\n");
        JsonNode answer = importFiles(fake.toString()).lines().get(0);
        assertThat(answer.get("status").asText()).isEqualTo("imported");
        assertThat(answer.get("warning").asText()).contains(".jpg");
    }

    @Test
    void theKindCanBeGivenAndAnUnknownDossierIsWrongUsage() throws Exception {
        Path receipt = Files.writeString(files.resolve("bon.txt"), "Kassabon");
        assertThat(importFiles("--kind", "receipt", receipt.toString()).lines().get(0).get("kind").asText())
                .isEqualTo("receipt");

        CliRunner.Run unknown = new CliRunner(dataDir).run("import", "--dossier", "999", receipt.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no dossier with number 999");
        assertThat(importFiles("--kind", "nonsense", receipt.toString()).exitCode()).isEqualTo(2);
    }
}
