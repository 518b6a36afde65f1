package nl.bewijsmap.ui.timeline;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.intake.EmailDetails;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.DialogService;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.ViewLoader;
import nl.bewijsmap.ui.evidence.EmailViewModel;

/** The timeline tab of the dossier screen, wired: the list, and the views that show or write down one line. */
public final class TimelineScreen {

    private final TimelineViewModel timeline;
    private final TimelineController controller;
    private final EvidencePreviewViewModel preview;
    private final Parent previewView;
    private final DeadlineDetailController deadlineDetail;
    private final Parent deadlineView;
    private final Parent view;

    /** {@code onOpen} shows an original file in the system's viewer; {@code onEdit} shows it on the evidence tab. */
    public TimelineScreen(Services services, Background background, I18n i18n, Clock clock, DialogService dialogs,
                          Consumer<EvidenceItem> onOpen, Consumer<EvidenceItem> onEdit,
                          Consumer<Exception> onError) {
        timeline = new TimelineViewModel(services.rules()::timeline, background, i18n, clock, onError);
        EmailViewModel email = new EmailViewModel(new EmailViewModel.Emails() {
            @Override
            public Optional<EmailDetails> details(EvidenceItem item) {
                return services.emailViewer().emailDetails(item);
            }

            @Override
            public ImportResult takeAttachment(EvidenceItem item, int index) {
                return services.importer().importAttachment(item.dossierId(), item, index, i18n.locale());
            }
        }, background, i18n, result -> timeline.reload(null), onError);
        preview = new EvidencePreviewViewModel(i18n, email);
        ViewLoader views = new ViewLoader(i18n);
        previewView = views.load(new EvidencePreviewController(preview,
                (item, edge) -> services.thumbnails().preview(item.sha256(), item.mediaType(), edge), background,
                i18n, onOpen, onEdit));
        deadlineDetail = new DeadlineDetailController(i18n);
        deadlineView = views.load(deadlineDetail);
        controller = new TimelineController(timeline, i18n, this::newCall, this::newEvent, this::detailFor);
        view = views.load(controller);
    }

    private Node detailFor(TimelineRow row) {
        TimelineEntry entry = row.entry();
        if (entry instanceof TimelineEntry.OfEvidence evidence) {
            preview.show(evidence.item());
            return previewView;
        }
        if (entry instanceof TimelineEntry.OfDeadline deadline) {
            deadlineDetail.show(deadline.deadline());
            return deadlineView;
        }
        return null;
    }

    private void newCall() {
        controller.clearSelection();
    }

    private void newEvent(EventKind kind) {
        controller.clearSelection();
    }

    public TimelineViewModel viewModel() {
        return timeline;
    }

    public Parent view() {
        return view;
    }

    /** Shows another dossier's timeline. */
    public void load(long dossierId) {
        controller.showDetail(null);
        timeline.load(dossierId);
    }

    /** Reads the timeline again (after evidence was added on the other tab, say), keeping the line opened. */
    public void refresh() {
        timeline.reload(null);
    }
}
