package nl.bewijsmap.ui.export;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.bewijsmap.app.Correspondence;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.export.ExportProgress;
import nl.bewijsmap.export.PackageRequest;
import nl.bewijsmap.export.PackageResult;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.DialogService;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Shell;
import nl.bewijsmap.ui.common.ViewLoader;

/** The export dialog's window: made for one dossier, on top of the main window until it is closed. */
public final class ExportDialog {

    private static final double WIDTH = 1000;
    private static final double HEIGHT = 700;

    private final Stage stage = new Stage();
    private final ExportViewModel viewModel;

    /**
     * {@code work} runs the export and the result's actions, apart from the app's worker; {@code shell} opens the
     * PDF, its folder and the email.
     */
    public ExportDialog(Window owner, String stylesheet, ExportPackages packages, Background background,
                        Background work, I18n i18n, Shell shell, Consumer<Exception> onError) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        DialogService dialogs = new DialogService(stage, i18n);
        viewModel = new ExportViewModel(packages, background, work, i18n, shell, dialogs::showError, onError);
        ViewLoader views = new ViewLoader(i18n);
        Parent donePage = views.load(new ExportDoneController(viewModel.result(), i18n));
        Scene scene = new Scene(views.load(new ExportController(viewModel, i18n, donePage, stage::close)), WIDTH,
                HEIGHT);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        fitOnScreen(owner);
        stage.setOnCloseRequest(event -> {
            if (viewModel.pageProperty().get() == ExportViewModel.Page.RUNNING) {
                event.consume();
                viewModel.cancel();
            }
        });
    }

    /** The app's letters and package writer, for the dialog. */
    public static ExportPackages packages(Services services) {
        Correspondence correspondence = services.correspondence();
        return new ExportPackages() {
            @Override
            public DossierSnapshot snapshot(long dossierId) {
                return correspondence.snapshot(dossierId);
            }

            @Override
            public Letter draft(long dossierId, LetterKind kind, Recipient recipient, Locale locale) {
                return correspondence.draft(dossierId, kind, recipient, locale);
            }

            @Override
            public PackageResult export(long dossierId, PackageRequest request, ExportProgress progress)
                    throws IOException {
                return correspondence.export(dossierId, request, progress);
            }
        };
    }

    /** A laptop screen of 1366 × 768 keeps the whole dialog in view. */
    private void fitOnScreen(Window owner) {
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        stage.setWidth(Math.min(WIDTH, screen.getWidth() - 24));
        stage.setHeight(Math.min(HEIGHT, screen.getHeight() - 24));
    }

    /**
     * Shows the dialog for the dossier; {@code currentDraft} is the letter being written for it, or null;
     * {@code recipient} who the package is for, or null for the one that fits the seller.
     */
    public void show(long dossierId, String dossierTitle, Letter currentDraft, Recipient recipient, I18n i18n) {
        stage.setTitle(i18n.text("export.title", dossierTitle));
        viewModel.load(dossierId, currentDraft, recipient);
        stage.show();
    }

    public ExportViewModel viewModel() {
        return viewModel;
    }

    public Stage stage() {
        return stage;
    }
}
