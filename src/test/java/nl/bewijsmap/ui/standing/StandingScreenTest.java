package nl.bewijsmap.ui.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.MainWindow;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The "Steps and deadlines" page of a dossier whose withdrawal period ends on Thursday, in a window of its own. */
@ExtendWith(ApplicationExtension.class)
class StandingScreenTest {

    @TempDir
    Path dataDir;

    private final List<Exception> errors = new CopyOnWriteArrayList<>();
    private StandingFixture fixture;
    private ExecutorService worker;
    private StandingScreen screen;
    private long dossierId;

    @Start
    void start(Stage stage) {
        fixture = new StandingFixture(dataDir);
        dossierId = fixture.dossier(Country.NL, LocalDate.of(2026, 3, 5), DisputeBody.GESCHILLENCOMMISSIE,
                Keurmerk.NONE);
        worker = Executors.newSingleThreadExecutor();
        MainWindow.applyTheme();
        screen = new StandingScreen(fixture.services, new Background(worker, Platform::runLater),
                new I18n(I18n.ENGLISH), errors::add);
        Scene scene = new Scene(screen.view(), 900, 600);
        scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        worker.shutdownNow();
        assertThat(worker.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        fixture.close();
        assertThat(errors).isEmpty();
    }

    private void load(FxRobot robot) throws TimeoutException {
        robot.interact(() -> screen.load(dossierId));
        waitUntil(() -> screen.viewModel().loadedProperty().get());
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void theWithdrawalCardAndWhatTheCommissionWouldMissAreShown(FxRobot robot) throws TimeoutException {
        load(robot);

        assertThat(robot.lookup("#deadline-WITHDRAWAL").tryQuery()).isPresent();
        assertThat(robot.lookup("#deadlineName-WITHDRAWAL").queryAs(Label.class).getText())
                .isEqualTo("Withdrawal period");
        assertThat(robot.lookup("#deadlineDays-WITHDRAWAL").queryAs(Label.class).getText()).isEqualTo("3 days left");
        assertThat(robot.lookup("#deadlineStatus-WITHDRAWAL").queryAs(Label.class).getText()).isEqualTo("Open");
        assertThat(robot.lookup("#deadlineUrl-WITHDRAWAL").queryAs(TextField.class).getText())
                .isEqualTo("https://eur-lex.europa.eu/eli/dir/2011/83/oj");
        assertThat(robot.lookup("#phase-OWN_ATTEMPT").queryAs(Label.class).getPseudoClassStates())
                .anyMatch(state -> state.getPseudoClassName().equals("current"));
        assertThat(robot.lookup("#nextStepText").queryAs(Label.class).getText())
                .startsWith("Complain to the seller in writing");

        ComboBox<?> recipients = robot.lookup("#recipientCombo").queryComboBox();
        assertThat(recipients.getValue()).isEqualTo(Recipient.GESCHILLENCOMMISSIE);
        assertThat(robot.lookup("#issue-NO_WRITTEN_COMPLAINT").tryQuery()).isPresent();
        assertThat(robot.lookup("#issueFix-NO_WRITTEN_COMPLAINT").queryAs(Label.class).getText())
                .startsWith("What to do: Send the seller a complaint by letter or email");
        assertThat(robot.lookup("#readySummary").queryAs(Label.class).getText())
                .isEqualTo("Before you send this to De Geschillencommissie: 2 things to fix first.");
    }

    @Test
    void aComplaintRecordedElsewhereTakesItsItemOffTheListOnRefresh(FxRobot robot) throws TimeoutException {
        load(robot);

        fixture.record(dossierId, EventKind.COMPLAINT_SENT, LocalDate.of(2026, 3, 9));
        robot.interact(screen::refresh);
        waitUntil(() -> robot.lookup("#issue-NO_WRITTEN_COMPLAINT").tryQuery().isEmpty());

        assertThat(robot.lookup("#issue-COMPLAINT_TOO_RECENT").tryQuery()).isPresent();
        assertThat(robot.lookup("#phase-WRITTEN_COMPLAINT").queryAs(Label.class).getPseudoClassStates())
                .anyMatch(state -> state.getPseudoClassName().equals("current"));
        assertThat(robot.lookup("#routeText").queryAs(Label.class).getText())
                .isEqualTo("Route: De Geschillencommissie");
        assertThat(robot.lookup("#deadline-GESCHILLENCOMMISSIE_LATEST").tryQuery()).isPresent();
    }

    @Test
    void choosingTheSellerAsRecipientShowsWhatTheSellerWouldMiss(FxRobot robot) throws TimeoutException {
        load(robot);
        // The choice is further down the page: focusing it scrolls it into view, as moving there with Tab does.
        robot.interact(() -> screen.view().lookup("#recipientCombo").requestFocus());

        robot.clickOn("#recipientCombo");
        robot.clickOn(LabeledMatchers.hasText("The seller"));

        assertThat(screen.viewModel().recipientProperty().get()).isEqualTo(Recipient.SELLER);
        assertThat(robot.lookup("#issue-NO_WRITTEN_COMPLAINT").tryQuery()).isEmpty();
        assertThat(robot.lookup("#issue-NO_PROOF_OF_PURCHASE").tryQuery()).isPresent();
        assertThat(robot.lookup("#readySummary").queryAs(Label.class).getText())
                .isEqualTo("Nothing stops you sending this to the seller, but 1 thing is worth fixing.");
    }

    @Test
    void copyLinkPutsTheSourcesAddressOnTheClipboard(FxRobot robot) throws TimeoutException {
        load(robot);
        Button copy = robot.lookup("#deadlineCopy-WITHDRAWAL").queryButton();

        robot.interact(copy::fire);

        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo("https://eur-lex.europa.eu/eli/dir/2011/83/oj");
        assertThat(copy.getText()).isEqualTo("Copied");
    }
}
