package nl.bewijsmap.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.export.ExportCancelledException;
import nl.bewijsmap.export.PackageRequest;
import nl.bewijsmap.export.PackageResult;
import nl.bewijsmap.letters.LetterChoice;
import nl.bewijsmap.rules.Readiness;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Folders;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Shell;
import nl.bewijsmap.ui.letters.LetterDraft;
import nl.bewijsmap.ui.letters.LetterLanguage;
import nl.bewijsmap.ui.standing.ReadinessWords;
import nl.bewijsmap.ui.standing.Recipients;

/**
 * The export dialog: who the package is for and what a dispute body would miss in it (see {@link PackageReadiness}),
 * which letter goes first, which items go in ({@link ExportItems}), the size of each PDF, photo locations, the file
 * ({@link PackageFile}); then the export itself with its progress and a cancel ({@link ExportRun}), and what it
 * wrote ({@link ExportResult}).
 */
public final class ExportViewModel {

    /** Which page of the dialog shows. */
    public enum Page {
        SETUP,
        RUNNING,
        DONE
    }

    private final ExportPackages packages;
    private final Background background;
    private final Background work;
    private final I18n i18n;
    private final BiConsumer<String, Exception> onFailure;
    private final Consumer<Exception> onError;
    private final ExportItems items;
    private final PackageReadiness readiness = new PackageReadiness();
    private final PackageFile file;
    private final ExportRun run;
    private final ExportResult result;

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ObjectProperty<Recipient> recipient = new SimpleObjectProperty<>(this, "recipient");
    private final ObservableList<LetterOption> letterOptions = FXCollections.observableArrayList();
    private final ObjectProperty<LetterOption> letter = new SimpleObjectProperty<>(this, "letter");
    private final ReadOnlyStringWrapper letterWarning = new ReadOnlyStringWrapper(this, "letterWarning", "");
    private final ObjectProperty<LetterLanguage> language =
            new SimpleObjectProperty<>(this, "language", LetterLanguage.DUTCH);
    private final IntegerProperty maxPartMb = new SimpleIntegerProperty(this, "maxPartMb",
            (int) (PackageRequest.DEFAULT_MAX_PART_BYTES / 1_000_000));
    private final BooleanProperty includeLocation = new SimpleBooleanProperty(this, "includeLocation", false);
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.SETUP);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringBinding exportProblem;

    private long dossierId = -1;
    private DossierSnapshot snapshot;
    private Letter draft;
    private boolean letterChosen;
    private boolean filling;

    /**
     * {@code background} reads the dossier (on the app's worker); {@code work} runs the export and the result's
     * actions; {@code onFailure} shows a plain-words message with the cause folded away.
     */
    public ExportViewModel(ExportPackages packages, Background background, Background work, I18n i18n, Shell shell,
                           BiConsumer<String, Exception> onFailure, Consumer<Exception> onError) {
        this.packages = packages;
        this.background = background;
        this.work = work;
        this.i18n = i18n;
        this.onFailure = onFailure;
        this.onError = onError;
        this.items = new ExportItems(i18n);
        this.file = new PackageFile(i18n);
        this.run = new ExportRun(background);
        this.result = new ExportResult(shell, work, i18n, onFailure);
        recipient.addListener((obs, old, now) -> recipientChanged());
        letter.addListener((obs, old, now) -> {
            letterChosen |= !filling && now != null;
            letterChanged(now);
        });
        exportProblem = Bindings.createStringBinding(this::problem, loaded, file.textProperty(),
                readiness.blockersProperty(), readiness.anywayProperty(), items.includedCountProperty(), page);
    }

    /**
     * Reads the dossier for the dialog; {@code currentDraft} is the letter being written for it, or null;
     * {@code forWhom} the recipient to start with, or null for the one that fits the seller.
     */
    public void load(long id, Letter currentDraft, Recipient forWhom) {
        dossierId = id;
        draft = currentDraft;
        background.run(() -> reading(id), reading -> apply(reading, forWhom), onError);
    }

    private record Reading(DossierSnapshot snapshot, List<ExportItem> items, Map<Recipient, ReadinessWords> words,
                           Path documents) {
    }

    private Reading reading(long id) {
        DossierSnapshot read = packages.snapshot(id);
        Map<Recipient, ReadinessWords> words = new EnumMap<>(Recipient.class);
        for (Recipient each : Recipient.values()) {
            words.put(each, ReadinessWords.of(each, Readiness.check(read.contents(), each, read.today()), i18n));
        }
        return new Reading(read, ExportItems.of(read.contents(), i18n, read.today()), words, Folders.documents());
    }

    private void apply(Reading reading, Recipient forWhom) {
        snapshot = reading.snapshot();
        readiness.set(reading.words());
        file.setFolder(reading.documents());
        items.setAll(reading.items());
        if (draft != null) {
            language.set(LetterLanguage.of(draft.locale()));
        }
        recipient.set(forWhom != null ? forWhom : Recipients.suggested(snapshot.contents().seller(),
                snapshot.advice()));
        recipientChanged();
        loaded.set(true);
    }

    private void recipientChanged() {
        Recipient now = recipient.get();
        if (snapshot == null || now == null) {
            return;
        }
        readiness.show(now);
        file.follow(snapshot.dossier().title(), now, snapshot.contents().seller());
        List<LetterOption> options = new ArrayList<>();
        options.add(LetterOption.NONE);
        if (draft != null) {
            options.add(LetterOption.CURRENT);
        }
        for (LetterKind kind : LetterKind.values()) {
            options.add(LetterOption.fresh(kind));
        }
        LetterOption kept = letter.get();
        filling = true;
        try {
            letterOptions.setAll(options);
            letter.set(letterChosen && kept != null ? kept : defaultLetter(now));
        } finally {
            filling = false;
        }
        letterChanged(letter.get());
    }

    /**
     * The letter being written when there is one; else a fresh draft of the letter that fits the recipient, as the
     * command line chooses it (the cover letter for a dispute body).
     */
    private LetterOption defaultLetter(Recipient forWhom) {
        return draft != null ? LetterOption.CURRENT : LetterOption.fresh(LetterChoice.suggest(forWhom, snapshot));
    }

    private void letterChanged(LetterOption option) {
        if (option == null || option.source() == LetterOption.Source.NONE) {
            letterWarning.set("");
        } else if (option.source() == LetterOption.Source.CURRENT) {
            int gaps = new LetterDraft(draft, draft.subject(), draft.body()).gaps().size();
            letterWarning.set(gaps == 0 ? "" : i18n.text("export.letter.gaps", gaps));
            language.set(LetterLanguage.of(draft.locale()));
        } else {
            letterWarning.set(i18n.text("export.letter.fresh"));
        }
    }

    private String problem() {
        if (!loaded.get()) {
            return i18n.text("export.problem.loading");
        }
        if (file.path() == null) {
            return i18n.text("export.problem.file");
        }
        if (items.includedCountProperty().get() == 0) {
            return i18n.text("export.problem.items");
        }
        return readiness.stops() ? i18n.text("export.problem.blockers") : "";
    }

    /** A file chosen in the save dialog, which already asked before replacing one. */
    public void chooseFile(Path chosen) {
        file.choose(chosen);
    }

    /** The file the package goes to, as shown. */
    public Path file() {
        return file.path();
    }

    /** Writes the package on the worker, with progress; the dialog then shows the files, or the setup again. */
    public void export() {
        if (!exportProblem.get().isEmpty() || page.get() != Page.SETUP) {
            return;
        }
        long id = dossierId;
        Path asked = file.path();
        boolean mayReplace = file.mayReplace(asked);
        Recipient forWhom = recipient.get();
        LetterOption option = letter.get();
        Letter current = draft;
        Locale locale = language.get().locale();
        long maxBytes = maxPartMb.get() * 1_000_000L;
        boolean location = includeLocation.get();
        Set<ItemRef> excluded = items.excluded();
        page.set(Page.RUNNING);
        status.set("");
        ExportRun.Progress progress = run.start(i18n.text("export.progress.starting"));
        work.run(() -> {
            Path out = mayReplace ? asked : PackageNames.free(asked);
            Letter first = switch (option.source()) {
                case NONE -> null;
                case CURRENT -> current;
                case FRESH -> packages.draft(id, option.kind(), option.kind() == LetterKind.COVER_LETTER
                        ? forWhom : Recipient.SELLER, locale);
            };
            PackageRequest request = new PackageRequest(forWhom, first, excluded, maxBytes, location, locale, out);
            return written(packages.export(id, request, progress));
        }, written -> {
            run.finish();
            result.show(written, snapshot, locale);
            page.set(Page.DONE);
        }, e -> {
            run.finish();
            page.set(Page.SETUP);
            if (e instanceof ExportCancelledException) {
                status.set(i18n.text("export.cancelled"));
            } else if (e instanceof IOException) {
                onFailure.accept(i18n.text("export.failed", asked.toAbsolutePath().getParent()), e);
            } else {
                onError.accept(e);
            }
        });
    }

    /** The files written with their sizes, read on the worker. */
    private ExportResult.Written written(PackageResult made) throws IOException {
        List<ExportResult.File> files = new ArrayList<>();
        for (Path each : made.files()) {
            files.add(new ExportResult.File(each, each.getFileName().toString(),
                    PackageNames.size(Files.size(each), i18n.locale())));
        }
        return new ExportResult.Written(made, files);
    }

    /** Asks the running export to stop; it stops at its next step and leaves no file behind. */
    public void cancel() {
        run.cancel(i18n.text("export.progress.stopping"));
    }

    /** "Your letter: Written complaint", "New draft: Notice of default", "No letter". */
    public String letterName(LetterOption option) {
        return switch (option.source()) {
            case NONE -> i18n.text("export.letter.none");
            case CURRENT -> i18n.text("export.letter.current", i18n.text("letters.kind." + draft.kind().name()));
            case FRESH -> i18n.text("export.letter.new", i18n.text("letters.kind." + option.kind().name()));
        };
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObjectProperty<Recipient> recipientProperty() {
        return recipient;
    }

    public List<Recipient> recipients() {
        return List.of(Recipient.values());
    }

    public PackageReadiness readiness() {
        return readiness;
    }

    public ObservableList<LetterOption> letterOptions() {
        return letterOptions;
    }

    public ObjectProperty<LetterOption> letterProperty() {
        return letter;
    }

    /** What to know about the letter chosen: gaps still in it, or that a fresh draft may have some. */
    public ReadOnlyStringProperty letterWarningProperty() {
        return letterWarning.getReadOnlyProperty();
    }

    public ObjectProperty<LetterLanguage> languageProperty() {
        return language;
    }

    public ExportItems items() {
        return items;
    }

    /** The largest a single PDF may be, in MB; past that the package is split into parts. */
    public IntegerProperty maxPartMbProperty() {
        return maxPartMb;
    }

    public BooleanProperty includeLocationProperty() {
        return includeLocation;
    }

    public PackageFile packageFile() {
        return file;
    }

    /** Why the package cannot be made yet, in plain words; empty when it can. */
    public StringBinding exportProblemProperty() {
        return exportProblem;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** What happened last: the export was stopped. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ExportRun run() {
        return run;
    }

    public ExportResult result() {
        return result;
    }
}
