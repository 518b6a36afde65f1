package nl.bewijsmap.ui.letters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Folders;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;

/**
 * The letters tab of one dossier: which letter, to whom and in which language; the draft the consumer edits
 * (subject and body), the gaps still in it, its printed preview; and saving, printing and keeping it as sent. A
 * draft is kept (see {@link Letters#keep}) while the consumer looks elsewhere, so nothing typed is lost.
 */
public final class LetterViewModel {

    /** The dossier side; called on the app's worker thread, in order with the other reads and writes. */
    public interface Letters {
        DossierSnapshot snapshot(long dossierId);

        Letter draft(long dossierId, LetterKind kind, Recipient recipient, Locale locale);

        /** Keeps the letter as sent: its PDF as evidence, the sending as an event; and the dossier's phase now. */
        SentLetter markSent(long dossierId, Letter letter, LocalDateTime sentAt);

        /** The draft kept for the dossier, if any. */
        Optional<Draft> restore(long dossierId);

        /** Keeps the draft for the dossier; null forgets it. */
        void keep(long dossierId, Draft draft);
    }

    /** The paper side; called on a worker of its own, since printing waits for the user's print dialog. */
    public interface Paper {
        /** The first pages of the letter as printed. */
        List<BufferedImage> pages(Letter letter) throws IOException;

        void write(Letter letter, Path out) throws IOException;

        PrintOutcome print(Letter letter) throws Exception;
    }

    /** How printing ended. */
    public enum PrintOutcome {
        PRINTED,
        CANCELLED,
        NO_PRINTER
    }

    /** A letter kept as sent, and the phase the dossier is in after it. */
    public record SentLetter(DossierEvent event, EvidenceItem copy, Phase phase) {
    }

    /** A draft as the drafter made it, with the subject and body as the consumer has them now. */
    public record Draft(Letter drafted, String subject, String body) {
        public Draft {
            Objects.requireNonNull(drafted, "drafted");
            subject = subject == null ? "" : subject;
            body = body == null ? "" : body;
        }

        /** Whether the consumer changed the text the drafter made. */
        public boolean edited() {
            return !subject.strip().equals(drafted.subject()) || !body.strip().equals(drafted.body());
        }

        public Letter letter() {
            return drafted.withText(subject, body);
        }
    }

    private final Letters letters;
    private final LetterPreview preview;
    private final Background background;
    private final Background paperWork;
    private final I18n i18n;
    private final Consumer<SentLetter> onSent;
    private final Consumer<String> onMessage;
    private final Consumer<Exception> onError;

