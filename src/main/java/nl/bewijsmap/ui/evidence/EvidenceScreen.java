package nl.bewijsmap.ui.evidence;

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
     * {@code list} outlives this screen (a running import keeps reporting to it when the language is switched
     * and the screen is built again); {@code onOpen} shows the original file in the system's viewer.
     */
    public EvidenceScreen(Services services, EvidenceListViewModel list, Background background, I18n i18n,
                          DialogService dialogs, Executor thumbnailWorkers, Consumer<EvidenceItem> onOpen,
                          Consumer<Exception> onError) {
        this.list = list;
        EmailViewModel email = new EmailViewModel(emails(services, i18n), background, i18n, list::added, onError);
        details = new EvidenceDetailViewModel(services.evidenceEditor(), email, background, i18n, list::changed,
                onError);
        ThumbnailLoader.Source thumbnails = services.thumbnails()::thumbnail;
        ViewLoader views = new ViewLoader(i18n);
        Parent detailView = views.load(new EvidenceDetailController(details, i18n,
                new ThumbnailLoader(thumbnails, thumbnailWorkers, background, PREVIEW_EDGE, 32), onOpen, item -> {
                    if (dialogs.confirm("evidence.remove.title", i18n.text("evidence.remove.question", item.title()),
                            "evidence.remove.confirm")) {
                        list.remove(item);
                    }
                }));
        controller = new EvidenceController(list, details, i18n,
                new ThumbnailLoader(thumbnails, thumbnailWorkers, background, EvidenceController.THUMBNAIL_EDGE, 800),
                detailView, dialogs::showInfo);
        view = views.load(controller);
    }

    /** Reading a stored email and taking out its attachments, for every screen that shows emails. */
    public static EmailViewModel.Emails emails(Services services, I18n i18n) {
        return new EmailViewModel.Emails() {
            @Override
            public Optional<EmailDetails> details(EvidenceItem item) {
                return services.emailViewer().emailDetails(item);
            }

            @Override
            public ImportResult takeAttachment(EvidenceItem item, int index) {
                return services.importer().importAttachment(item.dossierId(), item, index, i18n.locale());
            }
        };
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
