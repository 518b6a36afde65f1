package nl.bewijsmap.ui.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.bewijsmap.app.ImportBatch;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ProblemTexts;
import nl.bewijsmap.ui.common.I18n;

/**
 * The state of the running imports as the user sees it: progress while files come in, then a summary of what
 * happened, with every file that needs the user's attention and why. Lives on the FX thread.
 */
public final class ImportProgress {

    private static final int SHOWN_NAMES = 6;

    private final I18n i18n;
    private final EvidenceTexts texts;
    private final Map<ImportBatch, Long> batches = new LinkedHashMap<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final BooleanProperty summaryShown = new SimpleBooleanProperty(false);
    private final StringProperty summaryText = new SimpleStringProperty("");
    private final ObservableList<SummaryLine> lines = FXCollections.observableArrayList();
    private int total;
    private int done;
    private int added;
    private int withWarnings;
    private int duplicates;
    private int notAdded;
    private int skipped;
    private boolean cancelled;

    public ImportProgress(I18n i18n) {
        this.i18n = i18n;
        this.texts = new EvidenceTexts(i18n);
    }

    /** A batch has started; a summary still on screen is put away and counts start again. */
    void started(ImportBatch batch, long dossierId) {
        if (batches.isEmpty()) {
            reset();
        }
        batches.put(batch, dossierId);
        total += batch.total();
        busy.set(true);
        update(null);
    }

    void answered(ImportResult result) {
        done++;
        String name = String.valueOf(result.file().getFileName());
        switch (result.status()) {
            case IMPORTED -> {
                added++;
                if (!result.warnings().isEmpty()) {
                    withWarnings++;
                    lines.add(new SummaryLine(name, texts.warningText(result.warnings()), SummaryLine.Outcome.WARNING));
                }
            }
            case DUPLICATE -> {
                duplicates++;
                lines.add(new SummaryLine(name, i18n.text("import.summary.duplicateOf", result.item().title(),
                        texts.when(result.item().occurredAt())), SummaryLine.Outcome.DUPLICATE));
            }
            case REJECTED -> {
                notAdded++;
                lines.add(new SummaryLine(name, ProblemTexts.sentence(result.rejection(), result.rejectionDetail(),
                        i18n.locale()), SummaryLine.Outcome.NOT_ADDED));
            }
        }
        update(name);
    }

    void finished(ImportBatch batch, int skippedFiles) {
        batches.remove(batch);
        skipped += skippedFiles;
        cancelled |= batch.isCancelled();
        if (batches.isEmpty()) {
            busy.set(false);
            lines.setAll(grouped(lines));
            summaryText.set(summary());
            summaryShown.set(true);
        }
    }

    /**
     * One line per outcome and reason, worst first: forty photos without a date are one remark naming them, not
     * forty identical ones.
     */
    private List<SummaryLine> grouped(List<SummaryLine> all) {
        Map<Reason, List<String>> names = new LinkedHashMap<>();
        for (SummaryLine line : all) {
            names.computeIfAbsent(new Reason(line.outcome(), line.message()), key -> new ArrayList<>())
                    .add(line.fileName());
        }
        List<SummaryLine> result = new ArrayList<>();
        names.forEach((reason, files) -> result.add(new SummaryLine(fileNames(files), reason.message(),
                reason.outcome())));
        result.sort(Comparator.comparing(SummaryLine::outcome));
        return result;
    }

    private record Reason(SummaryLine.Outcome outcome, String message) {
    }

    private String fileNames(List<String> files) {
        if (files.size() <= SHOWN_NAMES) {
            return String.join(", ", files);
        }
        return i18n.text("import.summary.more", String.join(", ", files.subList(0, SHOWN_NAMES)),
                files.size() - SHOWN_NAMES);
    }

    /** Stops every running batch after the files being copied now. */
    public void cancel() {
        batches.keySet().forEach(ImportBatch::cancel);
        update(null);
    }

    /** Stops the imports into one dossier (it is being deleted). */
    public void cancelFor(long dossierId) {
        batches.forEach((batch, target) -> {
            if (target == dossierId) {
                batch.cancel();
            }
        });
        update(null);
    }

    public void dismissSummary() {
        summaryShown.set(false);
        lines.clear();
    }

    private void reset() {
        total = 0;
        done = 0;
        added = 0;
        withWarnings = 0;
        duplicates = 0;
        notAdded = 0;
        skipped = 0;
        cancelled = false;
        lines.clear();
        summaryShown.set(false);
    }

    private void update(String lastFile) {
        progress.set(total == 0 ? -1 : (double) done / total);
        if (batches.keySet().stream().anyMatch(ImportBatch::isCancelled)) {
            progressText.set(i18n.text("import.progress.cancelling"));
        } else {
            progressText.set(lastFile == null ? i18n.text("import.progress.starting", total)
                    : i18n.text("import.progress", done, total, lastFile));
        }
    }

    private String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(i18n.text("import.summary.added", added));
        if (withWarnings > 0) {
            parts.add(i18n.text("import.summary.warnings", withWarnings));
        }
        if (duplicates > 0) {
            parts.add(i18n.text("import.summary.duplicates", duplicates));
        }
        if (notAdded > 0) {
            parts.add(i18n.text("import.summary.notAdded", notAdded));
        }
        if (cancelled) {
            parts.add(i18n.text("import.summary.cancelled", skipped));
        }
        return String.join(" · ", parts);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public ReadOnlyBooleanProperty summaryShownProperty() {
        return summaryShown;
    }

    public StringProperty summaryTextProperty() {
        return summaryText;
    }

    public ObservableList<SummaryLine> lines() {
        return lines;
    }
}
