package nl.bewijsmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.export.ExportProgress;
import nl.bewijsmap.export.PackageRequest;
import nl.bewijsmap.export.PackageResult;
import nl.bewijsmap.intake.Corpus;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Shell;
import nl.bewijsmap.ui.export.ExportDialog;
import nl.bewijsmap.ui.export.ExportPackages;
import nl.bewijsmap.ui.export.ExportResult;
import nl.bewijsmap.ui.export.ExportViewModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.NodeQueryUtils;

/**
 * A consumer makes the PDF package for De Geschillencommissie from the dossier's header: the dialog says what the
 * committee would miss and asks for an explicit "anyway" before it makes the package; the package is written with
 * the real writer, listed with its size, and opened. Another time the consumer stops the export halfway, and no
 * file is left behind.
 */
class ExportJourneyTest extends FxRobot {

    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    private Stage stage;
    private RunningApp app;
    private Services services;
    private long dossierId;

    @BeforeEach
    void openApp() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        services = Services.open(dataDir, Clock.systemDefaultZone());
        LocalDate delivered = LocalDate.now().minusMonths(2);
        dossierId = services.dossiers().create("Wasmachine", new DossierFacts(Country.NL, true,
                "Wasmachine WM-900", "W-88123", "", delivered.minusDays(3), delivered, delivered.plusDays(10),
                new BigDecimal("649.00"), null, "De deur lekt bij elke wasbeurt.", DesiredOutcome.REPAIR),
                new Seller("Witgoedwinkel.nl", "Witgoed BV", new Address("Industrieweg 4", "3542 AD", "Utrecht", ""),
                        "", "info@witgoedwinkel.nl", "", "", Keurmerk.THUISWINKEL_WAARBORG,
                        DisputeBody.GESCHILLENCOMMISSIE)).id();
        services.importer().importFile(dossierId,
                Corpus.file("pdfs/py-pdf-sample-files/002-trivial-libre-office-writer.pdf"), EvidenceKind.RECEIPT);
        services.importer().importFile(dossierId, Corpus.file("photos/exif-samples/Canon_DIGITAL_IXUS_400.jpg"),
                EvidenceKind.PHOTO);
        app = RunningApp.open(stage, services);
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void thePackageIsMadeOnlyAfterTheReadinessCheckIsAnsweredThenListedWithItsSizeAndOpened()
            throws Exception {
        clickOn(lookup(".dossier-title").match(LabeledMatchers.hasText("Wasmachine")).queryLabeled());
        Button exportButton = lookup("#exportButton").queryButton();
        waitUntil(() -> !exportButton.isDisabled());
        clickOn(exportButton);

        ComboBox<Recipient> recipient = lookup("#packageRecipientCombo").queryComboBox();
        waitUntil(() -> recipient.getValue() == Recipient.GESCHILLENCOMMISSIE);
        // No written complaint yet: the committee would not take the case, and the dialog says so.
        // The steps tab shows its own cards; these are the dialog's.
        Label problem = from(exportWindow().orElseThrow().getScene().getRoot())
                .lookup("#issueProblem-NO_WRITTEN_COMPLAINT").queryAs(Label.class);
        assertThat(problem.getText()).startsWith("There is no written complaint to the seller.");
        Button make = lookup("#makeButton").queryButton();
        assertThat(make.isDisabled()).isTrue();
        assertThat(lookup("#problemText").queryLabeled().getText())
                .isEqualTo("Fix what stops the package first, or tick “Make the package anyway”.");
        assertThat(lookup("#letterCombo").queryComboBox().getValue().toString()).contains("COVER_LETTER");

        focus(lookup("#anywayCheck").query()).type(KeyCode.SPACE);
        assertThat(make.isDisabled()).isFalse();
        Path asked = out.resolve("Bewijsmap - Wasmachine - De Geschillencommissie.pdf");
        typeInto(lookup("#fileField").query(), asked.toString());
        // Enter (here in the file's field) makes the package: it is the dialog's default button.
        type(KeyCode.ENTER);

        ListView<ExportResult.File> files = lookup("#filesList").queryListView();
        waitUntil(() -> !files.getItems().isEmpty());
        assertThat(files.getItems()).extracting(ExportResult.File::path).containsExactly(asked);
        assertThat(files.getItems().get(0).size()).matches("\\d+ kB|\\d+\\.\\d MB");
        try (PDDocument pdf = Loader.loadPDF(asked.toFile())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
        assertThat(lookup("#doneSummary").queryLabeled().getText()).startsWith("One PDF with 2 exhibits");
        assertThat(lookup("#mailHint").queryLabeled().getText()).contains("info@witgoedwinkel.nl");

        // Without a desktop to hand it to, the app's own opener gets the file (here: a message with its place).
        // The done page is filled and shown in one step; it is laid out (visible) a pulse later on a busy machine.
        waitUntil(() -> lookup("#openPdfButton").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        clickOn("#openPdfButton");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane message = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(message.getHeaderText()).contains(asked.toUri().toString());
        clickOn(from(message).lookup(".button").queryButton());
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());

        clickOn("#exportCloseButton");
        waitUntil(() -> exportWindow().isEmpty());
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void anExportStoppedHalfwayLeavesNoFileTheSetupShowsAgainAndEscapeClosesTheDialog() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        ExportPackages real = ExportDialog.packages(services);
        // The real writer, which waits at its first report of progress until the consumer pressed Stop.
        ExportPackages waiting = new ExportPackages() {
            @Override
            public DossierSnapshot snapshot(long id) {
                return real.snapshot(id);
            }

            @Override
            public Letter draft(long id, LetterKind kind, Recipient recipient, Locale locale) {
                return real.draft(id, kind, recipient, locale);
            }

            @Override
            public PackageResult export(long id, PackageRequest request, ExportProgress progress)
                    throws IOException {
                return real.export(id, request, new ExportProgress() {
                    @Override
                    public void update(long done, long total, String message) {
                        started.countDown();
                        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                        while (!progress.isCancelled() && System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        progress.update(done, total, message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                });
            }
        };
        ExecutorService worker = Executors.newSingleThreadExecutor();
        ExecutorService documents = Executors.newSingleThreadExecutor();
        try {
            ExportDialog[] dialog = new ExportDialog[1];
            interact(() -> {
                I18n i18n = new I18n(I18n.ENGLISH);
                dialog[0] = new ExportDialog(stage, MainWindow.class.getResource(MainWindow.STYLESHEET)
                        .toExternalForm(), waiting, new Background(worker, Platform::runLater),
                        new Background(documents, Platform::runLater), i18n, new NoShell(), e -> {
                            throw new AssertionError(e);
                        });
                dialog[0].show(dossierId, "Wasmachine", null, null, i18n);
            });
            ExportViewModel viewModel = dialog[0].viewModel();
            waitUntil(() -> viewModel.loadedProperty().get());
            Node scope = dialog[0].stage().getScene().getRoot();
            focus(from(scope).lookup("#anywayCheck").queryAs(CheckBox.class)).type(KeyCode.SPACE);
            typeInto(from(scope).lookup("#fileField").query(), out.resolve("stopped.pdf").toString());
            clickOn(from(scope).lookup("#makeButton").queryButton());

            assertThat(started.await(20, TimeUnit.SECONDS)).as("the export reported its progress").isTrue();
            waitUntil(() -> viewModel.pageProperty().get() == ExportViewModel.Page.RUNNING);
            clickOn(from(scope).lookup("#cancelRunButton").queryButton());

            waitUntil(() -> viewModel.pageProperty().get() == ExportViewModel.Page.SETUP);
            assertThat(from(scope).lookup("#problemText").queryLabeled().getText())
                    .isEqualTo("The export was stopped. No file was written.");
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left.toList()).isEmpty();
            }
            // Escape closes the dialog; the window it belongs to stays.
            clickOn(from(scope).lookup("#itemsList").queryAs(Node.class));
            type(KeyCode.ESCAPE);
            waitUntil(() -> !dialog[0].stage().isShowing());
            assertThat(stage.isShowing()).isTrue();
        } finally {
            worker.shutdown();
            documents.shutdown();
            assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(documents.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static java.util.Optional<Window> exportWindow() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(window -> window instanceof Stage shown && shown.getTitle() != null
                        && shown.getTitle().startsWith("PDF package"))
                .findFirst();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        RunningApp.waitUntil(30, condition);
    }

    /**
     * Replaces a field's text by typing, as the user would: the field is brought into view and clicked, so that its
     * window has the keyboard. Checked, so that a package never goes to the real home folder by mistake.
     */
    private void typeInto(Node field, String text) {
        focus(field);
        clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(text);
        assertThat(((javafx.scene.control.TextInputControl) field).getText()).isEqualTo(text);
    }

    /** Puts the keyboard focus on the node, as Tab would; the form scrolls it into view. */
    private FxRobot focus(Node node) {
        interact(node::requestFocus);
        return this;
    }

    /** The dialog opens nothing of the system's in this test. */
    private static final class NoShell implements Shell {
        @Override
        public void open(Path file) {
        }

        @Override
        public void showInFolder(Path file) {
        }

        @Override
        public void mail(URI mailto) {
        }
    }
}
