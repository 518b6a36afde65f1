package nl.bewijsmap.ui.letters;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.common.I18n;

/**
 * Which letter to draft, to whom and in which language: the letter that fits the dossier until the consumer picks
 * another, the body a cover letter goes to (other letters go to the seller), Dutch unless asked otherwise.
 */
public final class LetterSetup {

    private final I18n i18n;
    private final ObjectProperty<LetterKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyObjectWrapper<LetterKind> suggested = new ReadOnlyObjectWrapper<>(this, "suggested");
    private final ObjectProperty<Recipient> coverRecipient = new SimpleObjectProperty<>(this, "coverRecipient");
    private final ObjectProperty<LetterLanguage> language =
            new SimpleObjectProperty<>(this, "language", LetterLanguage.DUTCH);
    private final ReadOnlyStringWrapper sellerName = new ReadOnlyStringWrapper(this, "sellerName", "");
    /** Whether the user chose the kind of letter; until then it follows the dossier. */
    private boolean kindChosen;
    private boolean filling;

    LetterSetup(I18n i18n) {
        this.i18n = i18n;
        kind.addListener((obs, old, now) -> kindChosen |= !filling && now != null);
    }

    /** Nothing chosen: another dossier is being read. */
    void clear() {
        filling = true;
        try {
            kindChosen = false;
            kind.set(null);
            suggested.set(null);
        } finally {
            filling = false;
        }
    }

    /** Proposes what fits the dossier as read, keeping what the consumer chose. */
    void propose(DossierSnapshot snapshot) {
        filling = true;
        try {
            suggested.set(LetterAdvice.suggested(snapshot));
            sellerName.set(snapshot.contents().seller().displayName());
            if (!kindChosen) {
                kind.set(suggested.get());
            }
            if (coverRecipient.get() == null || !kindChosen) {
                coverRecipient.set(LetterAdvice.coverRecipient(snapshot));
            }
        } finally {
            filling = false;
        }
    }

    /** Shows the choices a kept draft was made with. */
    void restore(Letter drafted, DossierSnapshot snapshot) {
        filling = true;
        try {
            kind.set(drafted.kind());
            kindChosen = true;
            language.set(LetterLanguage.of(drafted.locale()));
            coverRecipient.set(drafted.recipient() == Recipient.SELLER
                    ? LetterAdvice.coverRecipient(snapshot) : drafted.recipient());
        } finally {
            filling = false;
        }
    }

    /** Who the chosen letter goes to. */
    Recipient recipient() {
        return kind.get() == LetterKind.COVER_LETTER ? coverRecipient.get() : Recipient.SELLER;
    }

    Locale locale() {
        return language.get().locale();
    }

    /** What to call a kind of letter: "Written complaint". */
    public String kindName(LetterKind letterKind) {
        return i18n.text("letters.kind." + letterKind.name());
    }

    /** When to use a kind of letter, in one line. */
    public String kindHint(LetterKind letterKind) {
        return i18n.text("letters.kind.hint." + letterKind.name());
    }

    /** Who the letter is for, in words: the seller by name, or the body a cover letter goes to. */
    public String recipientText(LetterKind letterKind, Recipient recipient) {
        if (letterKind == LetterKind.COVER_LETTER && recipient != null) {
            return i18n.text("standing.recipient." + recipient.name());
        }
        return sellerName.get().isEmpty() ? i18n.text("standing.recipient.SELLER") : sellerName.get();
    }

    public ObjectProperty<LetterKind> kindProperty() {
        return kind;
    }

    /** The letter that fits where the dossier stands. */
    public ReadOnlyObjectProperty<LetterKind> suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }

    /** Who a cover letter goes to; other letters go to the seller. */
    public ObjectProperty<Recipient> coverRecipientProperty() {
        return coverRecipient;
    }

    public List<Recipient> coverRecipients() {
        return List.of(Recipient.KEURMERK, Recipient.GESCHILLENCOMMISSIE, Recipient.DIGIDISPUUT);
    }

    public ObjectProperty<LetterLanguage> languageProperty() {
        return language;
    }

    /** The seller's name as the dossier has it; empty when it has none. */
    public ReadOnlyStringProperty sellerNameProperty() {
        return sellerName.getReadOnlyProperty();
    }
}
