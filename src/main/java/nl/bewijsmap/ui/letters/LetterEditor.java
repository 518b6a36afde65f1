package nl.bewijsmap.ui.letters;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;

/**
 * The letter in the editor: the draft as the drafter made it, the subject and body as the consumer has them now, the
 * gaps in square brackets still in it, and whether it is the letter chosen above.
 */
public final class LetterEditor {

    private final I18n i18n;
    private final StringProperty subject = Forms.text();
    private final StringProperty body = Forms.text();
    private final ReadOnlyObjectWrapper<Letter> drafted = new ReadOnlyObjectWrapper<>(this, "drafted");
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ObservableList<String> gapsView = FXCollections.unmodifiableObservableList(gaps);
    private final ReadOnlyStringWrapper gapsText = new ReadOnlyStringWrapper(this, "gapsText", "");
    private final BooleanBinding hasDraft = drafted.isNotNull();
    private final StringBinding heading;
    private final BooleanBinding choiceIsDrafted;
    private boolean filling;

    /** {@code onTyped} hears of every change the consumer makes to the text (not of a draft shown). */
    LetterEditor(I18n i18n, LetterSetup setup, Runnable onTyped) {
        this.i18n = i18n;
        Forms.watch(() -> {
            findGaps();
            if (!filling) {
                onTyped.run();
            }
        }, subject, body);
        heading = Bindings.createStringBinding(() -> {
            Letter letter = drafted.get();
            return letter == null ? "" : i18n.text("letters.heading", setup.kindName(letter.kind()),
                    setup.recipientText(letter.kind(), letter.recipient()),
                    i18n.name(LetterLanguage.of(letter.locale())));
        }, drafted, setup.sellerNameProperty());
        choiceIsDrafted = Bindings.createBooleanBinding(() -> {
            Letter letter = drafted.get();
            return letter != null && letter.kind() == setup.kindProperty().get()
                    && letter.recipient() == setup.recipient()
                    && LetterLanguage.of(letter.locale()) == setup.languageProperty().get();
        }, drafted, setup.kindProperty(), setup.coverRecipientProperty(), setup.languageProperty());
    }

    /** Shows a draft (null: none), its text as the consumer left it. */
    void show(LetterDraft draft) {
        filling = true;
        try {
            drafted.set(draft == null ? null : draft.drafted());
            subject.set(draft == null ? "" : draft.subject());
            body.set(draft == null ? "" : draft.body());
        } finally {
            filling = false;
        }
        findGaps();
    }

    /** Takes the addresses, place and name of a newer draft, keeping the text. */
    void takeAddressesOf(Letter newer) {
        drafted.set(current().withAddressesOf(newer).drafted());
        findGaps();
    }

    private void findGaps() {
        LetterDraft draft = current();
        List<String> found = draft == null ? List.of() : draft.gaps();
        gaps.setAll(found);
        if (found.isEmpty()) {
            gapsText.set("");
            return;
        }
        String text = i18n.text("letters.gaps", found.size(),
                String.join(", ", found.subList(0, Math.min(3, found.size()))) + (found.size() > 3 ? " …" : ""));
        // The addresses and name come from the details, not from the editor: say where those are filled in.
        gapsText.set(draft.outsideGaps().isEmpty() ? text : text + "\n" + i18n.text("letters.gaps.addresses"));
    }

    /** The draft as the consumer has it now, or null when nothing was drafted. */
    public LetterDraft current() {
        Letter base = drafted.get();
        return base == null ? null : new LetterDraft(base, subject.get(), body.get());
    }

    /** The letter as it would be printed now, or null when nothing was drafted. */
    public Letter letter() {
        LetterDraft draft = current();
        return draft == null ? null : draft.letter();
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /** The letter as the drafter made it; null before the first draft. */
    public ReadOnlyObjectProperty<Letter> draftedProperty() {
        return drafted.getReadOnlyProperty();
    }

    public BooleanBinding hasDraftProperty() {
        return hasDraft;
    }

    /** "Written complaint to Witgoedwinkel.nl, in Dutch": what the editor holds, or empty before a draft. */
    public StringBinding headingProperty() {
        return heading;
    }

    /** Whether the editor holds the letter chosen above (its kind, recipient and language). */
    public BooleanBinding choiceIsDraftedProperty() {
        return choiceIsDrafted;
    }

    /** The texts in square brackets still in the letter, in order, each once. */
    public ObservableList<String> gaps() {
        return gapsView;
    }

    /** A plain-words warning about the gaps, or empty when there are none. */
    public ReadOnlyStringProperty gapsTextProperty() {
        return gapsText.getReadOnlyProperty();
    }
}
