package nl.bewijsmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import nl.bewijsmap.app.DossierLog;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Both forms side by side in a window, filled in with the keyboard only, the way a user on the phone would. */
@ExtendWith(ApplicationExtension.class)
class EntryFormKeyboardTest extends FxRobot {

    private static final KeyCodeCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    @TempDir
    Path dataDir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<Exception> errors = new CopyOnWriteArrayList<>();
    private final List<CallEntry> savedCalls = new CopyOnWriteArrayList<>();
    private final List<DossierLog.Recorded> savedEvents = new CopyOnWriteArrayList<>();
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private final AtomicBoolean discard = new AtomicBoolean(false);
    private final AtomicInteger closed = new AtomicInteger();
    private Services services;
    private long dossierId;
    private CallFormViewModel calls;
    private EventFormViewModel events;
    private Parent callForm;
    private Parent eventForm;
    /** The form a test works in: both have a save button, a date picker and a time field. */
    private Parent scope;

    @Start
    void show(Stage stage) {
        services = Services.open(dataDir, EntryFormFixture.CLOCK);
        dossierId = services.dossiers().create("Washing machine", DossierFacts.EMPTY, null).id();
        services.log().logCall(dossierId, new CallDetails(new Timestamp(LocalDate.of(2026, 2, 27).atTime(9, 0), null,
                TimestampSource.USER, Precision.MINUTE), null, CallDirection.OUTGOING, "Sanne", "Klantenservice", "",
                "Reported the leak", "", null));
        I18n i18n = new I18n(I18n.ENGLISH);
        Background background = new Background(worker, Platform::runLater);
        calls = new CallFormViewModel(services.log(), background, i18n, EntryFormFixture.CLOCK, errors::add,
                savedCalls::add, call -> { });
        events = new EventFormViewModel(services.log(), background, i18n, EntryFormFixture.CLOCK, errors::add,
                savedEvents::add, event -> { });
        EntryFormView.Confirmation confirmation = (titleKey, question, confirmKey) -> {
            questions.add(question);
            return discard.get();
        };
        ViewLoader views = new ViewLoader(i18n);
        callForm = views.load(new CallFormController(calls, i18n, confirmation, closed::incrementAndGet));
        eventForm = views.load(new EventFormController(events, i18n, confirmation, closed::incrementAndGet));
        scope = callForm;
        HBox both = new HBox(callForm, eventForm);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(both, 960, 780);
        scene.getStylesheets().add(getClass().getResource("/nl/bewijsmap/ui/common/bewijsmap.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        worker.shutdown();
        assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        services.close();
        assertThat(errors).isEmpty();
    }

    private void startCall() throws Exception {
        interact(() -> calls.startNew(dossierId));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Sanne".equals(field("#agentField").getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends Node> T in(String query, Class<T> type) {
        return from(scope).lookup(query).queryAs(type);
    }

    private TextField field(String query) {
        return in(query, TextField.class);
    }

    private void assertFocusOn(String query) {
        Node node = in(query, Node.class);
        assertThat(node.isFocused()).as("focus on " + query + ", not on " + node.getScene().getFocusOwner()).isTrue();
    }

    /** Tab (or Shift+Tab) to the next field, which must be the one expected. */
    private EntryFormKeyboardTest tabTo(String query) {
        type(KeyCode.TAB);
        assertFocusOn(query);
        return this;
    }

    private EntryFormKeyboardTest backTo(String query) {
        push(KeyCode.SHIFT, KeyCode.TAB);
        assertFocusOn(query);
        return this;
    }

    /** Replaces what the focused field holds. */
    private EntryFormKeyboardTest replaceWith(String text) {
        push(KeyCode.SHORTCUT, KeyCode.A);
        write(text);
        return this;
    }

    @Test
    void aCallTypedWithTheKeyboardOnlyIsStoredWithEveryField() throws Exception {
        startCall();
        assertFocusOn("#agentField");
        assertThat(field("#agentField").getSelectedText()).as("the name from the call before, ready to type over")
                .isEqualTo("Sanne");

        write("Mehmet");
        // The two radio buttons are one stop, as in any radio group: the arrow keys choose between them.
        backTo("#outgoingRadio").backTo("#durationField").backTo("#timeField").backTo("#datePicker");
        replaceWith("2-3-2026").tabTo("#timeField").replaceWith("1405").tabTo("#durationField").write("1:05");
        tabTo("#outgoingRadio").type(KeyCode.RIGHT);
        assertFocusOn("#incomingRadio");
        tabTo("#agentField").tabTo("#departmentField").tabTo("#referenceField").write("TCK-4471");
        tabTo("#summaryArea").write("The drum still leaks after the repair.");
        tabTo("#agreementsArea").write("A technician comes on 5 March.");
        tabTo("#followUpPicker").write("6-3-2026");
        push(SAVE);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !savedCalls.isEmpty());
        CallEntry stored = services.log().lastCall(dossierId).orElseThrow();
        assertThat(stored.details()).isEqualTo(new CallDetails(new Timestamp(LocalDate.of(2026, 3, 2).atTime(14, 5),
                null, TimestampSource.USER, Precision.MINUTE), Duration.ofMinutes(65), CallDirection.INCOMING,
                "Mehmet", "Klantenservice", "TCK-4471", "The drum still leaks after the repair.",
                "A technician comes on 5 March.", LocalDate.of(2026, 3, 6)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(in("#deleteButton", Node.class).isVisible()).as("the form now shows the stored call").isTrue();
        assertThat(closed).hasValue(0);
    }

    @Test
    void aRefusedSavePutsTheCursorOnTheProblemAndSavesNothing() throws Exception {
        startCall();
        backTo("#outgoingRadio").backTo("#durationField").write("a while");
        backTo("#timeField").replaceWith("25:70");
        tabTo("#durationField");
        push(SAVE);

        assertFocusOn("#timeField");
        Label problem = in("#timeProblem", Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("This is not a time of day. Write it like 14:05, or leave it empty.");
        assertThat(in("#durationProblem", Label.class).getText()).startsWith("Write the duration");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.log().contents(dossierId).calls()).hasSize(1);
    }

    @Test
    void escapeClosesAndAsksFirstWhenSomethingWasTyped() throws Exception {
        startCall();
        type(KeyCode.ESCAPE);
        assertThat(closed).as("defaults alone are no reason to ask").hasValue(1);
        assertThat(questions).isEmpty();

        write("Mehmet");
        type(KeyCode.ESCAPE);
        assertThat(questions).containsExactly("Close without saving? What you typed here will be lost.");
        assertThat(closed).as("the user chose to stay").hasValue(1);

        discard.set(true);
        type(KeyCode.ESCAPE);
        assertThat(closed).hasValue(2);
        assertThat(services.log().contents(dossierId).calls()).hasSize(1);
    }

    @Test
    void aNoteIsTypedAndSavedFromItsTextAndTabLeavesTheTextForTheButtons() throws Exception {
        scope = eventForm;
        interact(() -> events.startNew(dossierId, EventKind.NOTE));
        assertFocusOn("#textArea");
        write("The shop says I must wait two more weeks.");
        tabTo("#saveButton");
        assertThat(in("#textArea", TextArea.class).getText())
                .isEqualTo("The shop says I must wait two more weeks.");
        backTo("#textArea");
        push(SAVE);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !savedEvents.isEmpty());
        DossierEvent note = services.log().contents(dossierId).events().get(0);
        assertThat(note.kind()).isEqualTo(EventKind.NOTE);
        assertThat(note.text()).isEqualTo("The shop says I must wait two more weeks.");
        assertThat(note.occurredAt().local()).isEqualTo(LocalDate.of(2026, 11, 21).atTime(14, 37));
    }

    @Test
    void everyInputHasALabelThatNamesItAndAnAccessibleText() {
        assertNamed(callForm, "#datePicker", "#timeField", "#durationField", "#outgoingRadio", "#incomingRadio",
                "#agentField", "#departmentField", "#referenceField", "#summaryArea", "#agreementsArea",
                "#followUpPicker");
        assertNamed(eventForm, "#kindCombo", "#datePicker", "#timeField", "#textArea");
    }

    private void assertNamed(Parent form, String... ids) {
        scope = form;
        for (String id : ids) {
            Node input = in(id, Node.class);
            assertThat(input.getAccessibleText()).as(id).isNotBlank();
            if (!id.equals("#incomingRadio")) {
                assertThat(from(form).lookup(".label").queryAllAs(Label.class)).as(id)
                        .anyMatch(label -> label.getLabelFor() == input);
            }
        }
    }
}
