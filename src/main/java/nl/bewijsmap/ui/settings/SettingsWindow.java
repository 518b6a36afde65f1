package nl.bewijsmap.ui.settings;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.ViewLoader;

/** The settings window: the consumer's own details and the app's language, on top of the main window. */
public final class SettingsWindow {

    private SettingsWindow() {
    }

    /**
     * Opens the window; what was typed is saved as it closes. {@code onLanguage} hears of another language chosen,
     * once the window has closed.
     */
    public static void open(Window owner, String stylesheet, Services services, Background background, I18n i18n,
                            Consumer<Exception> onError, Consumer<LanguageChoice> onLanguage) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle(i18n.text("settings.title"));
        SettingsViewModel viewModel = new SettingsViewModel(services.parties(), services.settings(), background, i18n,
                onError, choice -> {
                    window.close();
                    onLanguage.accept(choice);
                });
        SettingsController controller = new SettingsController(viewModel, i18n, window::close);
        Scene scene = new Scene(new ViewLoader(i18n).load(controller));
        scene.getStylesheets().add(stylesheet);
        window.setScene(scene);
        window.setOnHiding(e -> controller.flush());
        viewModel.load();
        window.show();
    }
}
