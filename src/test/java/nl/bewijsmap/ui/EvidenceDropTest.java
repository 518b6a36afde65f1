package nl.bewijsmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.nio.file.Files;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.util.Pair;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.intake.Corpus;
import nl.bewijsmap.ui.evidence.SummaryLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;

/** The user drops a handful of real evidence files on a dossier and sees what became of each. */
class EvidenceDropTest extends FxRobot {

    @TempDir
    Path dataDir;

    @TempDir
    Path desktop;

    private RunningApp app;
    private Services services;

    @BeforeEach
    void openApp() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        services = Services.open(dataDir, Clock.systemDefaultZone());
        services.dossiers().create("Washing machine", DossierFacts.EMPTY, null);
        app = RunningApp.open(stage, services);
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    @Test
    void droppedFilesAreListedWithTheirDatesAndTheSummaryNamesTheProblemFiles() throws Exception {
        Path photo = copy(Corpus.file("photos/exif-samples/Canon_DIGITAL_IXUS_400.jpg"));
        Path pdf = copy(Corpus.file("pdfs/py-pdf-sample-files/002-trivial-libre-office-writer.pdf"));
        Path email = copy(Corpus.file("emails/mail/basic_email.eml"));
        Path truncated = copy(Corpus.file("malformed/synthetic/truncated-120B_basic_email.eml"));
        Path samePhotoAgain = Files.copy(photo, desktop.resolve("copy of the photo.jpg"));
        Path empty = Files.createFile(desktop.resolve("empty.pdf"));
        Path folder = Files.createDirectory(desktop.resolve("Holiday"));

        clickOn(lookup(".dossier-title").match(LabeledMatchers.hasText("Washing machine")).queryLabeled());
        clickOn(lookup(".tab-pane > .tab-header-area .tab-label").match(LabeledMatchers.hasText("Evidence"))
                .queryLabeled());
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        drop(lookup("#emptyState").query(), List.of(photo, pdf, email, truncated, samePhotoAgain, empty, folder));

        waitUntil(() -> lookup("#summaryBox").query().isVisible());
        ListView<EvidenceItem> list = lookup("#evidenceList").queryListView();
        assertThat(list.getItems()).hasSize(4);
        List<String> shown = visibleTexts(list);
        assertThat(shown).contains(
                "Photo  ·  Taken 27 Aug 2004 13:52 — camera (EXIF)",
                "Message from the seller  ·  Sent 22 Nov 2008 15:04 — email header",
                "Other  ·  Created 3 Apr 2022 19:31 — PDF document details");
        assertThat(shown).anyMatch(text -> text.endsWith("— file date only (weak)"));
        assertThat(list.getItems()).extracting(item -> item.occurredAt().source())
                .contains(TimestampSource.EXIF_ORIGINAL, TimestampSource.EMAIL_DATE, TimestampSource.PDF_CREATION,
                        TimestampSource.FILE_MODIFIED);
        // Oldest first: the 2004 photo, the 2008 email, the 2022 PDF, then the file dated today.
        assertThat(list.getItems().get(0).originalName()).isIn("Canon_DIGITAL_IXUS_400.jpg", "copy of the photo.jpg");
        assertThat(list.getItems().get(2).originalName()).isEqualTo("002-trivial-libre-office-writer.pdf");

        String summary = lookup("#summaryText").queryLabeled().getText();
        assertThat(summary).contains("4 added", "1 already in the dossier", "2 not added");
        ListView<SummaryLine> lines = lookup("#summaryList").queryListView();
        assertThat(lines.getItems()).extracting(SummaryLine::fileName)
                .contains("empty.pdf", "Holiday", "truncated-120B_basic_email.eml");
        assertThat(messageFor(lines, "empty.pdf")).contains("This file is empty (0 bytes)");
        assertThat(messageFor(lines, "Holiday")).contains("This is a folder, not a file");
        assertThat(lines.getItems().get(0).outcome()).isEqualTo(SummaryLine.Outcome.NOT_ADDED);
        assertThat(lines.getItems()).anyMatch(line -> line.outcome() == SummaryLine.Outcome.DUPLICATE
                && line.message().contains("already in the dossier"));

        clickOn("#summaryCloseButton");
        waitUntil(() -> !lookup("#summaryBox").query().isVisible());
        assertThat(services.evidence().count(services.dossiers().list(true).get(0).id())).isEqualTo(4);
    }

