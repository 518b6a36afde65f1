package nl.bewijsmap.ui.export;

import java.io.IOException;
import java.nio.file.Path;
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
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.export.ExportCancelledException;
import nl.bewijsmap.export.PackageRequest;
import nl.bewijsmap.rules.Readiness;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Folders;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Shell;
import nl.bewijsmap.ui.letters.LetterLanguage;
import nl.bewijsmap.ui.standing.ReadinessWords;
import nl.bewijsmap.ui.standing.Recipients;

/**
 * The export dialog: who the package is for and what a dispute body would miss in it (see {@link PackageReadiness}),
 * which letter goes first ({@link PackageLetter}), which items go in ({@link ExportItems}), the size of each PDF,
 * photo locations, the file ({@link PackageFile}); then the export itself with its progress and a cancel
 * ({@link ExportRun}), and what it wrote ({@link ExportResult}).
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
    private final PackageLetter letter;
    private final PackageFile file;
    private final ExportRun run;
    private final ExportResult result;

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ObjectProperty<Recipient> recipient = new SimpleObjectProperty<>(this, "recipient");
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
        this.letter = new PackageLetter(i18n, language::set);
        this.file = new PackageFile(i18n);
        this.run = new ExportRun(background);
        this.result = new ExportResult(shell, work, i18n, onFailure);
        recipient.addListener((obs, old, now) -> recipientChanged());
        exportProblem = Bindings.createStringBinding(this::problem, loaded, file.textProperty(),
                readiness.blockersProperty(), readiness.anywayProperty(), items.includedCountProperty(), page);
    }

    /**
     * Reads the dossier for the dialog; {@code currentDraft} is the letter being written for it, or null;
     * {@code forWhom} the recipient to start with, or null for the one that fits the seller.
     */
    public void load(long id, Letter currentDraft, Recipient forWhom) {
        dossierId = id;
        letter.setDraft(currentDraft);
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
        if (letter.draft() != null) {
            language.set(LetterLanguage.of(letter.draft().locale()));
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
        letter.offer(now, snapshot);
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
        LetterOption option = letter.optionProperty().get();
        Letter current = letter.draft();
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
                case FRESH -> packages.draft(id, option.kind(), forWhom, locale);
            };
            PackageRequest request = new PackageRequest(forWhom, first, excluded, maxBytes, location, locale, out);
            return ExportResult.Written.read(packages.export(id, request, progress), i18n.locale());
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

    /** Asks the running export to stop; it stops at its next step and leaves no file behind. */
    public void cancel() {
        run.cancel(i18n.text("export.progress.stopping"));
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

    /** Which letter opens the package. */
    public PackageLetter letter() {
        return letter;
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
