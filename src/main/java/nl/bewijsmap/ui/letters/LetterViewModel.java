package nl.bewijsmap.ui.letters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Folders;
import nl.bewijsmap.ui.common.I18n;

/**
 * The letters tab of one dossier: which letter, to whom and in which language ({@link LetterSetup}); the draft the
 * consumer edits, with the gaps still in it ({@link LetterEditor}); its printed preview ({@link LetterPreview});
 * saving and printing it ({@link LetterOutput}); and keeping it as sent. A draft is kept (see {@link Letters#keep})
 * while the consumer looks elsewhere, so nothing typed is lost.
 */
public final class LetterViewModel {

    /** The dossier side; called on the app's worker thread, in order with the other reads and writes. */
    public interface Letters {
        DossierSnapshot snapshot(long dossierId);

        Letter draft(long dossierId, LetterKind kind, Recipient recipient, Locale locale);

        /** Keeps the letter as sent: its PDF as evidence, the sending as an event; and the dossier's phase now. */
        SentLetter markSent(long dossierId, Letter letter, LocalDateTime sentAt);

        /** The draft kept for the dossier, if any. */
        Optional<LetterDraft> restore(long dossierId);

        /** Keeps the draft for the dossier; null forgets it. */
        void keep(long dossierId, LetterDraft draft);
    }

    /** The paper side; called on a worker of its own, since printing waits for the user's print dialog. */
    public interface Paper {
        /** The first pages of the letter as printed. */
        List<BufferedImage> pages(Letter letter) throws IOException;

        void write(Letter letter, Path out) throws IOException;

        PrintOutcome print(Letter letter) throws Exception;
    }

    private final Letters letters;
    private final LetterSetup setup;
    private final LetterPreview preview;
    private final LetterOutput output;
    private final Background background;
    private final I18n i18n;
    private final Consumer<SentLetter> onSent;
    private final Consumer<Exception> onError;

    private final LetterEditor editor;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<SentLetter> sent = new ReadOnlyObjectWrapper<>(this, "sent");

    private long dossierId = -1;
    private long generation;
    /** The draft last handed to {@link Letters#keep}, so that an unchanged draft is not written again. */
    private LetterDraft kept;

    /**
     * {@code background} is the app's worker, {@code paperWork} the one for previews, saving and printing;
     * {@code onSent} hears of a letter kept as sent, {@code onMessage} gets what the user must read now.
     */
    public LetterViewModel(Letters letters, Paper paper, Background background, Background paperWork, I18n i18n,
                           Consumer<SentLetter> onSent, Consumer<String> onMessage, Consumer<Exception> onError) {
        this.letters = letters;
        this.background = background;
        this.i18n = i18n;
        this.onSent = onSent;
        this.onError = onError;
        this.setup = new LetterSetup(i18n);
        this.preview = new LetterPreview(paper, paperWork, i18n);
        this.editor = new LetterEditor(i18n, setup, this::typed);
        this.output = new LetterOutput(paper, paperWork, i18n, setup, editor, status::set, onMessage, onError);
    }

    /** Shows another dossier's letter: the draft kept for it, else the letter that fits it, not yet drafted. */
    public void load(long id) {
        keep();
        dossierId = id;
        long asked = ++generation;
        show(null);
        setup.clear();
        sent.set(null);
        status.set("");
        loaded.set(false);
        background.run(() -> new Reading(letters.snapshot(id), letters.restore(id), Folders.documents()), reading -> {
            if (asked == generation) {
                apply(reading);
            }
        }, onError);
    }

    /**
     * Reads the dossier again (it changed elsewhere): the letter that fits it may be another now, and a draft not yet
     * sent takes the addresses, place and name as they are now (the consumer may just have filled them in), keeping
     * its text.
     */
    public void refresh() {
        if (dossierId < 0) {
            return;
        }
        long id = dossierId;
        long asked = generation;
        Letter base = sent.get() == null ? editor.draftedProperty().get() : null;
        background.run(() -> new Reading(letters.snapshot(id), Optional.<LetterDraft>empty(), null), reading -> {
            if (asked == generation) {
                apply(reading);
            }
        }, onError);
        if (base != null) {
            background.run(() -> letters.draft(id, base.kind(), base.recipient(), base.locale()), newer -> {
                if (asked == generation && editor.draftedProperty().get() == base) {
                    editor.takeAddressesOf(newer);
                    refreshPreview();
                    keep();
                }
            }, onError);
        }
    }

