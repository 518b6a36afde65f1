package nl.bewijsmap.ui.evidence;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.intake.EmailDetails;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.DialogService;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.ViewLoader;

/** The evidence tab of the dossier screen, wired: its ViewModels, its two views and the thumbnails they share. */
public final class EvidenceScreen {

    /** The picture in the details pane, in pixels. */
    private static final double PREVIEW_EDGE = 120;

    private final EvidenceListViewModel list;
    private final EvidenceDetailViewModel details;
    private final EvidenceController controller;
    private final Parent view;

    /**
     * {@code onOpen} shows the original file in the system's viewer; {@code onDossierChanged} tells the dossier
     * list that the dossier changed (new or removed evidence).
     */
    public EvidenceScreen(Services services, Background background, I18n i18n, Clock clock, DialogService dialogs,
                          Executor thumbnailWorkers, Consumer<EvidenceItem> onOpen, Consumer<Exception> onError,
                          Runnable onDossierChanged) {
        list = new EvidenceListViewModel(services.evidenceEditor(), services::startImport, background, i18n, clock,
                onError, onDossierChanged);
        EmailViewModel email = new EmailViewModel(new EmailViewModel.Emails() {
            @Override
            public Optional<EmailDetails> details(EvidenceItem item) {
                return services.emailViewer().emailDetails(item);
            }

            @Override
            public ImportResult takeAttachment(EvidenceItem item, int index) {
                return services.importer().importAttachment(item.dossierId(), item, index, i18n.locale());
            }
        }, background, i18n, list::added, onError);
        details = new EvidenceDetailViewModel(services.evidenceEditor(), email, background, i18n, list::changed,
                onError);
        ThumbnailLoader.Source thumbnails = services.thumbnails()::thumbnail;
        ViewLoader views = new ViewLoader(i18n);
        Parent detailView = views.load(new EvidenceDetailController(details, i18n,
                new ThumbnailLoader(thumbnails, thumbnailWorkers, background, PREVIEW_EDGE), onOpen, item -> {
                    if (dialogs.confirm("evidence.remove.title", i18n.text("evidence.remove.question", item.title()),
                            "evidence.remove.confirm")) {
                        list.remove(item);
                    }
                }));
        controller = new EvidenceController(list, details, i18n,
                new ThumbnailLoader(thumbnails, thumbnailWorkers, background, EvidenceController.THUMBNAIL_EDGE),
                detailView, dialogs::showInfo);
        view = views.load(controller);
    }

    public Parent view() {
        return view;
    }

    /** Shows another dossier's evidence; what was typed about the item shown is saved first. */
    public void load(long dossierId) {
        details.save();
        list.load(dossierId);
    }

    /** Saves what was typed about the item shown (before the window closes). */
    public void save() {
        details.save();
    }

    /** Makes a part of the dossier screen accept dropped evidence files. */
    public void installDropTarget(Node target) {
        controller.installDropTarget(target);
    }
}
