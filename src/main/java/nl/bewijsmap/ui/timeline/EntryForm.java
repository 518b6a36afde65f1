package nl.bewijsmap.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.TimesOfDay;
import nl.bewijsmap.ui.evidence.EvidenceTexts;

/**
 * What the call and the event form share: the date and optional time the user gives, the stored entry shown
 * (if any), whether the form is busy or holds unsaved changes, and the writes in the background.
 */
final class EntryForm<T> {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Background background;
    private final I18n i18n;
    private final Clock clock;
    private final Consumer<Exception> onError;
    private final Function<T, Timestamp> momentOf;
    private final Runnable recheck;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = Forms.text();
    private final StringProperty dateProblem = Forms.text();
    private final StringProperty timeProblem = Forms.text();
    private final ReadOnlyObjectWrapper<T> stored = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper started = new ReadOnlyIntegerWrapper(0);
    private long dossierId = -1;
    private Timestamp original;
    private boolean filling;
    private boolean checked;
    /** Counts what the form has shown, so that a late answer for an earlier entry changes nothing. */
    private int shown;
    private int changes;

    EntryForm(Background background, I18n i18n, Clock clock, Consumer<Exception> onError,
              Function<T, Timestamp> momentOf, Runnable recheck) {
        this.background = background;
        this.i18n = i18n;
        this.clock = clock;
        this.onError = onError;
        this.momentOf = momentOf;
        this.recheck = recheck;
        editing.bind(stored.isNotNull());
        watch(date, time);
    }

    /** Counts changes to these inputs as the user's. */
    void watch(Observable... inputs) {
        Forms.watch(this::changed, inputs);
    }

    private void changed() {
        if (filling) {
            return;
        }
        changes++;
        dirty.set(true);
        // After a save was refused, a problem goes away as soon as the user has put it right.
        if (checked) {
            recheck.run();
        }
    }

    /** A new entry at the current minute; {@code fields} empties the rest of the form. */
    void fillNew(long forDossier, Runnable fields) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        fill(forDossier, null, now.toLocalDate(), CLOCK_TIME.format(now), fields);
        started.set(started.get() + 1);
    }

    /** A stored entry; {@code fields} fills in the rest of the form from it. */
    void fillStored(long forDossier, T entry, Runnable fields) {
        Timestamp at = momentOf.apply(entry);
        fill(forDossier, entry, at.local().toLocalDate(), timeText(at), fields);
    }

    private void fill(long forDossier, T entry, LocalDate day, String clockTime, Runnable fields) {
        filling = true;
        shown++;
        dossierId = forDossier;
        stored.set(entry);
        original = entry == null ? null : momentOf.apply(entry);
        date.set(day);
        time.set(clockTime);
        dateProblem.set("");
        timeProblem.set("");
        fields.run();
        filling = false;
        checked = false;
        changes = 0;
        dirty.set(false);
    }

    /** What the form shows now, to hand to {@link #quietly} when defaults arrive later. */
    int shown() {
        return shown;
    }

    /**
     * Applies defaults read in the background, unless the form moved on to another entry meanwhile; they do
     * not count as the user's changes.
     */
    void quietly(int forShown, Runnable defaults) {
        if (forShown != shown) {
            return;
        }
        filling = true;
        defaults.run();
        filling = false;
    }

    boolean canWrite() {
        return dossierId >= 0 && !busy.get();
    }

    /** Puts the date's and time's problems under them; from now on problems follow the input as it changes. */
    boolean checkMoment() {
        checked = true;
        boolean dateOk = date.get() != null;
        dateProblem.set(dateOk ? "" : i18n.text("timeline.entryForm.date.missing"));
        boolean timeOk = Forms.value(time).isEmpty() || parseTime(Forms.value(time)).isPresent();
        timeProblem.set(timeOk ? "" : i18n.text("timeline.entryForm.time.invalid"));
        return dateOk && timeOk;
    }

    /**
     * The moment given, once {@link #checkMoment} passed: to the minute with a time, else the whole day; the
     * consumer's own local time without an offset. A stored moment left as it was is kept as it is.
     */
    Timestamp moment() {
        String typed = Forms.value(time);
        if (original != null && original.local().toLocalDate().equals(date.get())
                && typed.equals(timeText(original))) {
            return original;
        }
        return parseTime(typed)
                .map(t -> new Timestamp(date.get().atTime(t), null, TimestampSource.USER, Precision.MINUTE))
                .orElseGet(() -> new Timestamp(date.get().atStartOfDay(), null, TimestampSource.USER,
                        Precision.DAY));
    }

    /** Writes in the background with the form busy; the form then shows what was stored, unless it moved on. */
    <R> void write(Callable<R> work, Function<R, T> entryOf, Consumer<R> then) {
        int forShown = shown;
        int changesWritten = changes;
        busy.set(true);
        background.run(work, result -> {
            busy.set(false);
            if (forShown == shown) {
                T entry = entryOf.apply(result);
                stored.set(entry);
                original = momentOf.apply(entry);
                dirty.set(changes != changesWritten);
            }
            then.accept(result);
        }, this::failed);
    }

    /** Removes the stored entry in the background; the form is then empty ({@code emptyFields}). */
    void remove(Consumer<T> work, Consumer<T> then, Runnable emptyFields) {
        T entry = stored.get();
        if (entry == null || busy.get()) {
            return;
        }
        int forShown = shown;
        busy.set(true);
        background.run(() -> work.accept(entry), () -> {
            busy.set(false);
            if (forShown == shown) {
                fill(-1, null, null, "", emptyFields);
            }
            then.accept(entry);
        }, this::failed);
    }

    private void failed(Exception e) {
        busy.set(false);
        onError.accept(e);
    }

    /** The time of day as the form shows it: empty for a moment known only to the day. */
    static String timeText(Timestamp at) {
        return at.precision() == Precision.DAY ? "" : CLOCK_TIME.format(at.local());
    }

    /** When the stored entry shown took place, as the user's language writes it; empty for a new entry. */
    String storedWhen() {
        T entry = stored.get();
        if (entry == null) {
            return "";
        }
        return new EvidenceTexts(i18n).moment(momentOf.apply(entry));
    }

    /** A time of day as people type it; empty when it is none. */
    static Optional<LocalTime> parseTime(String text) {
        return TimesOfDay.parse(text);
    }

    long dossierId() {
        return dossierId;
    }

    ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    StringProperty timeProperty() {
        return time;
    }

    StringProperty dateProblemProperty() {
        return dateProblem;
    }

    StringProperty timeProblemProperty() {
        return timeProblem;
    }

    ReadOnlyObjectProperty<T> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Changes each time a new entry is started, so that the view can put the cursor in its first field. */
    ReadOnlyIntegerProperty startedProperty() {
        return started.getReadOnlyProperty();
    }
}
