package nl.bewijsmap.ui.export;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.bewijsmap.export.ExportProgress;
import nl.bewijsmap.ui.common.Background;

/**
 * A running export as the dialog shows it: how far it is and what it does now, and the consumer's wish to stop.
 * The exporting thread reports as often as it likes; the screen takes the latest report once per frame.
 */
public final class ExportRun {

    private final Background background;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling", false);
    private Progress current;

    ExportRun(Background background) {
        this.background = background;
    }

    /** The progress an export reports to and reads its cancel from. */
    final class Progress implements ExportProgress {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicReference<Report> latest = new AtomicReference<>();

        private record Report(double fraction, String message) {
        }

        @Override
        public void update(long done, long total, String text) {
            Report report = new Report(total <= 0 ? -1 : Math.min(1, (double) done / total), text);
            // Only the first report since the screen last looked asks it to look again.
            if (latest.getAndSet(report) == null) {
                background.onFx(() -> show(this, latest.getAndSet(null)));
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    Progress start(String startMessage) {
        current = new Progress();
        progress.set(-1);
        message.set(startMessage);
        cancelling.set(false);
        return current;
    }

    private void show(Progress from, Progress.Report report) {
        if (from != current || report == null || cancelling.get()) {
            return;
        }
        progress.set(report.fraction());
        if (report.message() != null && !report.message().isBlank()) {
            message.set(report.message());
        }
    }

    void cancel(String stoppingMessage) {
        if (current != null && !current.cancelled.getAndSet(true)) {
            cancelling.set(true);
            message.set(stoppingMessage);
        }
    }

    void finish() {
        current = null;
        cancelling.set(false);
    }

    /** From 0 to 1; -1 while the total is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the export does now, in the package's language, or "Stopping…". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once the consumer asked to stop, until the export has stopped. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }
}