    @Test
    void aNoteTypedWithPausesIsSavedWholeAndTheItemStaysSelected() throws Exception {
        Path photo = copy(Corpus.file("photos/exif-samples/Canon_DIGITAL_IXUS_400.jpg"));
        Path pdf = copy(Corpus.file("pdfs/py-pdf-sample-files/002-trivial-libre-office-writer.pdf"));
        clickOn(lookup(".dossier-title").match(LabeledMatchers.hasText("Washing machine")).queryLabeled());
        clickOn(lookup(".tab-pane > .tab-header-area .tab-label").match(LabeledMatchers.hasText("Evidence"))
                .queryLabeled());
        waitUntil(() -> lookup("#emptyState").query().isVisible());
        drop(lookup("#emptyState").query(), List.of(photo, pdf));
        ListView<EvidenceItem> list = lookup("#evidenceList").queryListView();
        waitUntil(() -> list.getItems().size() == 2);

        clickOn(lookup("#evidenceList .evidence-title").match(LabeledMatchers.hasText("Canon_DIGITAL_IXUS_400"))
                .queryLabeled());
        clickOn("#noteArea").write("The dent");
        // Longer than the autosave delay: the first part is saved while the user thinks.
        waitUntil(() -> "The dent".equals(noteInDatabase()));
        write(" in the door");
        waitUntil(() -> "The dent in the door".equals(noteInDatabase()));

        assertThat(lookup("#noteArea").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("The dent in the door");
        assertThat(list.getSelectionModel().getSelectedItem().originalName()).isEqualTo("Canon_DIGITAL_IXUS_400.jpg");
    }

    private String noteInDatabase() {
        long dossier = services.dossiers().list(true).get(0).id();
        return services.evidence().list(dossier).stream()
                .filter(item -> item.originalName().equals("Canon_DIGITAL_IXUS_400.jpg"))
                .findFirst().map(EvidenceItem::note).orElse("");
    }

    private Path copy(Path corpusFile) throws Exception {
        return Files.copy(corpusFile, desktop.resolve(corpusFile.getFileName().toString()));
    }

    /** What the operating system does when files are dropped: drag over, then drop, on the FX thread. */
    private void drop(Node target, List<Path> files) {
        interact(() -> {
            Dragboard dragboard = DragboardHelper.createDragboard(new FileManagerDrag());
            DragboardHelper.setDataAccessRestriction(dragboard, false);
            dragboard.setContent(Map.of(DataFormat.FILES, files.stream().map(Path::toFile).collect(Collectors.toList())));
            javafx.geometry.Point2D at = target.localToScene(10, 10);
            DragEvent over = new DragEvent(DragEvent.DRAG_OVER, dragboard, at.getX(), at.getY(), at.getX(),
                    at.getY(), TransferMode.COPY, null, null, null);
            javafx.event.Event.fireEvent(target, over);
            // The system only drops where the drag-over was accepted.
            assertThat(over.getAcceptedTransferMode()).isEqualTo(TransferMode.COPY);
            javafx.event.Event.fireEvent(target, new DragEvent(DragEvent.DRAG_DROPPED, dragboard, at.getX(),
                    at.getY(), at.getX(), at.getY(), TransferMode.COPY, null, null, null));
        });
    }

    /** The drag a file manager starts: files, offered for copying or moving. */
    private static final class FileManagerDrag implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            for (Pair<DataFormat, Object> pair : pairs) {
                content.put(pair.getKey(), pair.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY, TransferMode.MOVE);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    private List<String> visibleTexts(ListView<?> list) {
        return lookup("#evidenceList .label").queryAll().stream()
                .map(node -> ((Label) node).getText()).filter(text -> text != null && !text.isBlank())
                .collect(Collectors.toList());
    }

    private static String messageFor(ListView<SummaryLine> lines, String fileName) {
        return lines.getItems().stream().filter(line -> line.fileName().equals(fileName)).findFirst()
                .orElseThrow().message();
    }

    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        RunningApp.waitUntil(20, condition);
    }
}
