package nl.bewijsmap.ui.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import nl.bewijsmap.app.DossierLog;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;

/**
 * The form for one phone call with the seller, quick to fill in while still on the phone: a new call starts at
 * the current minute with the agent and department of the call written down last in the dossier. Saving checks
 * the input, shows each problem under its field, and writes the call in the background.
 */
public final class CallFormViewModel implements EntryFormModel {

    private static final String MINUTE_UNIT = "(?:m|min|mins|minute|minutes|minuut|minuten)\\.?";
    /** 12, 12 min, 12m. */
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,3})\\s*(?:" + MINUTE_UNIT + ")?");
    /** 1:05, 1.05 (hours and minutes). */
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    /** 1h, 1 h 5 min, 1u05, 2 uur, 1 hour 5 minutes. */
    private static final Pattern HOURS = Pattern.compile(
            "(\\d{1,2})\\s*(?:h|u|uur|hour|hours)\\s*(?:(\\d{1,2})\\s*(?:" + MINUTE_UNIT + ")?)?");

    private final DossierLog log;
    private final Background background;
    private final I18n i18n;
    private final Consumer<Exception> onError;
    private final Consumer<CallEntry> onSaved;
    private final Consumer<CallEntry> onDeleted;
    private final EntryForm<CallEntry> form;

    private final StringProperty duration = Forms.text();
    private final ObjectProperty<CallDirection> direction = new SimpleObjectProperty<>(CallDirection.OUTGOING);
    private final StringProperty agent = Forms.text();
    private final StringProperty department = Forms.text();
    private final StringProperty reference = Forms.text();
    private final StringProperty summary = Forms.text();
    private final StringProperty agreements = Forms.text();
    private final ObjectProperty<LocalDate> followUp = new SimpleObjectProperty<>();
    private final StringProperty durationProblem = Forms.text();
    private final StringProperty followUpProblem = Forms.text();
    private final StringProperty agreementsHint = Forms.text();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper agentPrefilled = new ReadOnlyBooleanWrapper(false);

    public CallFormViewModel(DossierLog log, Background background, I18n i18n, Clock clock,
                             Consumer<Exception> onError, Consumer<CallEntry> onSaved,
                             Consumer<CallEntry> onDeleted) {
        this.log = log;
        this.background = background;
        this.i18n = i18n;
        this.onError = onError;
        this.onSaved = onSaved;
        this.onDeleted = onDeleted;
        this.form = new EntryForm<>(background, i18n, clock, onError, CallEntry::startedAt,
                this::check);
        form.watch(duration, direction, agent, department, reference, summary, agreements, followUp);
        agreementsHint.bind(Bindings.createStringBinding(() -> Forms.value(agreements).isEmpty()
                ? i18n.text("timeline.callForm.agreements.hint") : "", agreements));
        heading.bind(Bindings.when(form.editingProperty()).then(i18n.text("timeline.callForm.heading.call"))
                .otherwise(i18n.text("timeline.callForm.heading.new")));
    }

    /**
     * An empty form for a call in this dossier, starting now (to the minute). The agent and department of the
     * call written down last follow when they have been read, into those fields the user has left empty.
     */
    public void startNew(long dossierId) {
        form.fillNew(dossierId, () -> show(null));
        int forShown = form.shown();
        background.run(() -> log.lastCall(dossierId), last -> last.ifPresent(call -> prefill(forShown, call.details())),
                onError);
    }

    private void prefill(int forShown, CallDetails last) {
        form.quietly(forShown, () -> {
            if (Forms.value(department).isEmpty()) {
                department.set(last.department());
            }
            if (Forms.value(agent).isEmpty() && !last.agent().isEmpty()) {
                agent.set(last.agent());
                agentPrefilled.set(true);
            }
        });
    }

    /** The form filled in from a stored call; it then also offers Delete. */
    public void edit(CallEntry call) {
        form.fillStored(call.dossierId(), call, () -> show(call.details()));
    }

    private void show(CallDetails details) {
        boolean known = details != null;
        duration.set(known ? durationText(details.duration()) : "");
        direction.set(known ? details.direction() : CallDirection.OUTGOING);
        agent.set(known ? details.agent() : "");
        department.set(known ? details.department() : "");
        reference.set(known ? details.reference() : "");
        summary.set(known ? details.summary() : "");
        agreements.set(known ? details.agreements() : "");
        followUp.set(known ? details.followUp() : null);
        durationProblem.set("");
        followUpProblem.set("");
        agentPrefilled.set(false);
    }

    /**
     * Checks the input and, when it is all right, writes the call in the background, then hands it to
     * {@code onSaved}; the form goes on showing it, so a second save changes the same call. Returns whether it
     * started writing; when not, each problem shows under its field.
     */
    @Override
    public boolean save() {
        if (!form.canWrite() || !check()) {
            return false;
        }
        CallDetails details = new CallDetails(form.moment(), durationGiven(), direction.get(), agent.get(),
                department.get(), reference.get(), summary.get(), agreements.get(), followUp.get());
        CallEntry current = form.storedProperty().get();
        long dossierId = form.dossierId();
        form.write(() -> current == null ? log.logCall(dossierId, details) : log.updateCall(current.id(), details),
                saved -> saved, onSaved);
        return true;
    }

    /** Removes the stored call shown (the view has asked the user first), then empties the form. */
    public void delete() {
        form.remove(call -> log.removeCall(call.id()), onDeleted, () -> show(null));
    }

    /** The question Delete asks, naming the call by its moment. */
    public String deleteQuestion() {
        return i18n.text("timeline.callForm.delete.question", form.storedWhen());
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form.dirtyProperty().get();
    }

    private boolean check() {
        boolean momentOk = form.checkMoment();
        String typed = Forms.value(duration);
        boolean durationOk = typed.isEmpty() || parseDuration(typed).isPresent();
        durationProblem.set(durationOk ? "" : i18n.text("timeline.callForm.duration.invalid"));
        LocalDate day = form.dateProperty().get();
        boolean followUpOk = followUp.get() == null || day == null || !followUp.get().isBefore(day);
        followUpProblem.set(followUpOk ? "" : i18n.text("timeline.callForm.followUp.beforeCall"));
        return momentOk && durationOk && followUpOk;
    }

    /** The duration typed; a stored duration shown unchanged is kept to the second. */
    private Duration durationGiven() {
        String typed = Forms.value(duration);
        CallEntry current = form.storedProperty().get();
        Duration stored = current == null ? null : current.details().duration();
        if (typed.isEmpty()) {
            return null;
        }
        return typed.equals(durationText(stored)) ? stored : parseDuration(typed).orElseThrow();
    }

    /** How long a call took as people type it: minutes, or hours and minutes; empty when it is neither. */
    static Optional<Duration> parseDuration(String text) {
        String clean = text.strip().toLowerCase(Locale.ROOT);
        Matcher minutes = MINUTES.matcher(clean);
        if (minutes.matches()) {
            return Optional.of(Duration.ofMinutes(Integer.parseInt(minutes.group(1))));
        }
        Matcher clock = CLOCK.matcher(clean);
        Matcher hours = HOURS.matcher(clean);
        Matcher found = clock.matches() ? clock : hours.matches() ? hours : null;
        if (found == null) {
            return Optional.empty();
        }
        int minute = found.group(2) == null ? 0 : Integer.parseInt(found.group(2));
        return minute < 60 ? Optional.of(Duration.ofHours(Integer.parseInt(found.group(1))).plusMinutes(minute))
                : Optional.empty();
    }

    /** A duration as the form shows it: "12 min" under an hour, else "1:05"; empty when unknown. */
    static String durationText(Duration given) {
        if (given == null) {
            return "";
        }
        long minutes = given.plusSeconds(30).toMinutes();
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    /** The date, time and state this form shares with the event form. */
    @Override
    public EntryForm<CallEntry> form() {
        return form;
    }

    /** "New phone call" or "Phone call" */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public ObjectProperty<CallDirection> directionProperty() {
        return direction;
    }

    public StringProperty agentProperty() {
        return agent;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty agreementsProperty() {
        return agreements;
    }

    public ObjectProperty<LocalDate> followUpProperty() {
        return followUp;
    }

    public StringProperty durationProblemProperty() {
        return durationProblem;
    }

    public StringProperty followUpProblemProperty() {
        return followUpProblem;
    }

    /** A gentle reminder, shown while no agreements are written down, that dispute bodies ask for them. */
    public StringProperty agreementsHintProperty() {
        return agreementsHint;
    }

    /** True when the agent's name came from the call written down before, so the view can select it. */
    public ReadOnlyBooleanProperty agentPrefilledProperty() {
        return agentPrefilled.getReadOnlyProperty();
    }

    /** True while a stored call is shown: the view then offers Delete. */
    public ReadOnlyBooleanProperty editingProperty() {
        return form.editingProperty();
    }
}
