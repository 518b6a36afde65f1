package nl.bewijsmap.ui.export;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.standing.ReadinessRow;
import nl.bewijsmap.ui.standing.ReadinessWords;

/**
 * What the package's recipient would miss, as the steps tab words it, and the consumer's explicit "anyway" past
 * what would stop it; asked again for every other recipient.
 */
public final class PackageReadiness {

    private final ObservableList<ReadinessRow> rows = FXCollections.observableArrayList();
    // One read-only view, kept: a view made per call would drop its listeners once collected.
    private final ObservableList<ReadinessRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper blockers = new ReadOnlyIntegerWrapper(this, "blockers", 0);
    private final BooleanProperty anyway = new SimpleBooleanProperty(this, "anyway", false);
    private Map<Recipient, ReadinessWords> byRecipient = Map.of();

    /** The check for every recipient, worded on the worker. */
    void set(Map<Recipient, ReadinessWords> words) {
        byRecipient = Map.copyOf(words);
    }

    void show(Recipient recipient) {
        ReadinessWords words = byRecipient.get(recipient);
        if (words == null) {
            return;
        }
        rows.setAll(words.rows());
        summary.set(words.summary());
        blockers.set(words.blockers());
        anyway.set(false);
    }

    /** Whether something would stop the recipient and the consumer did not say to go on anyway. */
    boolean stops() {
        return blockers.get() > 0 && !anyway.get();
    }

    /** The issues, what would stop the package first. */
    public ObservableList<ReadinessRow> rows() {
        return rowsView;
    }

    /** "Before you send this to De Geschillencommissie: 1 thing to fix first…". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many issues would most likely stop the recipient taking the case. */
    public ReadOnlyIntegerProperty blockersProperty() {
        return blockers.getReadOnlyProperty();
    }

    /** The consumer's explicit "make the package anyway" past blocking issues. */
    public BooleanProperty anywayProperty() {
        return anyway;
    }
}