    private final ObjectProperty<LetterKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyObjectWrapper<LetterKind> suggested = new ReadOnlyObjectWrapper<>(this, "suggested");
    private final ObjectProperty<Recipient> coverRecipient = new SimpleObjectProperty<>(this, "coverRecipient");
    private final ObjectProperty<LetterLanguage> language =
            new SimpleObjectProperty<>(this, "language", LetterLanguage.DUTCH);
    private final StringProperty subject = Forms.text();
    private final StringProperty body = Forms.text();
    private final ReadOnlyObjectWrapper<Letter> drafted = new ReadOnlyObjectWrapper<>(this, "drafted");
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ObservableList<String> gapsView = FXCollections.unmodifiableObservableList(gaps);
    private final ReadOnlyStringWrapper gapsText = new ReadOnlyStringWrapper(this, "gapsText", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper paperBusy = new ReadOnlyBooleanWrapper(this, "paperBusy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<SentLetter> sent = new ReadOnlyObjectWrapper<>(this, "sent");
    private final ReadOnlyStringWrapper sellerName = new ReadOnlyStringWrapper(this, "sellerName", "");
    private final BooleanBinding hasDraft = drafted.isNotNull();
    private final StringBinding draftHeading;

    private long dossierId = -1;
    private String title = "";
    private Path documents;
    private long generation;
    /** The draft last handed to {@link Letters#keep}, so that an unchanged draft is not written again. */
    private Draft kept;
    /** Whether the user chose the kind of letter; until then it follows the dossier. */
    private boolean kindChosen;
    private boolean filling;

    public LetterViewModel(Letters letters, Paper paper, Background background, Background paperWork, I18n i18n,
                           Consumer<SentLetter> onSent, Consumer<String> onMessage, Consumer<Exception> onError) {
        this.letters = letters;
        this.background = background;
        this.paperWork = paperWork;
        this.i18n = i18n;
        this.onSent = onSent;
        this.onMessage = onMessage;
        this.onError = onError;
        this.preview = new LetterPreview(paper, paperWork, i18n);
        kind.addListener((obs, old, now) -> kindChosen |= !filling && now != null);
        Forms.watch(this::textChanged, subject, body);
        draftHeading = Bindings.createStringBinding(() -> {
            Letter letter = drafted.get();
            return letter == null ? "" : i18n.text("letters.heading", kindName(letter.kind()),
                    recipientText(letter.kind(), letter.recipient()), i18n.name(LetterLanguage.of(letter.locale())));
        }, drafted, sellerName);
    }

    /** Shows another dossier's letter: the draft kept for it, else the letter that fits it, not yet drafted. */
    public void load(long id) {
        keep();
        dossierId = id;
        long asked = ++generation;
        filling = true;
        try {
            show(null);
            kindChosen = false;
            kind.set(null);
            suggested.set(null);
            sent.set(null);
            status.set("");
            loaded.set(false);
        } finally {
            filling = false;
        }
        background.run(() -> new Reading(letters.snapshot(id), letters.restore(id), Folders.documents()), reading -> {
            if (asked == generation) {
                apply(reading, true);
            }
        }, onError);
    }

    /** Reads the dossier again (it changed elsewhere): the letter that fits it may be another now. */
    public void refresh() {
        if (dossierId < 0) {
            return;
        }
        long id = dossierId;
        long asked = generation;
        background.run(() -> new Reading(letters.snapshot(id), Optional.<Draft>empty(), null), reading -> {
            if (asked == generation) {
                apply(reading, false);
            }
        }, onError);
    }

    private record Reading(DossierSnapshot snapshot, Optional<Draft> draft, Path documents) {
    }

    private void apply(Reading reading, boolean restore) {
        DossierSnapshot snapshot = reading.snapshot();
        filling = true;
        try {
            suggested.set(LetterAdvice.suggested(snapshot));
            sellerName.set(snapshot.contents().seller().displayName());
            title = snapshot.dossier().title();
            if (reading.documents() != null) {
                documents = reading.documents();
            }
            if (restore && reading.draft().isPresent()) {
                Draft draft = reading.draft().get();
                kept = draft;
                kind.set(draft.drafted().kind());
                kindChosen = true;
                language.set(LetterLanguage.of(draft.drafted().locale()));
                coverRecipient.set(draft.drafted().recipient() == Recipient.SELLER
                        ? LetterAdvice.coverRecipient(snapshot) : draft.drafted().recipient());
                show(draft);
            } else {
                if (!kindChosen) {
                    kind.set(suggested.get());
                }
                if (coverRecipient.get() == null || !kindChosen) {
                    coverRecipient.set(LetterAdvice.coverRecipient(snapshot));
                }
            }
        } finally {
            filling = false;
        }
        loaded.set(true);
    }

    /** Whether drafting again would throw away text the consumer changed (and did not send): ask first. */
    public boolean draftingDiscardsEdits() {
        Draft draft = currentDraft();
        return draft != null && draft.edited() && sent.get() == null;
    }

    /** Drafts the chosen letter from the dossier's data, replacing the text in the editor. */
    public void draft() {
        LetterKind chosen = kind.get();
        if (dossierId < 0 || chosen == null || busy.get()) {
            return;
        }
        long id = dossierId;
        long asked = generation;
        Recipient recipient = chosen == LetterKind.COVER_LETTER ? coverRecipient.get() : Recipient.SELLER;
        Locale locale = language.get().locale();
        busy.set(true);
        background.run(() -> letters.draft(id, chosen, recipient, locale), letter -> {
            busy.set(false);
            if (asked == generation) {
                sent.set(null);
                status.set("");
                show(new Draft(letter, letter.subject(), letter.body()));
                keep();
            }
        }, e -> {
            busy.set(false);
            onError.accept(e);
        });
    }

    private void show(Draft draft) {
        boolean wasFilling = filling;
        filling = true;
        try {
            drafted.set(draft == null ? null : draft.drafted());
            subject.set(draft == null ? "" : draft.subject());
            body.set(draft == null ? "" : draft.body());
        } finally {
            filling = wasFilling;
        }
        findGaps();
        refreshPreview();
    }

    private void textChanged() {
        findGaps();
        if (!filling && sent.get() != null) {
            // Changed after it was sent: this is a new version, not the letter that was kept.
            sent.set(null);
            status.set("");
        }
    }

    private void findGaps() {
        List<String> found = new ArrayList<>(Gaps.in(subject.get()));
        found.addAll(Gaps.in(body.get()));
        gaps.setAll(found);
        gapsText.set(found.isEmpty() ? "" : i18n.text("letters.gaps", found.size(),
                String.join(", ", found.stream().distinct().limit(4).toList())
                        + (found.stream().distinct().count() > 4 ? ", …" : "")));
    }

    /** The draft as the consumer has it now, or null when nothing was drafted. */
    public Draft currentDraft() {
        Letter base = drafted.get();
        return base == null ? null : new Draft(base, subject.get(), body.get());
    }

    /** The letter as it would be printed now, or null when nothing was drafted. */
    public Letter currentLetter() {
        Draft draft = currentDraft();
        return draft == null ? null : draft.letter();
    }

    /** Keeps the draft for the dossier when it changed since it was last kept; the screen calls it as typing pauses. */
    public void keep() {
        Draft draft = currentDraft();
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

    /** Writes the letter as a PDF where the consumer chose. */
    public void saveAs(Path out) {
        Letter letter = currentLetter();
        if (letter == null || out == null) {
            return;
        }
        paperBusy.set(true);
        paperWork.run(() -> {
            preview.paper().write(letter, out);
            return out;
        }, written -> {
            paperBusy.set(false);
            status.set(i18n.text("letters.saved", written.getFileName().toString()));
        }, e -> {
            paperBusy.set(false);
            onError.accept(e);
        });
    }

    /** Prints the letter at its actual size on A4, after the system's print dialog. */
    public void print() {
        Letter letter = currentLetter();
        if (letter == null) {
            return;
        }
        paperBusy.set(true);
        status.set(i18n.text("letters.print.preparing"));
        paperWork.run(() -> preview.paper().print(letter), outcome -> {
            paperBusy.set(false);
            switch (outcome) {
                case PRINTED -> status.set(i18n.text("letters.print.done"));
                case CANCELLED -> status.set("");
                case NO_PRINTER -> {
                    status.set("");
                    onMessage.accept(i18n.text("letters.print.noPrinter"));
                }
                default -> throw new IllegalStateException(outcome.name());
            }
        }, e -> {
            paperBusy.set(false);
            status.set("");
            onError.accept(e);
        });
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

    /** What to call a kind of letter, and when to use it. */
    public String kindName(LetterKind letterKind) {
        return i18n.text("letters.kind." + letterKind.name());
    }

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

    /** Where a saved letter goes first: the user's documents folder (null until the dossier was read). */
    public Path documentsFolder() {
        return documents;
    }

    /** "Complaint - Washing machine - 2026-03-16.pdf": the kind, the dossier and the letter's date. */
    public String suggestedFileName() {
        Letter letter = drafted.get();
        if (letter == null) {
            return Folders.safeName(title) + ".pdf";
        }
        return Folders.safeName(kindName(letter.kind()) + " - " + title + " - " + letter.date()) + ".pdf";
    }

    public long dossierId() {
        return dossierId;
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

    /** The texts in square brackets still in the letter, in order. */
    public ObservableList<String> gaps() {
        return gapsView;
    }

    /** A plain-words warning about the gaps, or empty when there are none. */
    public ReadOnlyStringProperty gapsTextProperty() {
        return gapsText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Drafting or keeping as sent. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Saving as PDF or printing. */
    public ReadOnlyBooleanProperty paperBusyProperty() {
        return paperBusy.getReadOnlyProperty();
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

    /** "Complaint to Witgoedwinkel.nl, in Dutch": what the editor holds, or empty before a draft. */
    public StringBinding draftHeadingProperty() {
        return draftHeading;
    }
}
