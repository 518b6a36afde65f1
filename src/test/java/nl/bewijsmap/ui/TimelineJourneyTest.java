package nl.bewijsmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.intake.Corpus;
import nl.bewijsmap.ui.timeline.RowType;
import nl.bewijsmap.ui.timeline.TimelineRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A consumer whose withdrawal period is running out opens the dossier's timeline, is warned, logs the phone call
 * they are on, sees it in its place among the photo and the note, and finds it again by typing a word of it.
 */
class TimelineJourneyTest extends FxRobot {

    @TempDir
    Path dataDir;

    private RunningApp app;
    private Services services;
    private long dossierId;

    @BeforeEach
    void openApp() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        services = Services.open(dataDir, Clock.systemDefaultZone());
        // Delivered ten days ago: the 14 days to withdraw end in about four days (a little later when the end falls
        // on a weekend or holiday), which is soon enough for a warning.
        LocalDate today = LocalDate.now();
        dossierId = services.dossiers().create("Washing machine", new DossierFacts(Country.NL, true,
                "Washing machine WM-900", "", "", today.minusDays(12), today.minusDays(10), today.minusDays(3),
                null, null, "The drum leaks", null), null).id();
        services.importer().importFile(dossierId, Corpus.file("photos/exif-samples/Canon_DIGITAL_IXUS_400.jpg"),
                null);
        services.log().record(dossierId, EventKind.NOTE, new Timestamp(today.minusDays(3).atTime(9, 30), null,
                TimestampSource.USER, Precision.MINUTE), "Water under the machine again");
        app = RunningApp.open(stage, services);
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aCallLoggedWhileTheTimelineIsOpenTakesItsPlaceAndIsFoundByAWordOfIt() throws Exception {
        clickOn(lookup(".dossier-title").match(LabeledMatchers.hasText("Washing machine")).queryLabeled());
        ListView<TimelineRow> list = lookup("#datedList").queryListView();
        waitUntil(() -> titles(list).contains("Water under the machine again"));

        // The warning stands above the timeline, and the deadline itself is in the list.
        waitUntil(() -> lookup("#warningBox .deadline-warning").tryQuery().isPresent());
        Label warning = lookup("#warningBox .deadline-warning").queryAs(Label.class);
        assertThat(warning.getText()).contains("Your withdrawal period ends in");
        assertThat(titles(list)).contains("Withdrawal period");

        clickOn("#callButton");
        waitUntil(() -> lookup("#agentField").tryQuery().map(node -> node.isVisible()).orElse(false));
        // Still on the phone: the date and time are filled in, the agent's field has the focus, Tab moves on.
        waitUntil(() -> lookup("#agentField").query().isFocused());
        write("Priya").type(KeyCode.TAB);
        write("Customer service").type(KeyCode.TAB).type(KeyCode.TAB);
        write("The drum still leaks after the repair").type(KeyCode.TAB);
        write("They collect the machine on Friday and refund in full");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        // Stored with what was typed, and shown in its place: after the note of three days ago, before the deadline.
        waitUntil(() -> titles(list).contains("You called Priya (Customer service)"));
        List<CallEntry> calls = services.log().contents(dossierId).calls();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).details().agent()).isEqualTo("Priya");
        assertThat(calls.get(0).details().summary()).isEqualTo("The drum still leaks after the repair");
        assertThat(calls.get(0).details().agreements())
                .isEqualTo("They collect the machine on Friday and refund in full");
        List<String> titles = titles(list);
        int call = titles.indexOf("You called Priya (Customer service)");
        assertThat(titles.indexOf("Canon_DIGITAL_IXUS_400")).isLessThan(call);
        assertThat(titles.indexOf("Water under the machine again")).isLessThan(call);
        assertThat(titles.indexOf("Withdrawal period")).isGreaterThan(call);
        assertThat(list.getSelectionModel().getSelectedItem().title()).isEqualTo("You called Priya (Customer service)");

        // Typing a word of the agreements leaves only the call.
        clickOn("#timelineSearch").write("refund");
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).type()).isEqualTo(RowType.CALL);
        assertThat(lookup("#timelineCount").queryLabeled().getText()).startsWith("1 of ");
        clickOn("#timelineSearch").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> list.getItems().size() == titles.size());
    }

    @Test
    void aCallTypedButNotSavedIsKeptWhenTheWindowClosesAndAReadingLeavesTheFormAlone() throws Exception {
        clickOn(lookup(".dossier-title").match(LabeledMatchers.hasText("Washing machine")).queryLabeled());
        ListView<TimelineRow> list = lookup("#datedList").queryListView();
        waitUntil(() -> titles(list).contains("Water under the machine again"));
        clickOn("#callButton");
        waitUntil(() -> lookup("#agentField").query().isFocused());
        write("Mark");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().title().equals("You called Mark"));

        // The stored call stays open; the user adds the department, is halfway through the time and, before saving,
        // looks at another tab.
        clickOn("#departmentField").write("Returns desk");
        replaceText("#timeField", "25:9");
        clickOn(lookup(".tab-label").match(LabeledMatchers.hasText("Evidence")).queryLabeled());
        clickOn(lookup(".tab-label").match(LabeledMatchers.hasText("Timeline")).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();

        // Coming back read the timeline again; the form and what was typed stay as they were, and nothing asked.
        assertThat(lookup("#agentField").queryTextInputControl().getText()).isEqualTo("Mark");
        assertThat(lookup("#departmentField").queryTextInputControl().getText()).isEqualTo("Returns desk");
        assertThat(lookup("#timeField").queryTextInputControl().getText()).isEqualTo("25:9");
        assertThat(listWindows()).hasSize(1);
        replaceText("#timeField", "10:15");

        app.close();
        app = null;

        try (Services reopened = Services.open(dataDir, Clock.systemDefaultZone())) {
            List<CallEntry> calls = reopened.log().contents(dossierId).calls();
            assertThat(calls).singleElement().satisfies(call -> {
                assertThat(call.details().agent()).isEqualTo("Mark");
                assertThat(call.details().department()).isEqualTo("Returns desk");
                assertThat(call.details().startedAt().local().toLocalTime()).hasToString("10:15");
            });
        }
    }

    private void replaceText(String field, String text) {
        clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    private static List<String> titles(ListView<TimelineRow> list) {
        return list.getItems().stream().map(TimelineRow::title).toList();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        RunningApp.waitUntil(20, condition);
    }
}
