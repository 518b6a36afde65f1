package nl.bewijsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import nl.bewijsmap.cli.CliRunner.Run;
import nl.bewijsmap.intake.Corpus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: the package written where asked, its paths printed one per line, split past the size limit. */
class ExportCommandTest extends OneDossierTestBase {

    @TempDir
    Path outDir;

    private void importFiles(String... corpusFiles) {
        String[] args = new String[corpusFiles.length + 3];
        args[0] = "import";
        args[1] = "--dossier";
        args[2] = dossier;
        for (int i = 0; i < corpusFiles.length; i++) {
            args[i + 3] = Corpus.file(corpusFiles[i]).toString();
        }
        Run run = cli.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<Path> printedPaths(Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip().lines().map(Path::of).toList();
    }

    @Test
    void writesOnePackageAndPrintsItsPath() throws IOException {
        importFiles("photos/exif-samples/Canon_40D.jpg", "emails/mail/basic_email.eml");
        cli.run("call", "--dossier", dossier, "--at", "2026-03-02T14:05", "--agent", "Priya",
                "--summary", "Drum makes noise", "--agreements", "A technician comes on Friday 6 March");
        Path out = outDir.resolve("wasmachine.pdf");

        List<Path> written = printedPaths(cli.run("export", "--dossier", dossier, "--for", "seller",
                "--out", out.toString(), "--language", "en"));

        assertThat(written).containsExactly(out.toAbsolutePath());
        String text = text(out);
        assertThat(text).contains("A technician comes on Friday 6 March").contains("Priya")
                .contains("Dear Sir or Madam");
    }

    @Test
    void leavesTheLetterOutWhenAsked() throws IOException {
        importFiles("photos/exif-samples/Canon_40D.jpg");
        Path out = outDir.resolve("zonder-brief.pdf");

        printedPaths(cli.run("export", "--dossier", dossier, "--for", "seller", "--out", out.toString(),
                "--letter", "none"));

        assertThat(text(out)).doesNotContain("Geachte heer, mevrouw");
    }

    @Test
    void namesTheGapsTheDraftedLetterStillHas() {
        Run run = cli.run("export", "--dossier", dossier, "--for", "seller", "--out",
                outDir.resolve("brief.pdf").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("the letter has gaps").contains("[");
    }

    @Test
    void splitsIntoNumberedPartsWithinTheLimit() throws IOException {
        List<String> photos = new ArrayList<>(List.of("import", "--dossier", dossier));
        for (int i = 0; i < 6; i++) {
            photos.add(grainyPhoto(i).toString());
        }
        assertThat(cli.run(photos.toArray(String[]::new)).exitCode()).isZero();
        Path out = outDir.resolve("pakket.pdf");

        List<Path> written = printedPaths(cli.run("export", "--dossier", dossier, "--for", "geschillencommissie",
                "--out", out.toString(), "--max-part-mb", "1"));

        assertThat(written).hasSizeGreaterThan(1);
        for (int i = 0; i < written.size(); i++) {
            Path part = written.get(i);
            assertThat(part.getFileName()).hasToString("pakket-" + (i + 1) + ".pdf");
            assertThat(Files.size(part)).as("size of %s", part).isLessThanOrEqualTo(1_000_000L);
        }
        assertThat(out).doesNotExist();
    }

    /** A photo with the fine grain of a real one, so that it stays a few hundred kilobytes once re-encoded. */
    private Path grainyPhoto(int seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int grey = (x / 8 + y / 6 + random.nextInt(90)) & 0xff;
                image.setRGB(x, y, grey << 16 | (grey * 3 / 4) << 8 | random.nextInt(256));
            }
        }
        Path file = outDir.resolve("photo-" + seed + ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    @Test
    void theSummaryLeavesOutTheConsumersOwnTermsThatPassedAndNamesTheRestForAnyReader() throws IOException {
        String late = String.valueOf(cli.createDossier("Koelkast", "--order-date", "2025-03-01", "--delivery-date",
                "2025-03-05", "--discovered-date", "2026-06-01"));
        cli.run("event", "--dossier", late, "--kind", "notice-of-default-sent", "--at", "2026-11-10");
        Path out = outDir.resolve("koelkast.pdf");

        printedPaths(cli.on(LocalDate.of(2026, 11, 21)).run("export", "--dossier", late, "--for", "seller",
                "--out", out.toString(), "--letter", "none"));

        String text = text(out);
        assertThat(text).contains("Verjaring van de vordering", "Laatste termijn uit de")
                .doesNotContain("Gebrek melden", "Gebrek vermoedelijk al bij levering", "uw ingebrekestelling");
    }

    @Test
    void refusesAnUnknownRecipientWithTheOnesItKnows() {
        Run run = cli.run("export", "--dossier", dossier, "--for", "buurman", "--out",
                outDir.resolve("x.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("seller, keurmerk, geschillencommissie, digidispuut");
        assertThat(outDir).isEmptyDirectory();
    }

    @Test
    void refusesAFolderOrAMissingFolderAsTheFileToWriteBeforeAnyWork() {
        Run folder = cli.run("export", "--dossier", dossier, "--for", "seller", "--out", outDir.toString());
        Run missing = cli.run("export", "--dossier", dossier, "--for", "seller", "--out",
                outDir.resolve("nowhere").resolve("x.pdf").toString());

        assertThat(folder.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(folder.err()).contains("is a folder");
        assertThat(missing.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).contains("does not exist");
        assertThat(outDir).isEmptyDirectory();
    }

    @Test
    void refusesAWithdrawalForAShopPurchaseBeforeWritingAnything() {
        Run run = cli.run("export", "--dossier", dossier, "--for", "seller", "--letter", "withdrawal", "--out",
                outDir.resolve("x.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--letter withdrawal:");
        assertThat(outDir).isEmptyDirectory();
    }

    @Test
    void refusesAnUnknownLetterBeforeWritingAnything() {
        Run run = cli.run("export", "--dossier", dossier, "--for", "seller", "--letter", "love-letter", "--out",
                outDir.resolve("x.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("notice-of-default");
        assertThat(outDir).isEmptyDirectory();
    }
}