    private record Reading(DossierSnapshot snapshot, Optional<LetterDraft> draft, Path documents) {
    }

    private void apply(Reading reading) {
        DossierSnapshot snapshot = reading.snapshot();
        output.setPlace(snapshot.dossier().title(), reading.documents());
        setup.propose(snapshot);
        reading.draft().ifPresent(draft -> {
            kept = draft;
            setup.restore(draft.drafted(), snapshot);
            show(draft);
        });
        loaded.set(true);
    }

    /** Whether drafting again would throw away text the consumer changed (and did not send): ask first. */
    public boolean draftingDiscardsEdits() {
        LetterDraft draft = currentDraft();
        return draft != null && draft.edited() && sent.get() == null;
    }

    /** Drafts the chosen letter from the dossier's data, replacing the text in the editor. */
    public void draft() {
        LetterKind chosen = setup.kindProperty().get();
        if (dossierId < 0 || chosen == null || busy.get()) {
            return;
        }
        long id = dossierId;
        long asked = generation;
        Recipient recipient = setup.recipient();
        Locale locale = setup.locale();
        busy.set(true);
        background.run(() -> letters.draft(id, chosen, recipient, locale), letter -> {
            busy.set(false);
            if (asked == generation) {
                sent.set(null);
                status.set("");
                show(new LetterDraft(letter, letter.subject(), letter.body()));
                keep();
            }
        }, e -> {
            busy.set(false);
            onError.accept(e);
        });
    }

    private void show(LetterDraft draft) {
        editor.show(draft);
        refreshPreview();
    }

    /** Changed after it was sent: this is a new version, not the letter that was kept. */
    private void typed() {
        if (sent.get() != null) {
            sent.set(null);
            status.set("");
        }
    }

    /** The draft as the consumer has it now, or null when nothing was drafted. */
    public LetterDraft currentDraft() {
        return editor.current();
    }

    /** The letter as it would be printed now, or null when nothing was drafted. */
    public Letter currentLetter() {
        return editor.letter();
    }

    /** Keeps the draft for the dossier when it changed since it was last kept; the screen calls it as typing pauses. */
    public void keep() {
        LetterDraft draft = currentDraft();
        if (dossierId < 0 || draft == null || draft.equals(kept)) {
            return;
        }
        kept = draft;
        long id = dossierId;
        background.run(() -> letters.keep(id, draft), () -> { }, onError);
    }

    /** Makes the preview of the letter as it is now; the screen calls it as typing pauses. */
    public void refreshPreview() {
        preview.show(currentLetter());
    }

    /** Keeps the letter as sent at that moment: its PDF with the evidence, an event on the timeline. */
    public void markSent(LocalDateTime at) {
        Letter letter = currentLetter();
        if (letter == null || busy.get()) {
            return;
        }
        long id = dossierId;
        busy.set(true);
        background.run(() -> letters.markSent(id, letter, at), result -> {
            busy.set(false);
            background.run(() -> letters.keep(id, null), () -> { }, onError);
            if (id == dossierId) {
                kept = currentDraft();
                sent.set(result);
                String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(i18n.locale()).format(at);
                status.set(i18n.text("letters.sent", when));
            }
            onSent.accept(result);
        }, e -> {
            busy.set(false);
            onError.accept(e);
        });
    }

    public long dossierId() {
        return dossierId;
    }

    /** Which letter, to whom, in which language. */
    public LetterSetup setup() {
        return setup;
    }

    /** The letter in the editor: its text, its gaps. */
    public LetterEditor editor() {
        return editor;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Drafting or keeping as sent. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What just happened: saved, printed, kept as sent. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The letter as kept when it was marked as sent, until its text changes again; else null. */
    public ReadOnlyObjectProperty<SentLetter> sentProperty() {
        return sent.getReadOnlyProperty();
    }

    public LetterPreview preview() {
        return preview;
    }

    /** The letter on paper: saved as a PDF, or printed. */
    public LetterOutput output() {
        return output;
    }
}
