package nl.bewijsmap.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.intake.Corpus;
import org.junit.jupiter.api.Test;

class EvidenceListViewModelTest extends EvidenceViewModelFixture {

    private int dossierChanges;

    private EvidenceListViewModel viewModel() throws Exception {
        EvidenceListViewModel viewModel = onFx(() -> new EvidenceListViewModel(services.evidenceEditor(),
                services::startImport, background, i18n, CLOCK, errors::add, () -> dossierChanges++));
        onFx(() -> viewModel.load(dossierId));
        waitUntil(() -> viewModel.loadedProperty().get());
        return viewModel;
    }

    @Test
    void importedFilesAppearInTimeOrderAndTheSummaryCountsEachOutcome() throws Exception {
        Path photo = copy("photos/exif-samples/Canon_DIGITAL_IXUS_400.jpg");
        Path pdf = copy("pdfs/py-pdf-sample-files/002-trivial-libre-office-writer.pdf");
        Path email = copy("emails/mail/basic_email.eml");
        Path again = Files.copy(photo, desktop.resolve("again.jpg"));
        Path empty = Files.createFile(desktop.resolve("empty.jpg"));
        EvidenceListViewModel viewModel = viewModel();

        onFx(() -> viewModel.importFiles(List.of(pdf, email, photo, again, empty)));
        waitUntil(() -> viewModel.progress().summaryShownProperty().get());

        List<String> names = onFx(() -> viewModel.items().stream().map(EvidenceItem::originalName).toList());
        assertThat(names).hasSize(3);
        assertThat(names.get(1)).isEqualTo("basic_email.eml");
        assertThat(names.get(2)).isEqualTo("002-trivial-libre-office-writer.pdf");
        assertThat(onFx(() -> viewModel.progress().summaryTextProperty().get()))
                .isEqualTo("3 added · 1 already in the dossier · 1 not added");
        assertThat(onFx(() -> new ArrayList<>(viewModel.progress().lines())))
                .extracting(SummaryLine::fileName, SummaryLine::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("empty.jpg", SummaryLine.Outcome.NOT_ADDED),
                        org.assertj.core.groups.Tuple.tuple(
                                names.contains("again.jpg") ? "Canon_DIGITAL_IXUS_400.jpg" : "again.jpg",
                                SummaryLine.Outcome.DUPLICATE));
        assertThat(onFx(() -> viewModel.progress().busyProperty().get())).isFalse();
        assertThat(dossierChanges).as("the dossier list learns the dossier changed").isEqualTo(1);
        // What the screen shows is what was stored.
        assertThat(services.evidence().list(dossierId)).extracting(EvidenceItem::originalName)
                .containsExactlyElementsOf(names);
    }

    @Test
    void aCancelledBatchStopsAndSaysHowManyFilesWereNotStarted() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            files.add(Files.writeString(desktop.resolve("note-" + i + ".txt"), "Call with the seller, number " + i));
        }
        EvidenceListViewModel viewModel = viewModel();

        onFx(() -> {
            viewModel.importFiles(files);
            viewModel.progress().cancel();
        });
        waitUntil(() -> viewModel.progress().summaryShownProperty().get());

        int kept = services.evidence().count(dossierId);
        assertThat(kept).isLessThan(300);
        assertThat(onFx(() -> viewModel.items().size())).isEqualTo(kept);
        assertThat(onFx(() -> viewModel.progress().summaryTextProperty().get()))
                .isEqualTo(kept + " added · stopped: " + (300 - kept) + " not started");
    }

    @Test
    void aPastedImageIsKeptAsAPngScreenshotDatedWithTheMomentOfPasting() throws Exception {
        int width = 40;
        int height = 30;
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xFF336699);
        EvidenceListViewModel viewModel = viewModel();

        onFx(() -> viewModel.importPastedImage(width, height, pixels));
        waitUntil(() -> viewModel.items().size() == 1);

        EvidenceItem pasted = onFx(() -> viewModel.items().get(0));
        assertThat(pasted.kind()).isEqualTo(EvidenceKind.SCREENSHOT);
        assertThat(pasted.originalName()).isEqualTo("Screenshot 2026-11-21 14.30.05.png");
        assertThat(pasted.occurredAt().source()).isEqualTo(TimestampSource.SYSTEM_CLOCK);
        assertThat(pasted.occurredAt().local()).isEqualTo("2026-11-21T14:30:05");
        assertThat(pasted.occurredAt().precision()).isEqualTo(Precision.SECOND);
        assertThat(pasted.warning()).as("a paste has its date: no 'no date' warning").isEmpty();
        assertThat(onFx(() -> viewModel.selectedProperty().get())).isEqualTo(pasted);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(
                Files.readAllBytes(services.vault().pathOf(pasted.sha256()))));
        assertThat(stored.getWidth()).isEqualTo(width);
        assertThat(stored.getRGB(5, 5)).isEqualTo(0xFF336699);
        try (var left = Files.walk(dataDir.resolve("vault/tmp"))) {
            assertThat(left.filter(Files::isRegularFile)).as("no copy left behind").isEmpty();
        }
    }

    private Path copy(String corpusFile) throws Exception {
        Path source = Corpus.file(corpusFile);
        return Files.copy(source, desktop.resolve(source.getFileName().toString()));
    }
}
