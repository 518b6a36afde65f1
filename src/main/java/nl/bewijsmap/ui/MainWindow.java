package nl.bewijsmap.ui;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.DossierSummary;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.store.StoreException;
import nl.bewijsmap.ui.common.AppExecutor;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.DesktopShell;
import nl.bewijsmap.ui.common.DialogService;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Shell;
import nl.bewijsmap.ui.common.ViewLoader;
import nl.bewijsmap.ui.dossier.DossierActions;
import nl.bewijsmap.ui.dossier.DossierController;
import nl.bewijsmap.ui.dossier.DossierViewModel;
import nl.bewijsmap.ui.evidence.EvidenceListViewModel;
import nl.bewijsmap.ui.evidence.EvidenceScreen;
import nl.bewijsmap.ui.export.ExportDialog;
import nl.bewijsmap.ui.letters.LetterViewModel;
import nl.bewijsmap.ui.letters.SentLetter;
import nl.bewijsmap.ui.letters.LettersScreen;
import nl.bewijsmap.ui.standing.StandingScreen;
import nl.bewijsmap.ui.timeline.TimelineScreen;
import nl.bewijsmap.ui.evidence.ThumbnailLoader;
import nl.bewijsmap.ui.main.MainController;
import nl.bewijsmap.ui.main.MainViewModel;
import nl.bewijsmap.ui.settings.LanguageChoice;
import nl.bewijsmap.ui.settings.SettingsWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the screens of the main window by hand and rebuilds them when the user switches language. */
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    public static final String STYLESHEET = "/nl/bewijsmap/ui/common/bewijsmap.css";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private final Stage stage;
    private final Services services;
    private final Background background;
    private final Clock clock;
    private final I18n i18n;
    private final DialogService dialogs;
    private MainViewModel mainViewModel;
    private DossierViewModel dossierViewModel;
    private EvidenceScreen evidence;
    private TimelineScreen timeline;
    private StandingScreen standing;
    private LettersScreen letters;
    private DossierController dossierController;
    private final ExecutorService thumbnailWorkers = ThumbnailLoader.newestFirst();
    /** Letter previews, printing and exports: apart from the app's worker, which a print dialog would hold up. */
    private final ExecutorService documentWorkers = AppExecutor.create("bewijsmap-documents");
    private final Background documents = new Background(documentWorkers, Platform::runLater);
    private Consumer<String> documentOpener;
    /** Lives as long as the window: imports run on while the screens are rebuilt in another language. */
    private final EvidenceListViewModel evidenceList;

    public MainWindow(Stage stage, Services services, Background background, Locale locale, Clock clock) {
        this.stage = stage;
        this.services = services;
        this.background = background;
        this.clock = clock;
        this.i18n = new I18n(locale);
        this.dialogs = new DialogService(stage, i18n);
        this.documentOpener = uri -> dialogs.showInfo(i18n.text("evidence.open.where", uri));
        this.evidenceList = new EvidenceListViewModel(services.evidenceEditor(), services::startImport, background,
                i18n, clock, this::showError, this::dossierChanged);
    }

    /** How the original of a piece of evidence is opened in the system's own viewer (the app's host services). */
    public void openDocumentsWith(Consumer<String> opener) {
        this.documentOpener = opener;
    }

    /** The AtlantaFX theme under our own stylesheet; set once, before the first window. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public void show() {
        applyTheme();
        Scene scene = new Scene(build(), 1200, 760);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        for (int size : ICON_SIZES) {
            Optional.ofNullable(MainWindow.class.getResource("/nl/bewijsmap/icons/app-" + size + ".png"))
                    .ifPresent(url -> stage.getIcons().add(new Image(url.toExternalForm())));
        }
        stage.setOnCloseRequest(e -> {
            if (!timeline.leave()) {
                e.consume();
                return;
            }
            if (evidenceList.progress().busyProperty().get()) {
                if (!dialogs.confirm("import.closing.title", i18n.text("import.closing.question"),
                        "import.closing.confirm")) {
                    e.consume();
                    return;
                }
                evidenceList.progress().cancel();
            }
            flush();
        });
        stage.show();
        LOG.info("Main window shown ({}, JavaFX {})", i18n.locale(), System.getProperty("javafx.runtime.version"));
        mainViewModel.refresh();
    }

    /** Saves whatever the user typed last; called before the window closes. */
    public void flush() {
        if (dossierViewModel != null) {
            dossierViewModel.save();
        }
        if (evidence != null) {
            evidence.save();
        }
        if (timeline != null) {
            timeline.save();
        }
        if (letters != null) {
            letters.save();
        }
    }

    /**
     * Lets a letter or package being written finish, as the app's worker does with saves, so that closing the window
     * leaves no half-written PDF beside the one asked for; thumbnails still being made are dropped.
     */
    public void stopWork() {
        thumbnailWorkers.shutdownNow();
        AppExecutor.shutdown(documentWorkers);
    }

    public I18n i18n() {
        return i18n;
    }

    private Parent build() {
        stage.setTitle(i18n.text("app.title"));
        ViewLoader views = new ViewLoader(i18n);
        mainViewModel = new MainViewModel(services.dossiers(), background, i18n, this::showError);
        dossierViewModel = new DossierViewModel(services.editor(), background, i18n, clock,
                this::showError, this::dossierChanged);
        mainViewModel.setOnRenamed(dossierViewModel::renamedElsewhere);
        mainViewModel.setOnDeleting(id -> evidenceList.progress().cancelFor(id));
        evidence = new EvidenceScreen(services, evidenceList, background, i18n, dialogs, thumbnailWorkers,
                this::openOriginal, this::showError);
        standing = new StandingScreen(services, background, i18n, this::showError);
        timeline = new TimelineScreen(services, background, i18n, clock, dialogs, this::openOriginal,
                this::showOnEvidenceTab, dossierViewModel::phaseMovedElsewhere, this::dossierChanged,
                evidenceList::added, this::showError);
        timeline.showWarnings(standing.viewModel().warnings());
        standing.setOnExport(recipient -> exportPackage(dossierViewModel.dossierId(), recipient));
        letters = new LettersScreen(services, background, documents, i18n, dialogs, clock, this::letterSent,
                this::showOnTimeline, this::showError);
        dossierController = new DossierController(dossierViewModel, i18n, new Actions(),
                new DossierController.Tabs(timeline.view(), timeline::refresh, evidence.view(), standing.view(),
                        standing::refresh, letters.view(), letters::refresh),
                standing.viewModel().nextStepProperty(), evidence::installDropTarget);
        Parent dossierView = views.load(dossierController);
        mainViewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now.id() != dossierViewModel.dossierId()) {
                dossierViewModel.save();
                // One worker reads them in turn: the tab on screen first, then the header, then the other tabs.
                timeline.load(now.id());
                dossierViewModel.load(now.id());
                standing.load(now.id());
                evidence.load(now.id());
                letters.load(now.id());
            }
        });
        return views.load(new MainController(mainViewModel, i18n, () -> dialogs, dossierView, this::openSettings));
    }

    private void openOriginal(EvidenceItem item) {
        // Finding the stored file looks at the disk: not on the FX thread.
        background.run(() -> services.vault().pathOf(item.sha256()).toUri().toString(), documentOpener,
                this::showError);
    }

    /** Something in the open dossier changed: the list shows its new phase, the header its next step. */
    private void dossierChanged() {
        mainViewModel.refresh();
        if (standing != null) {
            standing.refresh();
        }
    }

    /** A letter was kept as sent: its event is on the timeline, its PDF with the evidence, the phase may be later. */
    private void letterSent(SentLetter sent) {
        long id = sent.event().dossierId();
        if (id == dossierViewModel.dossierId()) {
            timeline.refresh();
            evidence.load(id);
            if (sent.phase() != null) {
                dossierViewModel.phaseMovedElsewhere(id, sent.phase());
            }
        }
        dossierChanged();
    }

    /** Opens an event on the timeline tab. */
    private void showOnTimeline(DossierEvent event) {
        dossierController.showTimelineTab();
        timeline.viewModel().reload(new TimelineEntry.OfEvent(event));
    }

    private void exportPackage(long dossierId, Recipient recipient) {
        String title = mainViewModel.find(dossierId).map(DossierSummary::title).orElse("");
        LetterViewModel writing = letters.viewModel();
        Letter draft = writing.dossierId() == dossierId ? writing.currentLetter() : null;
        Shell shell = new DesktopShell(background, uri -> documentOpener.accept(uri));
        new ExportDialog(stage, stylesheet(), ExportDialog.packages(services), background, documents, i18n, shell,
                this::showError).show(dossierId, title, draft, recipient, i18n);
    }

    /** Opens a piece of evidence on the evidence tab, where it can be edited. */
    private void showOnEvidenceTab(EvidenceItem item) {
        dossierController.showEvidenceTab();
        evidenceList.items().stream().filter(shown -> shown.id() == item.id()).findFirst()
                .ifPresent(evidenceList.selectedProperty()::set);
    }

    private void switchLanguage(LanguageChoice choice) {
        Locale wanted = choice.locale(Locale.getDefault());
        if (wanted.equals(i18n.locale())) {
            return;
        }
        if (!timeline.leave()) {
            return; // the user goes on with a form that cannot be saved yet; the language applies at the next start
        }
        flush();
        long selected = Optional.ofNullable(mainViewModel.selectedProperty().get()).map(DossierSummary::id).orElse(-1L);
        i18n.switchTo(wanted);
        stage.getScene().setRoot(build());
        mainViewModel.refreshAndSelect(selected);
    }

    private void openSettings() {
        SettingsWindow.open(stage, stylesheet(), services, background, i18n, this::showError, this::switchLanguage);
    }

    /** Our stylesheet, for every window of the app. */
    private static String stylesheet() {
        return MainWindow.class.getResource(STYLESHEET).toExternalForm();
    }

    private void showError(Exception e) {
        String message = e instanceof StoreException ? e.getMessage() : i18n.text("error.unexpected");
        dialogs.showError(message, e);
    }

    /** The dossier screen's archive and delete go through the list, which owns undo. */
    private final class Actions implements DossierActions {
        @Override
        public void archive(long dossierId, boolean archived) {
            mainViewModel.find(dossierId).ifPresent(d -> mainViewModel.setArchived(d, archived));
        }

        @Override
        public void delete(long dossierId) {
            mainViewModel.find(dossierId).ifPresent(mainViewModel::delete);
        }

        @Override
        public void exportPackage(long dossierId) {
            MainWindow.this.exportPackage(dossierId, null);
        }

        @Override
        public javafx.beans.Observable archivedStates() {
            return mainViewModel.visibleDossiers();
        }

        @Override
        public boolean isArchived(long dossierId) {
            return mainViewModel.find(dossierId).map(DossierSummary::archived).orElse(false);
        }
    }
}
