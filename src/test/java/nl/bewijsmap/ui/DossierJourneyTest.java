package nl.bewijsmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.DossierSummary;
import nl.bewijsmap.domain.Seller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;

/** A first-time user makes a dossier, fills in the seller, closes the app and finds it all again. */
class DossierJourneyTest extends FxRobot {

    @TempDir
    Path dataDir;

    private Stage stage;
    private RunningApp app;

    @BeforeEach
    void registerStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            closeAppAndWait();
        }
    }

    private void openApp() throws TimeoutException {
        app = RunningApp.open(stage, dataDir);
    }

    private void closeAppAndWait() throws Exception {
        app.close();
        app = null;
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        RunningApp.waitUntil(5, condition);
    }

    private FxRobot focus(String query) {
        interact(() -> lookup(query).query().requestFocus());
        return this;
    }

    @Test
    void createFillInCloseReopenAndFindItAgain() throws Exception {
        openApp();
        waitUntil(() -> lookup("#createFirstButton").queryButton().isVisible());

        clickOn("#createFirstButton");
        clickOn("#dialogTextField").write("Washing machine").type(KeyCode.ENTER);
        waitUntil(() -> lookup("#tradeNameField").tryQuery().isPresent()
                && !lookup("#tradeNameField").queryAs(TextField.class).isDisabled());
        assertThat(lookup("#titleField").queryAs(TextField.class).getText()).isEqualTo("Washing machine");

        clickOn("Purchase and seller");
        clickOn("#productField").write("Bosch washing machine WAN28");
        // Further down the form, as a user tabbing through it: the form scrolls the field into view.
        focus("#tradeNameField").write("Coolblue").type(KeyCode.TAB).write("Coolblue B.V.");
        focus("#registrationField").write("2403 0982");
        assertThat(lookup("#registrationField").query().localToScreen(0, 0).getY())
                .as("the focused field scrolled into view").isLessThan(stage.getY() + stage.getHeight());
        focus("#sellerEmailField").write("klantenservice@coolblue.nl");
        closeAppAndWait();

        try (Services check = Services.open(dataDir, Clock.systemDefaultZone())) {
            long id = check.dossiers().list(true).get(0).id();
            Seller seller = check.parties().findSeller(id);
            assertThat(seller.tradeName()).isEqualTo("Coolblue");
            assertThat(seller.email()).isEqualTo("klantenservice@coolblue.nl");
        }

        openApp();
        ListView<DossierSummary> list = lookup("#dossierList").queryListView();
        waitUntil(() -> list.getItems().size() == 1);
        clickOn("#searchField").write("cool");
        waitUntil(() -> list.getItems().size() == 1);
        clickOn(lookup(".dossier-title").match(LabeledMatchers.hasText("Washing machine")).queryLabeled());
        clickOn("Purchase and seller");
        waitUntil(() -> "Coolblue".equals(lookup("#tradeNameField").queryAs(TextField.class).getText()));
        assertThat(lookup("#legalNameField").queryAs(TextField.class).getText()).isEqualTo("Coolblue B.V.");
        assertThat(lookup("#productField").queryAs(TextField.class).getText())
                .isEqualTo("Bosch washing machine WAN28");

        clickOn("#searchField").eraseText(4).write("fridge");
        waitUntil(() -> list.getItems().isEmpty());
        assertThat(lookup("#noMatchesLabel").query().isVisible()).isTrue();
    }
}
