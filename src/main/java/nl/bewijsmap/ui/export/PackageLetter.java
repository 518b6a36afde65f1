package nl.bewijsmap.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.letters.LetterChoice;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.letters.LetterDraft;
import nl.bewijsmap.ui.letters.LetterLanguage;

/**
 * Which letter opens the package: the one being written on the letters tab when there is one, else a fresh draft of
 * the letter that fits the recipient, until the consumer picks another; and what to know about the one chosen.
 */
public final class PackageLetter {

    private final I18n i18n;
    private final Consumer<LetterLanguage> onDraftLanguage;
    private final ObservableList<LetterOption> options = FXCollections.observableArrayList();
    private final ObjectProperty<LetterOption> option = new SimpleObjectProperty<>(this, "option");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private Letter draft;
    private boolean chosen;
    private boolean filling;

    /** {@code onDraftLanguage} hears the language of the letter being written whenever that letter is chosen. */
    PackageLetter(I18n i18n, Consumer<LetterLanguage> onDraftLanguage) {
        this.i18n = i18n;
        this.onDraftLanguage = onDraftLanguage;
        option.addListener((obs, old, now) -> {
            chosen |= !filling && now != null;
            changed(now);
        });
    }

    /** The letter being written for the dossier, or null. */
    void setDraft(Letter current) {
        draft = current;
    }

    Letter draft() {
        return draft;
    }

    /** The choices for this recipient, keeping the letter the consumer chose. */
    void offer(Recipient recipient, DossierSnapshot snapshot) {
        List<LetterOption> offered = new ArrayList<>();
        offered.add(LetterOption.NONE);
        if (draft != null) {
            offered.add(LetterOption.CURRENT);
        }
        for (LetterKind kind : LetterKind.values()) {
            offered.add(LetterOption.fresh(kind));
        }
        LetterOption kept = option.get();
        filling = true;
        try {
            options.setAll(offered);
            option.set(chosen && kept != null ? kept : fitting(recipient, snapshot));
        } finally {
            filling = false;
        }
        changed(option.get());
    }

    /**
     * The letter being written when there is one; else a fresh draft of the letter that fits the recipient, as the
     * command line chooses it (the cover letter for a dispute body).
     */
    private LetterOption fitting(Recipient recipient, DossierSnapshot snapshot) {
        return draft != null ? LetterOption.CURRENT : LetterOption.fresh(LetterChoice.suggest(recipient, snapshot));
    }

    private void changed(LetterOption now) {
        if (now == null || now.source() == LetterOption.Source.NONE) {
            warning.set("");
        } else if (now.source() == LetterOption.Source.CURRENT) {
            int gaps = new LetterDraft(draft, draft.subject(), draft.body()).gaps().size();
            warning.set(gaps == 0 ? "" : i18n.text("export.letter.gaps", gaps));
            onDraftLanguage.accept(LetterLanguage.of(draft.locale()));
        } else {
            warning.set(i18n.text("export.letter.fresh"));
        }
    }

    /** "Your letter: Written complaint", "New draft: Notice of default", "No letter". */
    public String name(LetterOption shown) {
        return switch (shown.source()) {
            case NONE -> i18n.text("export.letter.none");
            case CURRENT -> i18n.text("export.letter.current", i18n.text("letters.kind." + draft.kind().name()));
            case FRESH -> i18n.text("export.letter.new", i18n.text("letters.kind." + shown.kind().name()));
        };
    }

    public ObservableList<LetterOption> options() {
        return options;
    }

    public ObjectProperty<LetterOption> optionProperty() {
        return option;
    }

    /** What to know about the letter chosen: gaps still in it, or that a fresh draft may have some. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }
}
