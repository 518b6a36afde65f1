package nl.bewijsmap.ui.standing;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.bewijsmap.app.DisputeRules.Standing;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.rules.RuleTexts;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;

/**
 * Where one dossier stands, for the "Steps and deadlines" tab and the dossier header: its phase and what that
 * means, the next step with its route, fee and terms, the deadlines with their sources, the deadlines that need
 * attention now, and what a package for the chosen recipient would miss. All of it is read and worded on a worker
 * thread; choosing another recipient only shows what was already worded.
 */
public final class StandingViewModel {

    /** Reads where a dossier stands today; called on a worker thread. */
    public interface Source {
        Standing standing(long dossierId);
    }

    private final Source source;
    private final Background background;
    private final I18n i18n;
    private final Consumer<Exception> onError;
    private final RuleTexts ruleTexts = RuleTexts.standard();

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase");
    private final ReadOnlyStringWrapper phaseName = new ReadOnlyStringWrapper(this, "phaseName", "");
    private final ReadOnlyStringWrapper phaseMeaning = new ReadOnlyStringWrapper(this, "phaseMeaning", "");
    private final ReadOnlyStringWrapper nextStep = new ReadOnlyStringWrapper(this, "nextStep", "");
    private final ReadOnlyStringWrapper route = new ReadOnlyStringWrapper(this, "route", "");
    private final ReadOnlyStringWrapper fee = new ReadOnlyStringWrapper(this, "fee", "");
    private final ReadOnlyStringWrapper terms = new ReadOnlyStringWrapper(this, "terms", "");
    private final ReadOnlyStringWrapper routeSource = new ReadOnlyStringWrapper(this, "routeSource", "");
    private final ReadOnlyStringWrapper routeUrl = new ReadOnlyStringWrapper(this, "routeUrl", "");
    private final ReadOnlyStringWrapper disclaimer = new ReadOnlyStringWrapper(this, "disclaimer", "");
    private final ObservableList<DeadlineRow> deadlines = FXCollections.observableArrayList();
    private final ObservableList<DeadlineWarning> warnings = FXCollections.observableArrayList();
    // One read-only view each, kept: a view made per call would drop its listeners once collected.
    private final ObservableList<DeadlineRow> deadlinesView = FXCollections.unmodifiableObservableList(deadlines);
    private final ObservableList<DeadlineWarning> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ObjectProperty<Recipient> recipient = new SimpleObjectProperty<>(this, "recipient");
    private final ObservableList<ReadinessRow> readiness = FXCollections.observableArrayList();
    private final ObservableList<ReadinessRow> readinessView = FXCollections.unmodifiableObservableList(readiness);
    private final ReadOnlyStringWrapper readinessSummary = new ReadOnlyStringWrapper(this, "readinessSummary", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);

    private Map<Recipient, ReadinessWords> readinessByRecipient = Map.of();
    private Standing standing;
    private long dossierId = -1;
    private long generation;
    /** Whether the user picked the recipient; until then it follows the seller's dispute body. */
    private boolean recipientChosen;
    private boolean applying;

    public StandingViewModel(Source source, Background background, I18n i18n, Consumer<Exception> onError) {
        this.source = source;
        this.background = background;
        this.i18n = i18n;
        this.onError = onError;
        recipient.addListener((obs, old, now) -> {
            if (!applying) {
                recipientChosen = now != null;
            }
            showReadiness();
        });
    }

    /** Shows where another dossier stands; the recipient goes back to the one that fits its seller. */
    public void load(long id) {
        dossierId = id;
        recipientChosen = false;
        loaded.set(false);
        // Nothing of the dossier shown before may stand beside the new one, not even for the moment of reading.
        standing = null;
        nextStep.set("");
        warnings.clear();
        deadlines.clear();
        readiness.clear();
        refresh();
    }

    /** Reads the dossier again (after a change elsewhere), keeping the recipient the user chose. */
    public void refresh() {
        if (dossierId < 0) {
            return;
        }
        long id = dossierId;
        long asked = ++generation;
        StandingTexts texts = new StandingTexts(i18n, ruleTexts);
        background.run(() -> texts.words(source.standing(id)), words -> {
            if (asked == generation && id == dossierId) {
                show(words);
            }
        }, onError);
    }

