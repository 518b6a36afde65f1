package nl.bewijsmap.ui.timeline;

import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import nl.bewijsmap.app.DossierLog;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.DialogService;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.ViewLoader;
import nl.bewijsmap.ui.evidence.EmailViewModel;
import nl.bewijsmap.ui.evidence.EvidenceScreen;
import nl.bewijsmap.ui.standing.DeadlineWarning;

/** The timeline tab of the dossier screen, wired: the list, and the views that show or write down one line. */
public final class TimelineScreen {

    private final TimelineViewModel timeline;
    private final TimelineController controller;
    private final EvidencePreviewViewModel preview;
    private final Parent previewView;
    private final DeadlineDetailController deadlineDetail;
    private final Parent deadlineView;
    private final Parent view;
    private final CallFormViewModel calls;
    private final Parent callForm;
    private final EventFormViewModel events;
    private final Parent eventForm;
    private final BiConsumer<Long, Phase> onPhaseMoved;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Runnable onChanged;

    /**
     * {@code onOpen} shows an original file in the system's viewer; {@code onEdit} shows it on the evidence tab;
     * {@code onPhaseMoved} hears of a dossier that moved on to a later phase because of an event recorded here, and
     * {@code onChanged} of any call, note or event written down, changed or deleted, and {@code onEvidenceAdded}
     * of an email attachment taken out as evidence here.
     */
    public TimelineScreen(Services services, Background background, I18n i18n, Clock clock, DialogService dialogs,
                          Consumer<EvidenceItem> onOpen, Consumer<EvidenceItem> onEdit,
                          BiConsumer<Long, Phase> onPhaseMoved, Runnable onChanged,
                          Consumer<ImportResult> onEvidenceAdded, Consumer<Exception> onError) {
        this.onPhaseMoved = onPhaseMoved;
        this.onChanged = onChanged;
        this.dialogs = dialogs;
        this.i18n = i18n;
        timeline = new TimelineViewModel(services.rules()::timeline, background, i18n, clock, onError);
        EmailViewModel email = new EmailViewModel(EvidenceScreen.emails(services, i18n), background, i18n,
                result -> {
                    timeline.reload(null);
                    onEvidenceAdded.accept(result);
                }, onError);
        preview = new EvidencePreviewViewModel(i18n, email);
        ViewLoader views = new ViewLoader(i18n);
        previewView = views.load(new EvidencePreviewController(preview,
                (item, edge) -> services.thumbnails().preview(item.sha256(), item.mediaType(), edge), background,
                i18n, onOpen, onEdit));
        calls = new CallFormViewModel(services.log(), background, i18n, clock, onError, this::callSaved,
                deleted -> entryDeleted());
        callForm = views.load(new CallFormController(calls, i18n, dialogs::confirm, this::closeForm));
        events = new EventFormViewModel(services.log(), background, i18n, clock, onError, this::eventSaved,
                deleted -> entryDeleted());
        eventForm = views.load(new EventFormController(events, i18n, dialogs::confirm, this::closeForm));
        deadlineDetail = new DeadlineDetailController(i18n);
        deadlineView = views.load(deadlineDetail);
        controller = new TimelineController(timeline, i18n, this::newCall, this::newEvent, this::detailFor,
                () -> shownForm() != null);
        view = views.load(controller);
    }

    private Node detailFor(TimelineRow row) {
        if (!leave()) {
            return controller.shownDetail();
        }
        TimelineEntry entry = row.entry();
        if (entry instanceof TimelineEntry.OfCall call) {
            calls.edit(call.call());
            return callForm;
        }
        if (entry instanceof TimelineEntry.OfEvent event) {
            events.edit(event.event());
            return eventForm;
        }
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

    /** The form the pane shows, or null when it shows something else. */
    private EntryFormModel shownForm() {
        Node shown = controller.shownDetail();
        return shown == callForm ? calls : shown == eventForm ? events : null;
    }

    /**
     * Before the pane shows something else (another line, another dossier, a closed window, another language),
     * what was typed in a form is saved; when it cannot be saved as it is, the user decides whether to leave it. A
     * form whose save is already under way is left to finish. Returns whether the pane may change.
     */
    public boolean leave() {
        EntryFormModel form = shownForm();
        if (form == null || !form.hasUnsavedChanges() || form.form().busyProperty().get()) {
            return true;
        }
        return form.save() || dialogs.confirm("timeline.leave.title", i18n.text("timeline.leave.question"),
                "timeline.leave.confirm");
    }

    /** Saves what was typed in a call or event form when it can be saved as it is; asks nothing. */
    public void save() {
        EntryFormModel form = shownForm();
        if (form != null && form.hasUnsavedChanges()) {
            form.save();
        }
    }

    private void newCall() {
        if (!leave()) {
            return;
        }
        controller.clearSelection();
        calls.startNew(timeline.dossierId());
        controller.showDetail(callForm);
    }

    private void newEvent(EventKind kind) {
        if (!leave()) {
            return;
        }
        controller.clearSelection();
        events.startNew(timeline.dossierId(), kind);
        controller.showDetail(eventForm);
    }

    /** A saved entry takes its place in the timeline and stays open, unless the user has opened another line. */
    private void callSaved(CallEntry call) {
        boolean stillOpen = controller.shownDetail() == callForm;
        timeline.reload(stillOpen ? new TimelineEntry.OfCall(call) : null);
        onChanged.run();
    }

    private void eventSaved(DossierLog.Recorded recorded) {
        boolean stillOpen = controller.shownDetail() == eventForm;
        timeline.reload(stillOpen ? new TimelineEntry.OfEvent(recorded.event()) : null);
        recorded.movedTo().ifPresent(phase -> onPhaseMoved.accept(recorded.event().dossierId(), phase));
        onChanged.run();
    }

    private void entryDeleted() {
        controller.clearSelection();
        controller.showDetail(null);
        timeline.reload(null);
        onChanged.run();
    }

    private void closeForm() {
        controller.clearSelection();
        controller.showDetail(null);
    }

    /** Shows these deadline warnings above the timeline, kept up to date. */
    public void showWarnings(ObservableList<DeadlineWarning> warnings) {
        controller.showWarnings(warnings);
    }

    public TimelineViewModel viewModel() {
        return timeline;
    }

    public Parent view() {
        return view;
    }

    /**
     * Shows another dossier's timeline. A form being filled in is saved first; one that cannot be saved stays open
     * (it keeps its own dossier) unless the user lets it go.
     */
    public void load(long dossierId) {
        if (leave()) {
            controller.showDetail(null);
        }
        timeline.load(dossierId);
    }

    /** Reads the timeline again (after evidence was added on the other tab, say), keeping the line opened. */
    public void refresh() {
        timeline.reload(null);
    }
}
