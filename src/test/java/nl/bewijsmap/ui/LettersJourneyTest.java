package nl.bewijsmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.ui.timeline.TimelineRow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * A consumer whose seller has not answered the phone opens the letters tab: the written complaint is proposed,
 * drafted from the dossier, edited, shown as it will be printed, and kept as sent; the timeline then has the sending
 * and the letter's PDF, and the dossier has moved on to the written complaint. Uses the real drafter and writer.
 */
class LettersJourneyTest extends FxRobot {

    private static final String ADDED = "Ik heb de machine sinds 20 januari niet meer kunnen gebruiken.";

    @TempDir
    Path dataDir;

    private RunningApp app;
    private Services services;
    private long dossierId;

    @BeforeEach
    void openApp() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        services = Services.open(dataDir, Clock.systemDefaultZone());
        services.parties().saveProfile(new ConsumerProfile("Jan de Vries",
                new Address("Lindenlaan 3", "3511 AB", "Utrecht", ""), "jan@example.nl", "06 12345678",
                "NL91ABNA0417164300"));
        LocalDate delivered = LocalDate.now().minusMonths(2);
        dossierId = services.dossiers().create("Wasmachine", new DossierFacts(Country.NL, false,
                "Wasmachine WM-900", "W-88123", "", delivered.minusDays(3), delivered, delivered.plusDays(10),
                new BigDecimal("649.00"), null, "De deur lekt bij elke wasbeurt.", DesiredOutcome.REPAIR),
                new Seller("Witgoedwinkel.nl", "Witgoed BV", new Address("Industrieweg 4", "3542 AD", "Utrecht", ""),
                        "", "info@witgoedwinkel.nl", "", "", Keurmerk.NONE, DisputeBody.NONE)).id();
        app = RunningApp.open(stage, services);
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aComplaintIsDraftedEditedPreviewedAndKeptAsSentOnTheTimeline() throws Exception {
        clickOn(lookup(".dossier-title").match(LabeledMatchers.hasText("Wasmachine")).queryLabeled());
        clickOn(lookup(".tab-label").match(LabeledMatchers.hasText("Letters")).queryLabeled());
        ComboBox<LetterKind> kind = lookup("#letterKindCombo").queryComboBox();
        waitUntil(() -> kind.getValue() == LetterKind.COMPLAINT);
        assertThat(lookup("#recipientFixed").queryLabeled().getText()).isEqualTo("Witgoedwinkel.nl");
        assertThat(lookup("#kindHint").queryLabeled().getText()).startsWith("Your first written complaint");

        clickOn("#draftButton");
        TextArea body = lookup("#bodyArea").queryAs(TextArea.class);
        waitUntil(() -> !body.getText().isBlank());
        assertThat(lookup("#subjectField").queryTextInputControl().getText()).isNotBlank();
        assertThat(body.getText()).contains("W-88123");
        assertThat(lookup("#draftHeading").query().isVisible()).as("the editor holds the letter chosen").isFalse();

        // The consumer adds a sentence at the end; the preview follows once typing pauses.
        clickOn(body);
        push(KeyCode.CONTROL, KeyCode.END);
        write("\n\n" + ADDED);
        waitUntil(() -> lookup("#previewPage-1").tryQuery().isPresent());
        ImageView page = lookup("#previewPage-1").queryAs(ImageView.class);
        assertThat(page.getImage().getHeight() / page.getImage().getWidth()).as("an A4 page")
                .isCloseTo(297.0 / 210, org.assertj.core.api.Assertions.within(0.01));

        // Gaps the drafter left would be asked about first; a complete letter goes straight to the date.
        clickOn("#sentButton");
        waitUntil(() -> lookup("#sentDatePicker").tryQuery().isPresent()
                || lookup(".button").match(LabeledMatchers.hasText("Mark as sent anyway")).tryQuery().isPresent());
        Optional<Node> anyway = lookup(".button").match(LabeledMatchers.hasText("Mark as sent anyway")).tryQuery();
        if (anyway.isPresent()) {
            clickOn(anyway.get());
            waitUntil(() -> lookup("#sentDatePicker").tryQuery().isPresent());
        }
        assertThat(lookup("#sentConfirmButton").queryAs(Button.class).isDefaultButton()).isTrue();
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#statusText").queryLabeled().getText().startsWith("Kept as sent on"));

        // Stored: the event with the subject, and the PDF of the letter as the consumer wrote it.
        DossierContents contents = services.log().contents(dossierId);
        String subject = lookup("#subjectField").queryTextInputControl().getText();
        assertThat(contents.events()).extracting(DossierEvent::kind).containsExactly(EventKind.COMPLAINT_SENT);
        assertThat(contents.events().get(0).text()).isEqualTo(subject);
        EvidenceItem copy = contents.evidence().get(0);
        assertThat(copy.kind()).isEqualTo(EvidenceKind.CORRESPONDENCE_OUT);
        assertThat(copy.mediaType()).isEqualTo(MediaType.PDF);
        try (PDDocument pdf = Loader.loadPDF(services.vault().pathOf(copy.sha256()).toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(ADDED).contains("W-88123");
        }
        assertThat(contents.dossier().phase()).isEqualTo(Phase.WRITTEN_COMPLAINT);

        // "Show on the timeline" opens the sending there, with the letter beside it.
        clickOn("#showSentLink");
        TabPane tabs = lookup("#tabs").queryAs(TabPane.class);
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        assertThat(shown.getText()).isEqualTo("Timeline");
        ListView<TimelineRow> list = lookup("#datedList").queryListView();
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().title().equals("Complaint sent"));
        List<String> titles = list.getItems().stream().map(TimelineRow::title).toList();
        assertThat(titles).contains(copy.title());
        ComboBox<Phase> phase = lookup("#phaseCombo").queryComboBox();
        waitUntil(() -> phase.getValue() == Phase.WRITTEN_COMPLAINT);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        RunningApp.waitUntil(20, condition);
    }
}