    private void show(StandingTexts.Words words) {
        standing = words.standing();
        phase.set(words.standing().advice().phase());
        phaseName.set(words.phase());
        phaseMeaning.set(words.meaning());
        nextStep.set(words.step());
        route.set(words.route().route());
        fee.set(words.route().fee());
        terms.set(words.route().terms());
        routeSource.set(words.route().source());
        routeUrl.set(words.route().url());
        disclaimer.set(words.disclaimer());
        deadlines.setAll(words.deadlines());
        warnings.setAll(words.warnings());
        readinessByRecipient = words.readiness();
        applying = true;
        try {
            if (!recipientChosen || recipient.get() == null) {
                recipient.set(words.suggested());
            }
        } finally {
            applying = false;
        }
        showReadiness();
        loaded.set(true);
    }

    private void showReadiness() {
        ReadinessWords words = recipient.get() == null ? null : readinessByRecipient.get(recipient.get());
        if (words == null) {
            readiness.clear();
            readinessSummary.set("");
            ready.set(false);
            return;
        }
        readiness.setAll(words.rows());
        readinessSummary.set(words.summary());
        ready.set(words.rows().isEmpty());
    }

    /** What was read last, or null before the first reading: the contents, deadlines and advice as of today. */
    public Standing standing() {
        return standing;
    }

    /** True once the dossier asked for last has been read and worded. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The phase by its name: "Written complaint". */
    public ReadOnlyStringProperty phaseNameProperty() {
        return phaseName.getReadOnlyProperty();
    }

    /** What the phase means, in plain words. */
    public ReadOnlyStringProperty phaseMeaningProperty() {
        return phaseMeaning.getReadOnlyProperty();
    }

    /** The next step in a sentence or two, with its dates and fee: the line the dossier header shows. */
    public ReadOnlyStringProperty nextStepProperty() {
        return nextStep.getReadOnlyProperty();
    }

    /** "Route: De Geschillencommissie", or where the dispute can go later; empty when no route applies. */
    public ReadOnlyStringProperty routeProperty() {
        return route.getReadOnlyProperty();
    }

    /** "Fee: €25"; empty when no route applies. */
    public ReadOnlyStringProperty feeProperty() {
        return fee.getReadOnlyProperty();
    }

    /** The route's terms: how long the seller gets first, how long the consumer may take, whether it binds. */
    public ReadOnlyStringProperty termsProperty() {
        return terms.getReadOnlyProperty();
    }

    /** Where the route's fee and terms come from, with the day they were last checked. */
    public ReadOnlyStringProperty routeSourceProperty() {
        return routeSource.getReadOnlyProperty();
    }

    /** The web address of that source, for the user to copy; the app itself never opens it. */
    public ReadOnlyStringProperty routeUrlProperty() {
        return routeUrl.getReadOnlyProperty();
    }

    /** General information, not legal advice. */
    public ReadOnlyStringProperty disclaimerProperty() {
        return disclaimer.getReadOnlyProperty();
    }

    /** The deadlines that apply, earliest first. */
    public ObservableList<DeadlineRow> deadlines() {
        return deadlinesView;
    }

    /** The deadlines that need attention now, for a banner: ending soon first, then those just passed. */
    public ObservableList<DeadlineWarning> warnings() {
        return warningsView;
    }

    /** Who the readiness check is for; follows the seller's dispute body until the user picks one. */
    public ObjectProperty<Recipient> recipientProperty() {
        return recipient;
    }

    public List<Recipient> recipients() {
        return List.of(Recipient.values());
    }

    /** What a package for the recipient would miss: what would stop it first, then what is worth fixing. */
    public ObservableList<ReadinessRow> readiness() {
        return readinessView;
    }

    /** "Nothing missing for De Geschillencommissie.", or how much there is to fix. */
    public ReadOnlyStringProperty readinessSummaryProperty() {
        return readinessSummary.getReadOnlyProperty();
    }

    /** True when nothing is missing for the recipient. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
