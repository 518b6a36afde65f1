package nl.bewijsmap.ui.standing;

import java.util.function.Consumer;
import javafx.scene.Parent;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.ViewLoader;

/**
 * The "Steps and deadlines" tab of the dossier screen, wired: where the dispute stands, the next step, the deadlines
 * and the readiness check. Its {@link StandingViewModel#nextStepProperty()} serves the dossier header and its
 * {@link StandingViewModel#warnings()} the timeline's banner.
 */
public final class StandingScreen {

    private final StandingViewModel viewModel;
    private final StandingController controller;
    private final Parent view;

    public StandingScreen(Services services, Background background, I18n i18n, Consumer<Exception> onError) {
        viewModel = new StandingViewModel(services.rules()::standing, background, i18n, onError);
        controller = new StandingController(viewModel, i18n);
        view = new ViewLoader(i18n).load(controller);
    }

    public Parent view() {
        return view;
    }

    /** Shows where another dossier stands. */
    public void load(long dossierId) {
        viewModel.load(dossierId);
    }

    /** Reads the dossier again after a change elsewhere (its facts, an event, new evidence). */
    public void refresh() {
        viewModel.refresh();
    }

    /** Opens the export dialog for the recipient the readiness check is shown for. */
    public void setOnExport(Consumer<Recipient> action) {
        controller.setOnExport(action);
    }

    public StandingViewModel viewModel() {
        return viewModel;
    }
}
